import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import {
  appendAudit,
  invalidLimitGeometries,
  type LimitInput,
  municipios,
  PLATFORM_SCOPE,
  upsertMunicipalLimits,
} from '@ruta-pot/db';
import { checkAreaGeometry } from '@ruta-pot/geo';

import type { Deps } from '../../http/types';
import { readSource } from '../catalog/fetch-source';
import { ImportError, importErrorFromProblems, type ImportProblem } from '../catalog/import-error';
import type { Actor } from '../catalog/service';
import { invalidatePanoramaCaches } from './service';
import { storeLimitsTopology } from './topology';

/** Largest boundary file accepted: the full-resolution DANE MGN is tens of MB; 100 MB leaves room. */
const MAX_LIMITS_BYTES = 100 * 1024 * 1024;

/** Property names that carry the DANE code, in order of preference (compared without case). */
const CODE_PROPERTIES = ['MPIO_CCNCT', 'MPIO_CDPMP', 'cod_mpio', 'codigo', 'cod_dane', 'dane'];

export interface ParsedLimits {
  items: LimitInput[];
  /** Property the DANE code was read from (auto-detected). */
  propiedadCodigo: string;
}

/**
 * A DANE code from a property value: numbers and 4-digit strings lost their leading zero in a
 * spreadsheet (5001 → 05001); anything else is not a municipality code.
 */
export function normalizeDaneCode(value: unknown): string | null {
  const text =
    typeof value === 'number' && Number.isInteger(value)
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : '';
  return /^\d{4,5}$/.test(text) ? text.padStart(5, '0') : null;
}

type Feature = { properties?: Record<string, unknown> | null; geometry?: unknown };

/** Finds the code property: a known name first, else one whose every value looks like a code. */
function detectCodeProperty(features: readonly Feature[]): string {
  const keys = Object.keys(features[0]?.properties ?? {});
  for (const wanted of CODE_PROPERTIES) {
    const key = keys.find((k) => k.toLowerCase() === wanted.toLowerCase());
    if (key) return key;
  }
  const daneLike = keys.find((key) =>
    features.every((f) => {
      const value = f.properties?.[key];
      return typeof value === 'string' && /^\d{5}$/.test(value);
    }),
  );
  if (daneLike) return daneLike;
  throw new ImportError(
    `No se encontró la propiedad con el código DANE del municipio. Se buscó ${CODE_PROPERTIES.join(', ')} ` +
      `o una propiedad con códigos de 5 dígitos; el archivo tiene: ${keys.join(', ') || '(ninguna)'}.`,
  );
}

/**
 * Parses and validates a GeoJSON FeatureCollection of municipal boundaries (pure, no I/O):
 * structure, code, duplicates and coordinates (WGS84, inside Colombia, closed rings) via
 * `checkAreaGeometry`. Every problem is collected before failing, so the user fixes the file once.
 */
export function parseLimits(bytes: Uint8Array): ParsedLimits {
  if (bytes.length > MAX_LIMITS_BYTES)
    throw new ImportError('El archivo de límites supera 100 MB; no se importó nada.');
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ImportError(
      'El archivo de límites no es un GeoJSON válido (JSON en UTF-8, RFC 7946); no se importó nada.',
    );
  }
  const collection = data as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new ImportError(
      'El GeoJSON de límites debe ser una FeatureCollection con un elemento por municipio.',
    );
  }
  const features = collection.features as Feature[];
  if (features.length === 0) throw new ImportError('El GeoJSON de límites no tiene elementos.');
  const propiedadCodigo = detectCodeProperty(features);
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const items: LimitInput[] = [];
  features.forEach((feature, index) => {
    const line = index + 1;
    const raw = feature?.properties?.[propiedadCodigo];
    const codigo = normalizeDaneCode(raw);
    if (!codigo) {
      problems.push({
        line,
        message: `Elemento ${line}: «${String(raw)}» en ${propiedadCodigo} no es un código DANE de 5 dígitos.`,
      });
      return;
    }
    const previous = seen.get(codigo);
    if (previous !== undefined) {
      problems.push({
        line,
        message: `Elemento ${line}: el municipio ${codigo} ya apareció en el elemento ${previous}.`,
      });
      return;
    }
    seen.set(codigo, line);
    const check = checkAreaGeometry(feature.geometry);
    if (!check.ok) {
      problems.push({
        line,
        message: `Elemento ${line} (municipio ${codigo}): ${check.reason}.`,
      });
      return;
    }
    items.push({ codigo, geometry: check.geometry });
  });
  if (problems.length > 0)
    throw importErrorFromProblems(problems, { subject: 'El archivo de límites' });
  return { items, propiedadCodigo };
}

