import { addDays, type IsoDate } from '@ruta-pot/domain';

import { todayInColombia } from '../../http/dates';
import type { Clock } from '../../http/types';
import type { DigestRunSummary } from './render';

/** Hour of the day (Bogotá) the digest goes out: before the offices open. */
const DIGEST_HOUR = 6;
/** After a run with failures, the next attempt on the same day. */
export const RETRY_MS = 60 * 60_000;
/** How long a shutdown waits for the send in progress before closing the database anyway. */
const STOP_GRACE_MS = 15_000;

/** 06:00 in Bogotá on a calendar date (Colombia has no daylight saving: UTC−5 all year). */
export function sendTimeOn(date: string): Date {
  return new Date(`${date}T${String(DIGEST_HOUR).padStart(2, '0')}:00:00-05:00`);
}

/**
 * When to look again. Before 06:00: at 06:00. After a complete run of today: tomorrow at 06:00.
 * After an incomplete one (failures, or another server was sending): in an hour, never later
 * than tomorrow's run.
 */
export function nextCheckAt(now: Date, completedDate: string | undefined): Date {
  const today = todayInColombia({ now: () => now });
  const todayAt = sendTimeOn(today);
  if (now < todayAt) return todayAt;
  const tomorrowAt = sendTimeOn(addDays(today as IsoDate, 1));
  if (completedDate === today) return tomorrowAt;
  return new Date(Math.min(now.getTime() + RETRY_MS, tomorrowAt.getTime()));
}

export interface DigestSchedule {
  /** Cancels the timer and waits (up to STOP_GRACE_MS) for a send in progress. */
  stop(): Promise<void>;
}

/**
 * Sends the digest once a day at 06:00 Bogotá, and at start when that hour has passed (users who
 * already got today's digest are skipped by the service). Timers are unref'd, so they never keep
 * the process alive; the clock is injected, so tests can pin it.
 */
export function startDigestSchedule(options: {
  clock: Clock;
  run: (date: string, signal: AbortSignal) => Promise<DigestRunSummary>;
  report: (summary: DigestRunSummary) => void;
}): DigestSchedule {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let completedDate: string | undefined;

  const schedule = () => {
    if (abort.signal.aborted) return;
    const now = options.clock.now();
    const delay = Math.max(0, nextCheckAt(now, completedDate).getTime() - now.getTime());
    timer = setTimeout(check, delay);
    timer.unref();
  };
  const check = () => {
    timer = undefined;
    const now = options.clock.now();
    const today = todayInColombia(options.clock);
    if (now < sendTimeOn(today) || completedDate === today) return schedule();
    inFlight = options
      .run(today, abort.signal)
      .then((summary) => {
        options.report(summary);
        if (summary.status === 'completed' && summary.failures.length === 0) completedDate = today;
      })
      .catch((error: unknown) => {
        // The run itself failed (e.g. the database): report it and try again later.
        options.report({
          date: today,
          status: 'completed',
          sent: 0,
          alreadySent: 0,
          nothingToSend: 0,
          failures: [{ email: '(todos)', reason: `error interno: ${(error as Error).message}` }],
        });
      })
      .finally(() => {
        inFlight = undefined;
        schedule();
      });
  };

  check();
  return {
    async stop() {
      abort.abort();
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (!inFlight) return;
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([
        inFlight,
        new Promise<void>((resolve) => {
          grace = setTimeout(resolve, STOP_GRACE_MS);
          grace.unref();
        }),
      ]);
      clearTimeout(grace);
    },
  };
}
