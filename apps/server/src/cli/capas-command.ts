import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { readConfig } from '../config/env';
import { AppError } from '../http/errors';
import { analyzeLandHazard } from '../modules/capas/analysis-service';
import { importLayer, type InvalidGeometry } from '../modules/capas/import-service';
import { openPlatform } from '../platform';
import { type ParsedArgs, requiredFlag, stringFlag, UsageError } from './args';

const USAGE = `Uso:
  ruta-pot capas importar --municipio CODIGO --archivo RUTA --tipo TIPO [--crs EPSG:NNNN] [--capa NOMBRE] [--categoria CAMPO] [--reparar] [--json]
  ruta-pot capas analizar --municipio CODIGO --suelo CAPA --amenaza CAPA [--json]`;

const CLI_ACTOR = { id: null, label: `cli (${process.env.USER ?? 'operador'})` };

/** Largest layer file read from disk (the reader bounds vertices too). */
const MAX_LAYER_BYTES = 200 * 1024 * 1024;

function municipio(args: ParsedArgs): string {
  const codigo = requiredFlag(args, 'municipio');
  if (!/^\d{5}$/.test(codigo))
    throw new UsageError(`El código DANE del municipio tiene 5 dígitos (ej. 66682): «${codigo}».`);
  return codigo;
}

/** `--crs EPSG:9377` (or `9377`) → 9377. */
function epsgFlag(args: ParsedArgs): number | undefined {
  const value = stringFlag(args, 'crs');
  if (value === undefined) return undefined;
  const match = /^(?:epsg:)?(\d{4,5})$/i.exec(value.trim());
  if (!match) throw new UsageError(`--crs va como EPSG:NNNN (p. ej. EPSG:9377): «${value}».`);
  return Number(match[1]);
}

/** A boolean flag that `parseArgs` does not declare: present alone or followed by another flag. */
function booleanFlag(args: ParsedArgs, name: string): boolean {
  const value = args.flags.get(name);
  if (value === undefined) return false;
  if (value === true) return true;
  throw new UsageError(`La opción --${name} no lleva valor: «${value}».`);
}

async function readLayerFile(path: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile())
    throw new UsageError(`No se pudo leer el archivo «${path}»: no existe o no es un archivo.`);
  if (info.size > MAX_LAYER_BYTES)
    throw new UsageError('El archivo de la capa supera 200 MB; no se importó nada.');
  return new Uint8Array(await readFile(path));
}

/** Bad input answered by the services (400/404) becomes exit 2 with its Spanish message. */
function asUsage(error: unknown): unknown {
  if (
    error instanceof AppError &&
    (error.code === 'entrada_invalida' || error.code === 'no_encontrado')
  ) {
    const found = (error.details as { geometriasInvalidas?: InvalidGeometry[] } | undefined)
      ?.geometriasInvalidas;
    if (!found) return new UsageError(error.message);
    const lines = found.map(
      (g) => `\n  elemento ${g.elemento}: ${g.motivo} — ${g.ubicacion ?? 'sin ubicación'}`,
    );
    return new UsageError(
      `La capa tiene ${found.length} ${found.length === 1 ? 'geometría no válida' : 'geometrías no válidas'} según PostGIS (elemento: motivo — ubicación en EPSG:4326):${lines.join('')}\n` +
        'Corríjalas en el archivo o confirme su reparación automática (ST_MakeValid) con --reparar. No se importó nada.',
    );
  }
  return error;
}

async function importar(args: ParsedArgs, out: (line: string) => void) {
  const codigo = municipio(args);
  const archivo = requiredFlag(args, 'archivo');
  const tipo = requiredFlag(args, 'tipo');
  const epsg = epsgFlag(args);
  const tabla = stringFlag(args, 'capa');
  const campoCategoria = stringFlag(args, 'categoria');
  const reparar = booleanFlag(args, 'reparar');
  const bytes = await readLayerFile(archivo);
  const platform = await openPlatform(readConfig());
  try {
    const r = await importLayer(platform.deps, {
      codigo,
      bytes,
      fileName: basename(archivo),
      tipo,
      epsg,
      tabla,
      campoCategoria,
      reparar,
      actor: CLI_ACTOR,
    });
    const { capaId, entidades, crsOrigen, areaHa, areaPorCategoriaHa } = r;
    if (args.flags.has('json')) {
      out(JSON.stringify({ capaId, entidades, crsOrigen, areaHa, areaPorCategoriaHa }, null, 2));
      return 0;
    }
    out(`Capa importada en ${codigo}: ${capaId}`);
    out(`  ${entidades} elementos, EPSG:${crsOrigen} → EPSG:9377, ${areaHa} ha`);
    for (const [categoria, ha] of Object.entries(areaPorCategoriaHa))
      out(`  ${categoria}: ${ha} ha`);
    if (r.reparadas > 0) out(`  ${r.reparadas} geometrías reparadas (ST_MakeValid)`);
    for (const aviso of r.avisos) out(`  Aviso: ${aviso}`);
    return 0;
  } catch (error) {
    throw asUsage(error);
  } finally {
    await platform.close();
  }
}

async function analizar(args: ParsedArgs, out: (line: string) => void) {
  const codigo = municipio(args);
  const suelo = requiredFlag(args, 'suelo');
  const amenaza = requiredFlag(args, 'amenaza');
  const platform = await openPlatform(readConfig());
  try {
    const r = await analyzeLandHazard(platform.deps, { codigo, suelo, amenaza });
    if (args.flags.has('json')) {
      out(JSON.stringify(r, null, 2));
      return 0;
    }
    out(`Suelo × amenaza en ${codigo}: «${r.suelo.nombre}» × «${r.amenaza.nombre}» (hectáreas)`);
    for (const row of r.tabla)
      out(`  ${row.clase} × ${row.categoria}: ${row.ha} ha${row.condicionAmenaza ? ' *' : ''}`);
    out(`  * Áreas con condición de amenaza: ${r.condicionAmenaza.ha} ha`);
    if (r.prediosExpuestos)
      out(
        `  Predios en amenaza alta o media («${r.prediosExpuestos.capa.nombre}»): ${r.prediosExpuestos.total}`,
      );
    return 0;
  } catch (error) {
    throw asUsage(error);
  } finally {
    await platform.close();
  }
}

/**
 * `ruta-pot capas importar …` imports a POT layer (GeoJSON, zipped Shapefile, GeoPackage or
 * FlatGeobuf) into EPSG:9377; `ruta-pot capas analizar …` prints suelo × amenaza in hectares.
 * `--json` prints only the JSON. Exit 2 with a Spanish message on bad input (nothing written).
 */
export async function capasCommand(args: ParsedArgs, out: (line: string) => void) {
  const sub = args.positional[1];
  if (args.positional.length > 2) throw new UsageError(USAGE);
  if (sub === 'importar') return importar(args, out);
  if (sub === 'analizar') return analizar(args, out);
  throw new UsageError(USAGE);
}
