import { fileURLToPath } from 'node:url';

import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const raiz = fileURLToPath(new URL('.', import.meta.url));

// Sin CDN ni fuentes externas: todo se sirve desde este mismo origen.
export default defineConfig({
  root: raiz,
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
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
