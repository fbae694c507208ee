/** Expired sessions are deleted at start and then every hour (ADR 0012, addendum). */
const PURGE_EVERY_MS = 3600_000;

export interface PurgeSchedule {
  /** The run at start; resolves when it ends (failures are logged, never thrown). */
  first: Promise<void>;
  stop(): void;
}

/**
 * Runs `purge` now and every `everyMs`. The timer is unref'd so it never keeps the process alive,
 * runs never overlap, and a failure (database briefly unavailable) is logged and retried on the
 * next tick instead of stopping the server.
 */
export function scheduleSessionPurge(
  purge: () => Promise<number>,
  options: { everyMs?: number; log?: (message: string, error: unknown) => void } = {},
): PurgeSchedule {
  const log = options.log ?? ((message, error) => console.error(message, error));
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= purge()
      .then(() => undefined)
      .catch((error: unknown) =>
        log('[sesiones] No se pudieron borrar las sesiones vencidas:', error),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = run();
  const timer = setInterval(() => void run(), options.everyMs ?? PURGE_EVERY_MS);
  timer.unref();
  return { first, stop: () => clearInterval(timer) };
}
