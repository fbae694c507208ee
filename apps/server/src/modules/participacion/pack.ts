import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { renderDocx, renderPdf } from '@ruta-pot/reports';
import { zipSync } from 'fflate';

import { todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { MATRIX_COLUMNS, matrixRows, memoriaDocument } from './memoria';
import { type PackData, readPackData } from './pack-data';
import { citedEvidence } from './pack-evidence';

const csvCell = (v: string) => {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: keep it as text.
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The pseudonymised response matrix as a CSV a spreadsheet opens (UTF-8 with BOM, CRLF). */
export function matrixCsv(data: PackData): Uint8Array {
  const csv = [MATRIX_COLUMNS, ...matrixRows(data)]
    .map((r) => r.map(csvCell).join(','))
    .join('\r\n');
  return new TextEncoder().encode(`\uFEFF${csv}\r\n`);
}

export interface ParticipationPack {
  /** Files of the pack, by their name in the folder (evidence under `evidencias/`). */
  files: [string, Uint8Array][];
  manifest: {
    municipio: string;
    generado: string;
    archivos: { nombre: string; bytes: number; sha256: string }[];
    evidencias_citadas: string[];
  };
}

/**
 * The evidence pack of a municipality: memoria-participacion.docx and .pdf, matriz-aportes.csv
 * (pseudonymised), every stored file the record cites under evidencias/, and manifiesto.json with
 * the SHA-256 of each. `requisitos_faltantes` when the municipality has no process.
 */
async function buildParticipationPack(deps: Deps, codigo: string): Promise<ParticipationPack> {
  const data = await readPackData(deps, codigo);
  if (!data) throw new AppError('no_encontrado', `El municipio ${codigo} no está en el catálogo.`);
  if (!data.proceso)
    throw new AppError(
      'requisitos_faltantes',
      `${data.municipio.nombre} no tiene un proceso de revisión registrado: inicie la revisión en La Ruta antes de generar la memoria de participación.`,
    );
  const fecha = todayInColombia(deps.clock);
  const doc = memoriaDocument(data, fecha);
  const evidence = await citedEvidence(deps, codigo);
  const files: [string, Uint8Array][] = [
    ['memoria-participacion.docx', await renderDocx(doc)],
    ['memoria-participacion.pdf', await renderPdf(doc)],
    ['matriz-aportes.csv', matrixCsv(data)],
    ...evidence.files,
  ];
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
    evidencias_citadas: [...new Set([...citados, ...evidence.missing])],
  };
  return { files, manifest };
}

/** Writes the pack into `dir` (the CLI's `participacion paquete`). */
export async function writeParticipationPack(deps: Deps, input: { codigo: string; dir: string }) {
  const { files, manifest } = await buildParticipationPack(deps, input.codigo);
  await mkdir(input.dir, { recursive: true });
  for (const [name, bytes] of files) {
    await mkdir(join(input.dir, name, '..'), { recursive: true });
    await writeFile(join(input.dir, name), bytes);
  }
  await writeFile(join(input.dir, 'manifiesto.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The same pack as one ZIP, for the office's «Descargar paquete» (one action, one file). */
export async function participationPackZip(deps: Deps, codigo: string): Promise<Uint8Array> {
  const { files, manifest } = await buildParticipationPack(deps, codigo);
  const entries: Record<string, Uint8Array> = Object.fromEntries(files);
  entries['manifiesto.json'] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  return zipSync(entries, { level: 6 });
}
