// `npm start`: installs what is missing, builds the web app when its sources changed, and starts
// Ruta POT at http://localhost:3000 on the embedded database with demo data (README, command 1).
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

import { newestMtime } from '../apps/server/bin/compiled.mjs';
import { ensureNpmDependencies } from './ensure-deps.mjs';

ensureNpmDependencies();
const builtAt = existsSync('apps/web/dist/index.html')
  ? statSync('apps/web/dist/index.html').mtimeMs
  : 0;
const sourcesAt = Math.max(
  newestMtime('apps/web/src'),
  newestMtime('packages/domain/src'),
  statSync('apps/web/index.html').mtimeMs,
);
if (sourcesAt > builtAt) {
  console.log('Construyendo la aplicación web…');
  execSync('npm run build -w @ruta-pot/web', { stdio: 'inherit' });
}
// Without a mail server, the demo writes account messages (sign-up, reset) to a folder to read.
if (process.env.RUTA_POT_DEMO !== '0' && !process.env.RUTA_POT_SMTP_URL)
  process.env.RUTA_POT_BUZON ??= 'datos/buzon';
process.argv = [process.argv[0], 'ruta-pot', 'servidor'];
await import('../apps/server/bin/ruta-pot.mjs');
