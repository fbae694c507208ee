// What the test suite needs from the operating system: PostGIS for PostgreSQL 15, Debian's
// Chromium, GDAL (ogrinfo/ogr2ogr as a real client of the OGC API and to make fixtures),
// LibreOffice Writer and poppler (to open generated DOCX and render PDFs as a reader would), and
// QGIS's Python bindings (QGIS's own OGC API client reads /ogc in e2e/specs/qgis.spec.ts; without
// recommends, about 500 MB). Installed with apt-get when running as root (CI, fresh machines);
// otherwise explained.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

function missingPackages() {
  const missing = [];
  if (!existsSync('/usr/share/postgresql/15/extension/postgis.control'))
    missing.push('postgresql-15-postgis-3');
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/share/fonts/truetype/dejavu')) missing.push('fonts-dejavu-core');
  if (!existsSync('/usr/bin/ogr2ogr')) missing.push('gdal-bin');
  if (!existsSync('/usr/bin/soffice')) missing.push('libreoffice-writer-nogui');
  if (!existsSync('/usr/bin/pdftoppm')) missing.push('poppler-utils');
  if (!existsSync('/usr/lib/python3/dist-packages/qgis/core')) missing.push('python3-qgis');
  return missing;
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export async function ensureSystem() {
  const missing = missingPackages();
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) {
      throw new Error(
        `Faltan paquetes del sistema: ${missing.join(' ')}. Instálelos con: sudo apt-get install -y ${missing.join(' ')}`,
      );
    }
    console.log(`Instalando paquetes del sistema: ${missing.join(' ')}…`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    // QGIS's recommends would pull the desktop application; the bindings alone are enough.
    const lean = missing.filter((p) => p === 'python3-qgis');
    const rest = missing.filter((p) => p !== 'python3-qgis');
    const install = (packages, flags = '') =>
      execSync(
        `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${flags} ${packages.join(' ')}`,
        { stdio: 'inherit' },
      );
    if (rest.length > 0) install(rest);
    if (lean.length > 0) install(lean, '--no-install-recommends');
  }
  if (!process.env.DATABASE_URL_PRUEBAS && !(await portOpen(5432))) {
    console.log('PostgreSQL no responde en 127.0.0.1:5432; intentando iniciarlo…');
    execSync('pg_ctlcluster --skip-systemctl-redirect 15 main start', { stdio: 'inherit' });
  }
}
