import { randomUUID } from 'node:crypto';

import type { ResumenAutodiagnostico } from '@ruta-pot/db';
import { appendAudit, autodiagnosticos, type Tx, usuarios } from '@ruta-pot/db';
import type { Answers, AnswerValue } from '@ruta-pot/domain';
import {
  ANSWER_VALUES,
  evaluateSelfAssessment,
  SELF_ASSESSMENT_QUESTIONS,
  STAGES,
  unknownQuestionIds,
} from '@ruta-pot/domain';
import { desc, eq, sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';

/** Spanish labels of the answers, in the order the questionnaire offers them. */
const ANSWER_LABELS: Record<AnswerValue, string> = {
  si: 'Sí',
  parcial: 'Parcialmente',
  no: 'No',
  no_sabe: 'No sé',
};

/** Units of work that take the self-assessment lock: one transaction from the lock on. */
const LOCKED = { singleTransaction: true } as const;

/** How many past submissions the history list shows (the table keeps them all). */
const HISTORY_LIMIT = 50;

/** The questionnaire, grouped by route stage, with each question's legal duty (public data). */
export function questionnaire() {
  return {
    respuestasPosibles: ANSWER_VALUES.map((valor) => ({ valor, etiqueta: ANSWER_LABELS[valor] })),
    etapas: STAGES.map((stage) => ({
      id: stage.id,
      nombre: stage.name,
      preguntas: SELF_ASSESSMENT_QUESTIONS.filter((q) => q.stage === stage.id).map((q) => ({
        id: q.id,
        texto: q.text,
        riesgo: { titulo: q.riskIfNo.title, severidad: q.riskIfNo.severity },
        citas: [...(q.citations ?? [])],
      })),
    })),
  };
}

/**
 * Rejects answers to questions that do not exist before anything is written, naming them in
 * Spanish; an empty submission is refused because it would only add noise to the history.
 */
function validated(respuestas: Record<string, AnswerValue>): Answers {
  const unknown = unknownQuestionIds(Object.keys(respuestas));
  if (unknown.length > 0) {
    throw new AppError(
      'entrada_invalida',
      `Estas preguntas no existen en el autodiagnóstico: ${unknown.join(', ')}.`,
      { preguntas: unknown },
    );
  }
  if (Object.keys(respuestas).length === 0) {
    throw new AppError('entrada_invalida', 'Responda al menos una pregunta antes de guardar.');
  }
  return respuestas;
}

function summary(answers: Answers): ResumenAutodiagnostico {
  const result = evaluateSelfAssessment(answers);
  return {
    ...result.counts,
    respondidas: result.answered,
    preguntas: result.total,
  };
}

/**
 * The latest self-assessment of the municipality with its evaluation, and the history of every
 * submission (date, who, risk counts). The evaluation is recomputed from the stored answers, so
 * improved recommendations reach old answers too; the stored summary keeps what was seen then.
 */
export async function getSelfAssessment(deps: Deps, input: { codigo: string; userId: string }) {
  const rows = await deps.db.withContext({ municipio: input.codigo, usuario: input.userId }, (tx) =>
    tx
      .select({
        id: autodiagnosticos.id,
        respondidoEn: autodiagnosticos.respondidoEn,
        respuestas: autodiagnosticos.respuestas,
        resumen: autodiagnosticos.resumen,
        nombre: usuarios.nombre,
      })
      .from(autodiagnosticos)
      .leftJoin(usuarios, eq(usuarios.id, autodiagnosticos.respondidoPor))
      .where(eq(autodiagnosticos.municipalityId, input.codigo))
      .orderBy(desc(autodiagnosticos.respondidoEn), desc(autodiagnosticos.id))
      .limit(HISTORY_LIMIT),
  );
  const latest = rows[0];
  // Questions removed in a later version of the questionnaire are ignored, not an error.
  const respuestas = knownAnswers(latest?.respuestas);
  return {
    ultimo: latest
      ? {
          id: latest.id,
          respondidoEn: latest.respondidoEn.toISOString(),
          respondidoPor: latest.nombre ?? null,
          respuestas,
        }
      : null,
    evaluacion: evaluateSelfAssessment(respuestas),
    historial: rows.map((row) => ({
      id: row.id,
      respondidoEn: row.respondidoEn.toISOString(),
      respondidoPor: row.nombre ?? null,
      resumen: row.resumen,
    })),
  };
}

/**
 * Records a new submission: a new row every time (the history is never overwritten) and the
 * audit entry in the same transaction. Returns the evaluation of the submitted answers.
 */
export async function recordSelfAssessment(
  deps: Deps,
  input: {
    codigo: string;
    actor: { id: string; email: string };
    respuestas: Record<string, AnswerValue>;
  },
) {
  const answers = validated(input.respuestas);
  const evaluacion = evaluateSelfAssessment(answers);
  const resumen = summary(answers);
  const id = randomUUID();
  const now = await deps.db.withContext(
    { municipio: input.codigo, usuario: input.actor.id },
    async (tx) => {
      await lockSelfAssessment(tx, input.codigo);
      // Read under the lock, so the newest row is always the last one written.
      const now = deps.clock.now();
      await tx.insert(autodiagnosticos).values({
        municipalityId: input.codigo,
        id,
        respondidoPor: input.actor.id,
        respondidoEn: now,
        respuestas: { ...answers },
        resumen,
      });
      await appendAudit(tx, {
        municipalityId: input.codigo,
        actorId: input.actor.id,
        actor: input.actor.email,
        accion: 'autodiagnostico.registrar',
        objeto: `autodiagnostico:${id}`,
        detalle: { resumen },
        ocurridoEn: now,
      });
      return now;
    },
    LOCKED,
  );
  return { id, respondidoEn: now.toISOString(), evaluacion };
}

/**
 * Serializes the writes of one municipality's self-assessment: a stage save reads the latest
 * answers and merges, so two saves at the same time must not both start from the same row.
 * The lock is a read, so the unit must run as one transaction (`LOCKED`) for it to hold until
 * the commit; otherwise reads run in their own short transactions (ADR 0017, 0018).
 */
async function lockSelfAssessment(tx: Tx, codigo: string) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`autodiagnostico:${codigo}`}))`);
}

/** Known answers of a stored row (questions retired from the questionnaire are dropped). */
function knownAnswers(stored: Record<string, string> | undefined): Answers {
  return Object.fromEntries(
    Object.entries(stored ?? {}).filter(([id]) => unknownQuestionIds([id]).length === 0),
  ) as Answers;
}

/**
 * Records the answers of one stage: the stage's answers become exactly the ones sent, and the
 * answers of every other stage are taken from the latest submission, read under a lock in the
 * same transaction, so saving one stage never erases another. Like a full submission it adds a
 * new row (the history is kept) and an audit entry naming the stage.
 */
export async function recordStageAnswers(
  deps: Deps,
  input: {
    codigo: string;
    etapa: string;
    actor: { id: string; email: string };
    respuestas: Record<string, AnswerValue>;
  },
) {
  const stage = STAGES.find((s) => s.id === input.etapa);
  if (!stage) {
    throw new AppError(
      'no_encontrado',
      `La etapa «${input.etapa}» no existe en el autodiagnóstico.`,
    );
  }
  const answers = validated(input.respuestas);
  const stageQuestions = new Set(
    SELF_ASSESSMENT_QUESTIONS.filter((q) => q.stage === stage.id).map((q) => q.id),
  );
  const outside = Object.keys(answers).filter((id) => !stageQuestions.has(id));
  if (outside.length > 0) {
    throw new AppError(
      'entrada_invalida',
      `Estas preguntas no son de la etapa «${stage.name}»: ${outside.join(', ')}.`,
      { preguntas: outside },
    );
  }
  const id = randomUUID();
  const saved = await deps.db.withContext(
    { municipio: input.codigo, usuario: input.actor.id },
    async (tx) => {
      await lockSelfAssessment(tx, input.codigo);
      // Read under the lock: the row written now must sort after the one it was merged with.
      const now = deps.clock.now();
      const [latest] = await tx
        .select({ respuestas: autodiagnosticos.respuestas })
        .from(autodiagnosticos)
        .where(eq(autodiagnosticos.municipalityId, input.codigo))
        .orderBy(desc(autodiagnosticos.respondidoEn), desc(autodiagnosticos.id))
        .limit(1);
      const others = Object.entries(knownAnswers(latest?.respuestas)).filter(
        ([questionId]) => !stageQuestions.has(questionId),
      );
      const all = { ...Object.fromEntries(others), ...answers } as Answers;
      const resumen = summary(all);
      await tx.insert(autodiagnosticos).values({
        municipalityId: input.codigo,
        id,
        respondidoPor: input.actor.id,
        respondidoEn: now,
        respuestas: { ...all },
        resumen,
      });
      await appendAudit(tx, {
        municipalityId: input.codigo,
        actorId: input.actor.id,
        actor: input.actor.email,
        accion: 'autodiagnostico.registrar',
        objeto: `autodiagnostico:${id}`,
        detalle: { resumen, etapa: stage.id },
        ocurridoEn: now,
      });
      return { all, now };
    },
    LOCKED,
  );
  return {
    id,
    respondidoEn: saved.now.toISOString(),
    respuestas: saved.all,
    evaluacion: evaluateSelfAssessment(saved.all),
  };
}
