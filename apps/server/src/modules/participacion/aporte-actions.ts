import { randomUUID } from 'node:crypto';

import { rowsOf, type Tx } from '@ruta-pot/db';
import { type AnswerOutcome, type AporteState, validateAnswer } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import {
  addTimeline,
  type AporteActor,
  auditAporte,
  lockAporte,
  type LockedAporte,
  moveAporte,
} from './aporte-store';

interface Scope {
  codigo: string;
  actor: AporteActor;
}
/** An action on one aporte: the municipality, who acts, and which aporte. */
export type AporteRef = Scope & { id: string };

async function act<T>(
  deps: Deps,
  scope: AporteRef,
  work: (tx: Tx, aporte: LockedAporte, at: Date) => Promise<T>,
): Promise<T> {
  const at = deps.clock.now();
  return deps.db.withContext(
    { municipio: scope.codigo, ...(scope.actor.userId ? { usuario: scope.actor.userId } : {}) },
    async (tx) => work(tx, await lockAporte(tx, scope.codigo, scope.id), at),
  );
}

async function setState(tx: Tx, scope: { codigo: string; id: string }, estado: AporteState) {
  await tx.execute(sql`UPDATE participacion_aportes SET estado = ${estado}
    WHERE municipality_id = ${scope.codigo} AND id = ${scope.id}`);
}

export interface Classification {
  tema: string;
  etapa?: string | undefined;
  documento?: string | undefined;
  articulo?: string | undefined;
  capa?: string | undefined;
}

/** Classifies (or reclassifies) an aporte: theme, stage, and the article, layer or document. */
export async function classifyAporte(deps: Deps, scope: AporteRef, input: Classification) {
  return act(deps, scope, async (tx, aporte, at) => {
    const estado = aporte.estado === 'recibido' ? 'clasificado' : aporte.estado;
    if (aporte.estado === 'recibido') moveAporte('recibido', 'clasificado', scope.actor.roles);
    else if (aporte.estado !== 'clasificado' && aporte.estado !== 'agrupado')
      throw new AppError(
        'conflicto',
        'Este aporte ya no se puede reclasificar: ya fue respondido o descartado.',
      );
    await tx.execute(sql`UPDATE participacion_aportes SET estado = ${estado}, tema = ${input.tema},
      etapa = ${input.etapa ?? null}, documento = ${input.documento ?? null},
      articulo = ${input.articulo ?? null}, capa = ${input.capa ?? null}
      WHERE municipality_id = ${scope.codigo} AND id = ${aporte.id}`);
    await addTimeline(tx, { codigo: scope.codigo, aporteId: aporte.id, kind: 'clasificado', at });
    await auditAporte(
      tx,
      { ...scope, accion: 'clasificar', aporte: aporte.codigo, at },
      { ...input },
    );
    return { estado };
  });
}

