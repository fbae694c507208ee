// Installs npm dependencies when missing or older than the lockfile, so each README command works
// on a fresh clone by itself.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export function ensureNpmDependencies() {
  const marker = 'node_modules/.package-lock.json';
  const stale =
    !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
  if (stale) {
    console.log('Instalando dependencias (npm ci)…');
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  }
}
