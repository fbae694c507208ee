import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { type BackupManifest, BackupProblemsError, readManifest } from './backup-manifest';

const SHA = 'a'.repeat(64);
const VALID: BackupManifest = {
  formato: 'ruta-pot-respaldo',
  version: 1,
  creadoEn: '2026-11-25T12:00:00.000Z',
  motor: 'pglite',
  baseDeDatos: { archivo: 'base-de-datos.tar.gz', sha256: SHA, bytes: 10 },
  filas: { evidencias: 1 },
  entradasAuditoria: 1,
  cabezasAuditoria: [{ municipio: '05001', ultimaSecuencia: 1, ultimoHash: SHA }],
  archivos: [{ municipio: '05001', sha256: SHA, bytes: 3 }],
};

function folderWith(manifest: unknown) {
  const folder = mkdtempSync(join(tmpdir(), 'ruta-manifiesto-'));
  writeFileSync(join(folder, 'manifiesto.json'), JSON.stringify(manifest));
  return folder;
}

describe('backup manifest', () => {
  it('reads a valid manifest', () => {
    expect(readManifest(folderWith(VALID))).toEqual(VALID);
  });

  it('says a folder without a manifest is not a complete backup', () => {
    expect(() => readManifest(mkdtempSync(join(tmpdir(), 'ruta-vacio-')))).toThrow(
      /no es un respaldo completo de Ruta POT: falta manifiesto.json/,
    );
  });

  // The manifest names the paths a restore reads and writes: a hand-edited one must not escape.
  it.each([
    [
      'a file outside its municipality folder',
      { archivos: [{ municipio: '../..', sha256: SHA, bytes: 3 }] },
    ],
    [
      'a file name that is not a hash',
      { archivos: [{ municipio: '05001', sha256: '../x', bytes: 3 }] },
    ],
    ['a dump path', { baseDeDatos: { ...VALID.baseDeDatos, archivo: '../otro.tar.gz' } }],
    ['another engine', { motor: 'mysql' }],
  ])('refuses %s', (_case, change) => {
    expect(() => readManifest(folderWith({ ...VALID, ...change }))).toThrow(
      /no tiene el formato de un respaldo de Ruta POT/,
    );
  });

  it('lists at most 50 problems and says how many more there are', () => {
    const problems = Array.from({ length: 53 }, (_, i) => `problema ${i}`);
    const error = new BackupProblemsError('Resumen.', problems);
    expect(error.message.split('\n')).toHaveLength(52);
    expect(error.message).toMatch(/… y 3 problemas más\.$/);
    expect(error.problems).toHaveLength(53);
  });
});
