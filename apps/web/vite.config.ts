import { fileURLToPath } from 'node:url';

import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

import { precompress } from './build/precompress';

const raiz = fileURLToPath(new URL('.', import.meta.url));
const salida = fileURLToPath(new URL('./dist', import.meta.url));

// Sin CDN ni fuentes externas: todo se sirve desde este mismo origen.
export default defineConfig({
  root: raiz,
  // Brotli y gzip escritos al construir: el servidor los envía tal cual (ADR 0022).
  plugins: [preact(), precompress(salida)],
  build: {
    outDir: salida,
    emptyOutDir: true,
    // Navegadores de equipos municipales antiguos (p. ej. Chrome 109 en Windows 7).
    target: 'es2020',
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