async function groupFor(
  tx: Tx,
  codigo: string,
  input: { grupoId?: string | undefined; tema?: string | undefined; at: Date },
) {
  if (input.grupoId) {
    const [g] = rowsOf<{ id: string; codigo: string }>(
      await tx.execute(sql`SELECT id, codigo FROM participacion_grupos
        WHERE municipality_id = ${codigo} AND id::text = ${input.grupoId}`),
    );
    if (!g) throw notFound();
    return g;
  }
  if (!input.tema?.trim())
    throw new AppError(
      'entrada_invalida',
      'Elija un grupo existente o escriba el tema del grupo nuevo.',
      { campo: 'tema' },
    );
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext('participacion_grupos:' || ${codigo}))`,
  );
  const [n] = rowsOf<{ n: number }>(
    await tx.execute(sql`SELECT coalesce(max(substring(codigo FROM 3)::int), 0)::int + 1 AS n
      FROM participacion_grupos WHERE municipality_id = ${codigo}`),
  );
  const g = { id: randomUUID(), codigo: `G-${n?.n ?? 1}` };
  await tx.execute(sql`INSERT INTO participacion_grupos (municipality_id, id, codigo, tema, creado_en)
    VALUES (${codigo}, ${g.id}, ${g.codigo}, ${input.tema.trim()}, ${input.at.toISOString()})`);
  return g;
}

/** Puts a classified aporte in a group of similar ones (kept in the group, never merged away). */
export async function groupAporte(
  deps: Deps,
  scope: AporteRef,
  input: { grupoId?: string | undefined; tema?: string | undefined },
) {
  return act(deps, scope, async (tx, aporte, at) => {
    moveAporte(aporte.estado, 'agrupado', scope.actor.roles);
    const g = await groupFor(tx, scope.codigo, { ...input, at });
    await tx.execute(sql`UPDATE participacion_aportes SET estado = 'agrupado', grupo_id = ${g.id}
      WHERE municipality_id = ${scope.codigo} AND id = ${aporte.id}`);
    await addTimeline(tx, {
      codigo: scope.codigo,
      aporteId: aporte.id,
      kind: 'agrupado',
      at,
      detail: { group: g.codigo },
    });
    await auditAporte(
      tx,
      { ...scope, accion: 'agrupar', aporte: aporte.codigo, at },
      { grupo: g.codigo },
    );
    return { estado: 'agrupado' as const, grupo: g };
  });
}

/** Takes an aporte out of its group; it stays classified. */
export async function ungroupAporte(deps: Deps, scope: AporteRef) {
  return act(deps, scope, async (tx, aporte, at) => {
    moveAporte(aporte.estado, 'clasificado', scope.actor.roles);
    await tx.execute(sql`UPDATE participacion_aportes SET estado = 'clasificado', grupo_id = NULL
      WHERE municipality_id = ${scope.codigo} AND id = ${aporte.id}`);
    await addTimeline(tx, { codigo: scope.codigo, aporteId: aporte.id, kind: 'desagrupado', at });
    await auditAporte(tx, { ...scope, accion: 'desagrupar', aporte: aporte.codigo, at });
    return { estado: 'clasificado' as const };
  });
}

export interface AnswerBody {
  resultado: AnswerOutcome;
  razones: string;
  documentoVersion?: string | undefined;
  articulo?: string | undefined;
  elementoMapa?: string | undefined;
  /** Answer every unanswered aporte of the same group with this answer. */
  todoElGrupo?: boolean | undefined;
}

async function answerOne(
  tx: Tx,
  { scope, aporte, at }: { scope: Scope; aporte: LockedAporte; at: Date },
  body: AnswerBody,
) {
  moveAporte(aporte.estado, 'respondido', scope.actor.roles);
  await tx.execute(sql`INSERT INTO participacion_respuestas (municipality_id, aporte_id, resultado, razones,
      documento_version, articulo, elemento_mapa, respondido_por, respondido_en)
    VALUES (${scope.codigo}, ${aporte.id}, ${body.resultado}, ${body.razones.trim()},
      ${body.documentoVersion ?? null}, ${body.articulo ?? null}, ${body.elementoMapa ?? null},
      ${scope.actor.userId}, ${at.toISOString()})`);
  await setState(tx, { codigo: scope.codigo, id: aporte.id }, 'respondido');
  await addTimeline(tx, {
    codigo: scope.codigo,
    aporteId: aporte.id,
    kind: 'respondido',
    at,
    detail: {
      outcome: body.resultado,
      ...(body.documentoVersion ? { version: body.documentoVersion } : {}),
      ...(body.articulo ? { article: body.articulo } : {}),
      ...(body.elementoMapa ? { mapFeature: body.elementoMapa } : {}),
    },
  });
  await auditAporte(
    tx,
    { ...scope, accion: 'responder', aporte: aporte.codigo, at },
    { resultado: body.resultado },
  );
}

/**
 * Answers an aporte with reasons; an accepting answer names what changed (validateAnswer). With
 * `todoElGrupo`, the group's other unanswered aportes get the same answer, each in its timeline.
 */
export async function answerAporte(deps: Deps, scope: AporteRef, body: AnswerBody) {
  validateAnswer({
    outcome: body.resultado,
    reasons: body.razones,
    change: {
      ...(body.documentoVersion ? { documentVersionId: body.documentoVersion } : {}),
      ...(body.articulo ? { article: body.articulo } : {}),
      ...(body.elementoMapa ? { mapFeatureId: body.elementoMapa } : {}),
    },
  });
  return act(deps, scope, async (tx, aporte, at) => {
    await answerOne(tx, { scope, aporte, at }, body);
    let respondidos = 1;
    if (body.todoElGrupo && aporte.grupo_id) {
      const others = rowsOf<LockedAporte>(
        await tx.execute(sql`SELECT id, codigo, estado, origen, grupo_id FROM participacion_aportes
          WHERE municipality_id = ${scope.codigo} AND grupo_id = ${aporte.grupo_id} AND id <> ${aporte.id}
            AND estado IN ('clasificado', 'agrupado') ORDER BY codigo FOR UPDATE`),
      );
      for (const other of others) await answerOne(tx, { scope, aporte: other, at }, body);
      respondidos += others.length;
    }
    return { estado: 'respondido' as const, respondidos };
  });
}

/** Marks an accepted aporte as contained in a version of the plan (the end of its thread). */
export async function incorporateAporte(deps: Deps, scope: AporteRef, input: { version: string }) {
  return act(deps, scope, async (tx, aporte, at) => {
    moveAporte(aporte.estado, 'incorporado', scope.actor.roles);
    const [answer] = rowsOf<{ resultado: AnswerOutcome }>(
      await tx.execute(sql`SELECT resultado FROM participacion_respuestas
        WHERE municipality_id = ${scope.codigo} AND aporte_id = ${aporte.id}`),
    );
    if (answer?.resultado !== 'aceptado' && answer?.resultado !== 'aceptado_parcial')
      throw new AppError(
        'entrada_invalida',
        'Solo un aporte aceptado (total o parcialmente) se incorpora a una versión del plan.',
      );
    await setState(tx, scope, 'incorporado');
    await addTimeline(tx, {
      codigo: scope.codigo,
      aporteId: aporte.id,
      kind: 'incorporado',
      at,
      detail: { version: input.version },
    });
    await auditAporte(
      tx,
      { ...scope, accion: 'incorporar', aporte: aporte.codigo, at },
      { version: input.version },
    );
    return { estado: 'incorporado' as const };
  });
}

/** Discards an aporte its author never confirmed (kept in the register, out of the matrix). */
export async function discardAporte(deps: Deps, scope: AporteRef) {
  return act(deps, scope, async (tx, aporte, at) => {
    moveAporte(aporte.estado, 'descartado', scope.actor.roles);
    await setState(tx, scope, 'descartado');
    await addTimeline(tx, { codigo: scope.codigo, aporteId: aporte.id, kind: 'descartado', at });
    await auditAporte(tx, { ...scope, accion: 'descartar', aporte: aporte.codigo, at });
    return { estado: 'descartado' as const };
  });
}
