import { appendAudit, municipios, PLATFORM_SCOPE, poblacionMunicipal } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';
import { ImportError } from './import-error';
import { parseDivipola } from './parse-divipola';
import { parsePopulation } from './parse-population';

export interface Actor {
  id: string | null;
  label: string;
}

/** Rows per INSERT statement: large enough to be fast, small enough for any parameter limit. */
const BATCH = 200;

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Imports the DANE DIVIPOLA list. Everything is parsed and validated before the first write, and
 * written in one transaction: a bad file changes nothing. A re-import updates rows in place.
 */
export async function importDivipola(
  deps: Deps,
  input: { bytes: Uint8Array; source: string; actor: Actor },
) {
  const parsed = parseDivipola(input.bytes);
  return deps.db.withContext(
    { plataforma: true, usuario: input.actor.id ?? undefined },
    async (tx) => {
      const before = await tx.select({ n: sql<number>`count(*)::int` }).from(municipios);
      for (const batch of chunks(parsed.municipalities)) {
        await tx
          .insert(municipios)
          .values(batch.map((m) => ({ ...m, actualizadoEn: deps.clock.now() })))
          .onConflictDoUpdate({
            target: municipios.codigo,
            set: {
              nombre: sql`excluded.nombre`,
              codigoDepartamento: sql`excluded.codigo_departamento`,
              departamento: sql`excluded.departamento`,
              tipo: sql`excluded.tipo`,
              latitud: sql`excluded.latitud`,
              longitud: sql`excluded.longitud`,
              actualizadoEn: sql`excluded.actualizado_en`,
            },
          });
      }
      const after = await tx.select({ n: sql<number>`count(*)::int` }).from(municipios);
      const created = (after[0]?.n ?? 0) - (before[0]?.n ?? 0);
      const summary = {
        leidos: parsed.municipalities.length,
        nuevos: created,
        actualizados: parsed.municipalities.length - created,
        codificacion: parsed.encoding,
        advertencias: parsed.warnings,
      };
      await appendAudit(tx, {
        municipalityId: PLATFORM_SCOPE,
        actorId: input.actor.id,
        actor: input.actor.label,
        accion: 'catalogo.importar_divipola',
        objeto: 'municipios',
        detalle: {
          fuente: input.source,
          leidos: summary.leidos,
          nuevos: summary.nuevos,
          actualizados: summary.actualizados,
        },
        ocurridoEn: deps.clock.now(),
      });
      return summary;
    },
  );
}

/**
 * Imports DANE population by municipality and year. Codes absent from the catalogue stop the
 * import (import DIVIPOLA first) and nothing is written.
 */
export async function importPopulation(
  deps: Deps,
  input: { bytes: Uint8Array; source: string; fuente?: string; actor: Actor },
) {
  const parsed = parsePopulation(input.bytes);
  const fuente = input.fuente ?? `DANE, población municipal (${input.source})`;
  return deps.db.withContext(
    { plataforma: true, usuario: input.actor.id ?? undefined },
    async (tx) => {
      const known = new Set(
        (await tx.select({ codigo: municipios.codigo }).from(municipios)).map((r) => r.codigo),
      );
      const unknown = [
        ...new Set(parsed.rows.filter((r) => !known.has(r.codigo)).map((r) => r.codigo)),
      ];
      if (unknown.length > 0) {
        throw new ImportError(
          `Hay ${unknown.length} códigos de municipio que no están en el catálogo (p. ej. ${unknown.slice(0, 5).join(', ')}). ` +
            'Importe primero la DIVIPOLA: npx ruta-pot importar divipola <archivo>. No se escribió nada.',
        );
      }
      for (const batch of chunks(parsed.rows, 500)) {
        await tx
          .insert(poblacionMunicipal)
          .values(
            batch.map((r) => ({
              codigo: r.codigo,
              anio: r.anio,
              poblacion: r.poblacion,
              hombres: r.hombres,
              mujeres: r.mujeres,
              fuente,
            })),
          )
          .onConflictDoUpdate({
            target: [poblacionMunicipal.codigo, poblacionMunicipal.anio],
            set: {
              poblacion: sql`excluded.poblacion`,
              hombres: sql`excluded.hombres`,
              mujeres: sql`excluded.mujeres`,
              fuente: sql`excluded.fuente`,
            },
          });
      }
      const years = [...new Set(parsed.rows.map((r) => r.anio))].sort();
      await appendAudit(tx, {
        municipalityId: PLATFORM_SCOPE,
        actorId: input.actor.id,
        actor: input.actor.label,
        accion: 'catalogo.importar_poblacion',
        objeto: 'poblacion_municipal',
        detalle: { fuente: input.source, filas: parsed.rows.length, anios: years },
        ocurridoEn: deps.clock.now(),
      });
      return {
        filas: parsed.rows.length,
        municipios: new Set(parsed.rows.map((r) => r.codigo)).size,
        anios: years,
        codificacion: parsed.encoding,
      };
    },
  );
}
