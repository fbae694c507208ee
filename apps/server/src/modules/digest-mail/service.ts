import { type Database, enviosResumen, rowsOf } from '@ruta-pot/db';
import { parseIsoDate } from '@ruta-pot/domain';
import { eq, sql } from 'drizzle-orm';

import { describeSmtp, type MailConfig } from '../../config/mail';
import { todayInColombia } from '../../http/dates';
import type { Clock, Deps, SessionUser } from '../../http/types';
import { rolesIn } from '../access/service';
import { userDigest } from '../ruta/digest';
import { type DigestNotice, type DigestRunSummary, renderDigestMail, summaryLines } from './render';
import { type DigestSchedule, startDigestSchedule } from './schedule';
import { createSmtpMailer, type Mailer, MailError } from './smtp';

export interface DigestRunInput {
  /** Colombian calendar date (AAAA-MM-DD) whose digest is sent. */
  date: string;
  /** Undefined when no SMTP server is configured: nothing is sent and nothing fails. */
  mail: MailConfig | undefined;
  /** Public address of the web app, for the links. */
  publicUrl: string;
  /** Stops between users (server shutdown); the rest are picked up by the next run. */
  signal?: AbortSignal | undefined;
}

/** Advisory lock key of a digest run (the migration's number; any constant would do). */
const RUN_LOCK = 202611250001;
const running = new WeakSet<Database>();

/**
 * Runs `fn` unless another digest run is under way: in this process (scheduler and CLI share
 * nothing else), or in another server on the same PostgreSQL. The advisory lock lives in a
 * transaction of its own, held on one pooled connection while `fn` uses the others. PGlite needs
 * no lock: the data-folder lock already makes this the only process (ADR 0011).
 */
async function exclusively<T>(db: Database, fn: () => Promise<T>): Promise<T | undefined> {
  if (running.has(db)) return undefined;
  running.add(db);
  try {
    if (db.kind !== 'postgresql') return await fn();
    return await db.withContext({}, async (tx) => {
      const [row] = rowsOf<{ ok: boolean }>(
        await tx.execute(sql.raw(`SELECT pg_try_advisory_xact_lock(${RUN_LOCK}) AS ok`)),
      );
      return row?.ok ? await fn() : undefined;
    });
  } finally {
    running.delete(db);
  }
}

/** Users who hold a role somewhere: a membership in force, or a CAR with jurisdiction. */
async function recipients(deps: Deps): Promise<SessionUser[]> {
  // Platform context: the digest goes to every member of every municipality, so this one query
  // reads memberships across tenants; it returns only account fields, never tenant rows.
  return deps.db.withContext({ plataforma: true }, async (tx) =>
    rowsOf<SessionUser>(
      await tx.execute(sql`
        SELECT u.id, u.email, u.nombre, u.es_administrador AS "esAdministrador",
               u.autoridad_ambiental_id AS "autoridadAmbientalId"
          FROM usuarios u
         WHERE EXISTS (SELECT 1 FROM membresias m WHERE m.usuario_id = u.id
                         AND (m.expira_en IS NULL OR m.expira_en > ${deps.clock.now().toISOString()}::timestamptz))
            OR EXISTS (SELECT 1 FROM jurisdicciones_ambientales j WHERE j.autoridad_id = u.autoridad_ambiental_id)
         ORDER BY u.email`),
    ),
  );
}

/** The clock the digest is computed with: today's as is, another date at noon in Bogotá. */
function clockOn(date: string, clock: Clock): Clock {
  if (todayInColombia(clock) === date) return clock;
  const noon = new Date(`${date}T12:00:00-05:00`);
  return { now: () => noon };
}

/** The in-app digest of one user (it already leaves out municipalities where they are citizens). */
async function noticesFor(deps: Deps, user: SessionUser): Promise<DigestNotice[]> {
  const access = { rolesIn: (userId: string, codigo: string) => rolesIn(deps, { userId, codigo }) };
  return (await userDigest(deps, { user, access })).avisos;
}

async function alreadySent(db: Database, date: string): Promise<Set<string>> {
  const rows = await db.orm
    .select({ usuarioId: enviosResumen.usuarioId })
    .from(enviosResumen)
    .where(eq(enviosResumen.fecha, date));
  return new Set(rows.map((r) => r.usuarioId));
}

