import { randomUUID } from 'node:crypto';

import { z } from '@hono/zod-openapi';
import { rowsOf, type Tx } from '@ruta-pot/db';
import { cleanAporteText } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { isoDate, todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { nextAporteCode } from './aporte-code';
import { checkFile, evidenceOf, keepEvidence, withFiles } from './workspace-files';
import {
  audit,
  context,
  domain,
  parseForm,
  requireRole,
  type WorkspaceActor,
} from './workspace-shared';

/** The CTP record: fields of a JSON body or of a multipart form with `evidencia`. */
const ctpForm = z
  .object({
    recibidoProyectoEn: isoDate('recibidoProyectoEn'),
    conceptoEn: isoDate('conceptoEn').optional(),
    concepto: z.string().trim().min(10).max(20000).optional(),
  })
  .strict();
export const recommendationsBody = z
  .object({
    recomendaciones: z
      .array(
        z
          .object({
            texto: z.string().min(10).max(10000),
            tema: z.string().trim().min(2).max(200).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();

/** The CTP concept, its evidence and its recommendations (aportes with origen ctp). */
export async function getCtp(deps: Deps, a: WorkspaceActor) {
  return deps.db.withContext(context(a), async (tx) => {
    const [row] = rowsOf<{
      recibidoProyectoEn: string;
      conceptoEn: string | null;
      concepto: string | null;
      evidencia: string | null;
    }>(
      await tx.execute(sql`SELECT recibido_proyecto_en::text AS "recibidoProyectoEn",
        concepto_en::text AS "conceptoEn", concepto, evidencia FROM participacion_concepto_ctp
        WHERE municipality_id = ${a.codigo}`),
    );
    const recomendaciones = rowsOf<{ id: string; codigo: string; estado: string; texto: string }>(
      await tx.execute(sql`SELECT id, codigo, estado, texto FROM participacion_aportes
        WHERE municipality_id = ${a.codigo} AND origen = 'ctp' ORDER BY codigo`),
    );
    const archivos = (await evidenceOf(tx, a.codigo, ['ctp'])).get('ctp') ?? [];
    return { ctp: row ?? null, archivos, recomendaciones };
  });
}

/** The office (or the CTP itself) records when the project reached the CTP and its concept. */
export async function saveCtp(
  deps: Deps,
  a: WorkspaceActor,
  input: { fields: unknown; file: File | undefined },
) {
  try {
    requireRole(a, 'office');
  } catch {
    requireRole(a, 'ctp');
  }
  const body = parseForm(ctpForm, input.fields);
  if (Boolean(body.conceptoEn) !== Boolean(body.concepto))
    throw new AppError(
      'entrada_invalida',
      'El concepto del Consejo Territorial de Planeación se registra con su texto y su fecha.',
    );
  const today = todayInColombia(deps.clock);
  if (body.recibidoProyectoEn > today || (body.conceptoEn && body.conceptoEn > today))
    throw new AppError('entrada_invalida', 'Las fechas no pueden ser futuras.');
  if (body.conceptoEn && body.conceptoEn < body.recibidoProyectoEn)
    throw new AppError(
      'entrada_invalida',
      'La fecha del concepto es anterior a la fecha en que el CTP recibió el proyecto.',
    );
  const file = input.file ? await checkFile(input.file, ['pdf', 'docx', 'jpeg', 'png']) : null;
  return withFiles(deps, a, async (tx, store) => {
    const sha256 = file
      ? await keepEvidence(tx, { deps, a, store }, { objeto: 'ctp', clase: 'concepto', file })
      : null;
    await tx.execute(sql`INSERT INTO participacion_concepto_ctp (municipality_id, recibido_proyecto_en,
      concepto_en, concepto, evidencia) VALUES (${a.codigo}, ${body.recibidoProyectoEn},
      ${body.conceptoEn ?? null}, ${body.concepto ?? null}, ${sha256})
      ON CONFLICT (municipality_id) DO UPDATE SET recibido_proyecto_en = EXCLUDED.recibido_proyecto_en,
        concepto_en = EXCLUDED.concepto_en, concepto = EXCLUDED.concepto,
        evidencia = coalesce(EXCLUDED.evidencia, participacion_concepto_ctp.evidencia)`);
    await audit(
      tx,
      { deps, a, accion: 'ctp.concepto', objeto: 'ctp' },
      {
        recibidoProyectoEn: body.recibidoProyectoEn,
        conceptoEn: body.conceptoEn ?? null,
        evidencia: sha256,
      },
    );
    return getCtpIn(tx, a.codigo);
  });
}

async function getCtpIn(tx: Tx, codigo: string) {
  const [row] = rowsOf<{
    recibidoProyectoEn: string;
    conceptoEn: string | null;
    concepto: string | null;
    evidencia: string | null;
  }>(
    await tx.execute(sql`SELECT recibido_proyecto_en::text AS "recibidoProyectoEn",
      concepto_en::text AS "conceptoEn", concepto, evidencia FROM participacion_concepto_ctp
      WHERE municipality_id = ${codigo}`),
  );
  return row!;
}

/** The CTP registers its recommendations: each one an aporte (origen ctp, recibido) to answer. */
export async function addRecommendations(
  deps: Deps,
  a: WorkspaceActor,
  body: z.infer<typeof recommendationsBody>,
) {
  requireRole(a, 'ctp');
  const texts = body.recomendaciones.map((r) => ({
    ...r,
    texto: domain(() => cleanAporteText(r.texto)),
  }));
  const now = deps.clock.now();
  const today = todayInColombia(deps.clock);
  return deps.db.withContext(context(a), async (tx) => {
    const created: { id: string; codigo: string }[] = [];
    for (const r of texts) {
      const id = randomUUID();
      const codigo = await nextAporteCode(tx, a.codigo);
      await tx.execute(sql`INSERT INTO participacion_aportes (municipality_id, id, codigo, origen, estado, texto,
        tema, cuenta_id, recibido_en, creado_en) VALUES (${a.codigo}, ${id}, ${codigo}, 'ctp', 'recibido',
        ${r.texto}, ${r.tema ?? null}, ${a.user.id}, ${today}, ${now})`);
      await tx.execute(sql`INSERT INTO participacion_linea_tiempo (municipality_id, aporte_id, id, tipo, en, detalle)
        VALUES (${a.codigo}, ${id}, ${randomUUID()}, 'presentado', ${now.toISOString()}, '{}'::jsonb)`);
      await audit(
        tx,
        { deps, a, accion: 'ctp.recomendacion', objeto: `aporte:${id}` },
        { codigo, origen: 'ctp' },
      );
      created.push({ id, codigo });
    }
    return { recomendaciones: created };
  });
}
