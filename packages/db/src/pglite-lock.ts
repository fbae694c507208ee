import type { PGlite } from '@electric-sql/pglite';

const BUSY = Symbol('busy');
/** How long a unit of work waits before looking again at a PGlite transaction still open. */
const RETRY_MS = 2;

/**
 * Runs `work` alone on PGlite's one session, through its public API
 * (docs/adr/0026-public-driver-apis.md).
 *
 * `runExclusive` holds the lock PGlite's own `query`, `exec` and `transaction` take for each
 * statement, so nothing else reaches the session while `work` runs. A `transaction()` of
 * someone else (a backup counting rows in platform scope) releases that lock between its
 * statements while its transaction stays open: `work` must not run inside it, so while
 * `isInTransaction()` says one is open, the lock is given back and taken again a moment later.
 */
export async function whileSessionIsOurs<T>(client: PGlite, work: () => Promise<T>): Promise<T> {
  for (;;) {
    const outcome = await client.runExclusive(async () =>
      client.isInTransaction() ? BUSY : { value: await work() },
    );
    if (outcome !== BUSY) return outcome.value;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