interface RunContext {
  deps: Deps;
  digestDeps: Deps;
  input: DigestRunInput;
  mailer: Mailer;
}

/** Sends one user's digest and records it; returns false when there was nothing to send. */
async function deliver(run: RunContext, user: SessionUser): Promise<boolean> {
  const notices = await noticesFor(run.digestDeps, user);
  if (notices.length === 0) return false;
  const mail = renderDigestMail({
    nombre: user.nombre,
    date: run.input.date,
    notices,
    publicUrl: run.input.publicUrl,
  });
  const { messageId } = await run.mailer.send({ to: user.email, ...mail });
  // Recorded only after the server accepted it: a failed send leaves no row and is retried.
  await run.deps.db.orm
    .insert(enviosResumen)
    .values({
      usuarioId: user.id,
      fecha: run.input.date,
      destinatario: user.email,
      avisos: notices.length,
      idMensaje: messageId,
      enviadoEn: run.deps.clock.now(),
    })
    .onConflictDoNothing();
  return true;
}

/** Stands in for the mailer once the server is down: the rest fail at once, without a timeout each. */
const downMailer = (error: MailError): Mailer => ({
  send: () => Promise.reject(error),
  close: () => {},
});

async function sendAll(run: RunContext, summary: DigestRunSummary) {
  const done = await alreadySent(run.deps.db, run.input.date);
  let mailer = run.mailer;
  for (const user of await recipients(run.digestDeps)) {
    if (run.input.signal?.aborted) break;
    if (done.has(user.id)) {
      summary.alreadySent++;
      continue;
    }
    try {
      if (await deliver({ ...run, mailer }, user)) summary.sent++;
      else summary.nothingToSend++;
    } catch (error) {
      if (error instanceof MailError && error.serverDown) mailer = downMailer(error);
      summary.failures.push({
        email: user.email,
        reason:
          error instanceof MailError ? error.message : `error interno: ${(error as Error).message}`,
      });
    }
  }
}

/**
 * Sends the daily digest by e-mail for one Colombian date to every user with something late or
 * due in the next 30 days. Idempotent per user and date (table envios_resumen); failures are
 * returned in the summary, never swallowed, and not recorded, so the next run retries them.
 */
export async function sendDailyDigests(
  deps: Deps,
  input: DigestRunInput,
): Promise<DigestRunSummary> {
  const date = parseIsoDate(input.date);
  const summary: DigestRunSummary = {
    date,
    status: input.mail ? 'completed' : 'unconfigured',
    sent: 0,
    alreadySent: 0,
    nothingToSend: 0,
    failures: [],
  };
  const mailConfig = input.mail;
  if (!mailConfig) return summary;
  const ran = await exclusively(deps.db, async () => {
    const mailer = createSmtpMailer(mailConfig);
    try {
      await sendAll(
        { deps, digestDeps: { ...deps, clock: clockOn(date, deps.clock) }, input, mailer },
        summary,
      );
    } finally {
      mailer.close();
    }
    return true;
  });
  if (!ran) summary.status = 'busy';
  return summary;
}

/**
 * What `servidor` runs: with SMTP configured, the daily schedule; without it, nothing (the digest
 * stays in the app). Logs name the server without credentials.
 */
export function startDigestEmails(
  deps: Deps,
  config: { mail: MailConfig | undefined; publicUrl: string },
  log: Pick<Console, 'log' | 'error'> = console,
): DigestSchedule | undefined {
  const mail = config.mail;
  if (!mail) return undefined;
  log.log(
    `Resumen diario por correo: activo vía ${describeSmtp(mail.smtpUrl)}, todos los días a las 06:00 (hora de Colombia).`,
  );
  return startDigestSchedule({
    clock: deps.clock,
    run: (date, signal) =>
      sendDailyDigests(deps, { date, mail, publicUrl: config.publicUrl, signal }),
    report: (summary) => {
      const write = summary.failures.length > 0 ? log.error : log.log;
      for (const line of summaryLines(summary)) write(line);
    },
  });
}