/** Reads a local boundary file (up to 100 MB) or downloads a URL through the catalogue reader. */
export async function readLimitsSource(pathOrUrl: string): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(pathOrUrl)) return readSource(pathOrUrl);
  const info = await stat(pathOrUrl).catch(() => null);
  if (!info?.isFile())
    throw new ImportError(
      `No se pudo leer el archivo «${pathOrUrl}»: no existe o no es un archivo.`,
    );
  if (info.size > MAX_LIMITS_BYTES)
    throw new ImportError('El archivo de límites supera 100 MB; no se importó nada.');
  return new Uint8Array(await readFile(pathOrUrl));
}

/**
 * Imports municipal boundaries keyed by DANE code, all or nothing in one platform transaction:
 * unknown codes (import DIVIPOLA first) or a geometry PostGIS finds invalid stop the import with
 * a Spanish message and nothing is written. The audit entry goes to the platform chain.
 */
export async function importLimits(
  deps: Deps,
  input: { bytes: Uint8Array; source: string; actor: Actor; fuente?: string },
) {
  const parsed = parseLimits(input.bytes);
  const fuente = input.fuente ?? `Límites municipales (${basename(input.source)})`;
  const summary = await deps.db.withContext(
    { plataforma: true, usuario: input.actor.id ?? undefined },
    async (tx) => {
      const known = new Set(
        (await tx.select({ codigo: municipios.codigo }).from(municipios)).map((r) => r.codigo),
      );
      const unknown = parsed.items.filter((item) => !known.has(item.codigo)).map((i) => i.codigo);
      if (unknown.length > 0) {
        throw new ImportError(
          `Hay ${unknown.length} códigos de municipio que no están en el catálogo (p. ej. ${unknown.slice(0, 5).join(', ')}). ` +
            'Importe primero la DIVIPOLA: npx ruta-pot importar divipola <archivo>. No se escribió nada.',
        );
      }
      const invalid = await invalidLimitGeometries(tx, parsed.items);
      if (invalid.length > 0) {
        const line = new Map(parsed.items.map((item, i) => [item.codigo, i + 1]));
        throw importErrorFromProblems(
          invalid.map((bad) => ({
            line: line.get(bad.codigo) ?? 0,
            message: `Municipio ${bad.codigo}: geometría no válida según PostGIS (${bad.motivo}). Corríjala (p. ej. ST_MakeValid o «Reparar geometrías» en QGIS) y vuelva a importar.`,
          })),
          { subject: 'El archivo de límites' },
        );
      }
      const written = await upsertMunicipalLimits(tx, {
        items: parsed.items,
        fuente,
        importadoEn: deps.clock.now(),
      });
      const result = {
        leidos: parsed.items.length,
        ...written,
        propiedadCodigo: parsed.propiedadCodigo,
        sinLimite: known.size - parsed.items.length,
      };
      await appendAudit(tx, {
        municipalityId: PLATFORM_SCOPE,
        actorId: input.actor.id,
        actor: input.actor.label,
        accion: 'catalogo.importar_limites',
        objeto: 'limites_municipales',
        detalle: { fuente: input.source, ...result },
        ocurridoEn: deps.clock.now(),
      });
      return result;
    },
  );
  invalidatePanoramaCaches(deps.db);
  // The national map's TopoJSON is built now, once, rather than by the first visitor (ADR 0025).
  await storeLimitsTopology(deps);
  return summary;
}
