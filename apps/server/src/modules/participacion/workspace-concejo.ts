import { randomUUID } from 'node:crypto';

import { z } from '@hono/zod-openapi';
import { rowsOf, type Tx } from '@ruta-pot/db';
import { CITES, formatSpanish, type IsoDate, type RuleWarning } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { isoDate, todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { checkFile, evidenceOf, keepEvidence, withFiles } from './workspace-files';
import {
  advertencias,
  audit,
  context,
  parseForm,
  requireRole,
  type WorkspaceActor,
} from './workspace-shared';

const concejoForm = z
  .object({
    tipo: z.enum(['radicacion', 'cabildo_abierto', 'sesion', 'decision']),
    fecha: isoDate('fecha'),
    descripcion: z.string().trim().max(5000).optional(),
    decision: z.enum(['aprobado', 'negado']).optional(),
  })
  .strict();

interface ConcejoRow {
  id: string;
  tipo: string;
  fecha: IsoDate;
  descripcion: string;
  decision: string | null;
  evidencia: string | null;
}

/**
 * The cabildo abierto comes before the Concejo studies the project (Ley 507 de 1999 art. 2): a
 * cabildo dated after the first session warns; it never blocks.
 */
function concejoWarnings(rows: readonly ConcejoRow[]): RuleWarning[] {
  const firstSession = rows
    .filter((r) => r.tipo === 'sesion')
    .map((r) => r.fecha)
    .sort()[0];
  const late = rows.filter(
    (r) => r.tipo === 'cabildo_abierto' && firstSession && r.fecha > firstSession,
  );
  return late.map((r) => ({
    code: 'CABILDO_DESPUES_DEL_ESTUDIO',
    message: `El cabildo abierto del ${formatSpanish(r.fecha)} es posterior a la primera sesión del Concejo (${formatSpanish(firstSession!)}): debe realizarse antes del estudio del proyecto.`,
    citations: [CITES.ley507art2],
  }));
}

async function readConcejo(tx: Tx, codigo: string) {
  const registros = rowsOf<ConcejoRow>(
    await tx.execute(sql`SELECT id, tipo, fecha::text AS fecha, descripcion, decision, evidencia
      FROM participacion_concejo WHERE municipality_id = ${codigo} ORDER BY fecha, tipo`),
  );
  const files = await evidenceOf(
    tx,
    codigo,
    registros.map((r) => `concejo:${r.id}`),
  );
  return {
    registros: registros.map((r) => ({ ...r, archivos: files.get(`concejo:${r.id}`) ?? [] })),
    advertencias: advertencias(concejoWarnings(registros)),
  };
}

export async function getConcejo(deps: Deps, a: WorkspaceActor) {
  return deps.db.withContext(context(a), (tx) => readConcejo(tx, a.codigo));
}

/** The Concejo (or the office) records a radicación, cabildo, session or decision. */
export async function addConcejo(
  deps: Deps,
  a: WorkspaceActor,
  input: { fields: unknown; file: File | undefined },
) {
  try {
    requireRole(a, 'concejo');
  } catch {
    requireRole(a, 'office');
  }
  const body = parseForm(concejoForm, input.fields);
  if ((body.tipo === 'decision') !== Boolean(body.decision))
    throw new AppError(
      'entrada_invalida',
      body.tipo === 'decision'
        ? 'Indique la decisión del Concejo: aprobado o negado.'
        : 'Solo un registro de tipo «decision» lleva decisión (aprobado o negado).',
    );
  if (body.fecha > todayInColombia(deps.clock))
    throw new AppError('entrada_invalida', 'La fecha no puede ser futura.');
  const file = input.file ? await checkFile(input.file, ['pdf', 'docx', 'jpeg', 'png']) : null;
  const id = randomUUID();
  return withFiles(deps, a, async (tx, store) => {
    const sha256 = file
      ? await keepEvidence(
          tx,
          { deps, a, store },
          { objeto: `concejo:${id}`, clase: 'concejo', file },
        )
      : null;
    await tx.execute(sql`INSERT INTO participacion_concejo (municipality_id, id, tipo, fecha, descripcion,
      decision, evidencia) VALUES (${a.codigo}, ${id}, ${body.tipo}, ${body.fecha}, ${body.descripcion ?? ''},
      ${body.decision ?? null}, ${sha256})`);
    await audit(
      tx,
      { deps, a, accion: 'concejo.registro', objeto: `concejo:${id}` },
      {
        tipo: body.tipo,
        fecha: body.fecha,
        decision: body.decision ?? null,
        evidencia: sha256,
      },
    );
    return { id, ...(await readConcejo(tx, a.codigo)) };
  });
}
