import { appendAudit, expedienteIndicadores, type LineaBaseOrigen } from '@ruta-pot/db';
import { layerOriginText } from '@ruta-pot/domain';
import { and, eq } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { cartographicValues } from './cartography-values';
import type { Actor } from './service';

/**
 * Adopts what the municipality's layers measure as an indicator's baseline (issue 15), when the
 * office chooses to: the value shown as «Tomado de la capa …» becomes the stored baseline with its
 * year and the layers it came from. The previous baseline goes to the audit log, so a value the
 * office typed is replaced only by this explicit action, never silently.
 */
export async function adoptLayerBaseline(
  deps: Deps,
  input: { codigo: string; actor: Actor; indicadorId: string },
) {
  const now = deps.clock.now();
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    const where = and(
      eq(expedienteIndicadores.municipalityId, input.codigo),
      eq(expedienteIndicadores.id, input.indicadorId),
    );
    const [row] = await tx.select().from(expedienteIndicadores).where(where).for('update');
    if (!row) throw notFound();
    const value = (await cartographicValues(tx, input.codigo, [row.id])).get(row.id);
    if (!value)
      throw new AppError(
        'conflicto',
        'La cartografía del municipio no mide este indicador: importe la capa que lo contiene (por ejemplo, la clasificación del suelo) en Cartografía.',
      );
    if (row.anioMeta !== null && row.anioMeta <= value.anio)
      throw new AppError(
        'entrada_invalida',
        `La capa es de ${value.anio} y la meta es de ${row.anioMeta}: la meta debe ser posterior a la línea base. Cambie primero el año de la meta.`,
      );
    const origen: LineaBaseOrigen = {
      tipo: 'capa',
      capas: value.capas,
      adoptadaEn: now.toISOString(),
    };
    await tx
      .update(expedienteIndicadores)
      .set({
        lineaBase: value.valor,
        anioBase: value.anio,
        lineaBaseOrigen: origen,
        actualizadoPor: input.actor.id,
        actualizadoEn: now,
      })
      .where(where);
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'expediente.linea_base_capa',
      objeto: `indicador:${row.id}`,
      detalle: {
        anterior: { lineaBase: row.lineaBase, anioBase: row.anioBase },
        lineaBase: value.valor,
        anioBase: value.anio,
        capas: value.capas,
      },
      ocurridoEn: now,
    });
    return { lineaBase: value.valor, anioBase: value.anio, origen: layerOriginText(value.capas) };
  });
}
