import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { renderDocx, renderPdf } from '@ruta-pot/reports';

import { todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { MATRIX_COLUMNS, matrixRows, memoriaDocument } from './memoria';
import { readPackData } from './pack-data';

const csvCell = (v: string) => {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: keep it as text.
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * Writes the evidence pack of a municipality into `dir`: memoria-participacion.docx and .pdf,
 * matriz-aportes.csv (pseudonymised) and manifiesto.json with the SHA-256 of each file and the
 * evidence files the record cites. `requisitos_faltantes` when the municipality has no process.
 */
export async function writeParticipationPack(deps: Deps, input: { codigo: string; dir: string }) {
  const data = await readPackData(deps, input.codigo);
  if (!data)
    throw new AppError('no_encontrado', `El municipio ${input.codigo} no está en el catálogo.`);
  if (!data.proceso)
    throw new AppError(
      'requisitos_faltantes',
      `${data.municipio.nombre} no tiene un proceso de revisión registrado: inicie la revisión en La Ruta antes de generar la memoria de participación.`,
    );
  const fecha = todayInColombia(deps.clock);
  const doc = memoriaDocument(data, fecha);
  const csv = [MATRIX_COLUMNS, ...matrixRows(data)]
    .map((r) => r.map(csvCell).join(','))
    .join('\r\n');
  const files: [string, Uint8Array][] = [
    ['memoria-participacion.docx', await renderDocx(doc)],
    ['memoria-participacion.pdf', await renderPdf(doc)],
    ['matriz-aportes.csv', new TextEncoder().encode(`\uFEFF${csv}\r\n`)],
  ];
  await mkdir(input.dir, { recursive: true });
  for (const [name, bytes] of files) await writeFile(join(input.dir, name), bytes);
  const citados = [
    ...data.eventos.flatMap((e) => [e.acta, e.convocatoria]),
    ...data.rondas.map((r) => r.actaEvidencia),
  ].filter((x): x is string => Boolean(x));
  const manifest = {
    municipio: data.municipio.codigo,
    generado: fecha,
    archivos: files.map(([nombre, bytes]) => ({
      nombre,
      bytes: bytes.length,
      sha256: sha256(bytes),
    })),
    evidencias_citadas: [...new Set(citados)],
  };
  await writeFile(join(input.dir, 'manifiesto.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
