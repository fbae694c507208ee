/**
 * One request's statements against one connection, with the row-level-security context set for
 * each of them in as few messages as possible (docs/adr/0017-request-path.md).
 *
 * While the unit has only read, each plain SELECT travels behind the context in one simple-query
 * message. PostgreSQL runs such a message as one implicit transaction, so the transaction-local
 * context lasts exactly that statement, and `transaction_read_only` makes a SELECT that tried to
 * write fail instead of escaping a later rollback. Separate read-only transactions give the same
 * answers as one: under READ COMMITTED every statement takes a fresh snapshot anyway.
 *
 * The first other statement opens the real transaction (BEGIN and the context in its message),
 * which holds every later statement until COMMIT, or ROLLBACK on any error.
 */

/** A plain read: it can run in its own implicit, read-only transaction. */
const READ_ONLY = /^\s*select\b/i;
/**
 * Row locks are refused in read-only transactions, and a transaction-level advisory lock taken in
 * an implicit one would end with that statement (on another connection, for PostgreSQL's read
 * pipeline): such reads open the real transaction, which holds the lock until COMMIT.
 */
const LOCKING =
  /\bfor\s+(no\s+key\s+update|update|key\s+share|share)\b|\bpg_(try_)?advisory_xact_lock/i;

/** What a unit of work needs from an engine's connection; `S` is the driver's statement. */
export interface UnitConnection<S, R> {
  /** Whether `statement` can travel as SQL text in one simple-query message behind other SQL. */
  carries(statement: S): boolean;
  /** Runs the statement; with `opening` (only when it `carries`), in one message behind it. */
  send(statement: S, opening?: string): Promise<R>;
  /**
   * A read behind its read-only `opening`, when the engine runs those elsewhere than the unit's
   * own connection (PostgreSQL's read pipeline, ADR 0018). Defaults to `send`.
   */
  read?(statement: S, opening: string): Promise<R>;
  /** Parameterless SQL: BEGIN, COMMIT, ROLLBACK. */
  run(text: string): Promise<void>;
  /**
   * Told when ROLLBACK itself fails (the connection is gone) so the pool can discard it; the
   * original error is still the one thrown. Without it, the ROLLBACK error is thrown.
   */
  lost?: (error: unknown) => void;
}

export class UnitOfWork<S, R> {
  readonly #connection: UnitConnection<S, R>;
  readonly #readOnly: string;
  readonly #begin: string;
  /** Whether reads may run on their own before the first write (not in a single transaction). */
  readonly #reads: boolean;
  #open = false;
  #ended = false;

  /**
   * `settings` are the `set_config(…)` calls that set the request context, as a SELECT list ('' for
   * none). A read's opening sets them in the same SELECT as `transaction_read_only`: one
   * statement for the engine to run and one result for the driver to parse, not two.
   */
  constructor(
    connection: UnitConnection<S, R>,
    settings: string,
    options: { singleTransaction?: boolean | undefined } = {},
  ) {
    this.#connection = connection;
    this.#reads = !options.singleTransaction;
    const readOnly = `set_config('transaction_read_only', 'on', true)`;
    this.#readOnly = `SELECT ${settings ? `${readOnly}, ${settings}` : readOnly}`;
    this.#begin = settings ? `BEGIN; SELECT ${settings}` : 'BEGIN';
  }

  /** Runs one statement of the unit; `text` is its SQL. */
  async statement(statement: S, text: string): Promise<R> {
    if (this.#ended) throw new Error('La transacción ya terminó.');
    const connection = this.#connection;
    if (this.#open) return connection.send(statement);
    const carried = connection.carries(statement);
    if (carried && this.#reads && READ_ONLY.test(text) && !LOCKING.test(text)) {
      return connection.read
        ? connection.read(statement, this.#readOnly)
        : connection.send(statement, this.#readOnly);
    }
    // Set before anything is sent: a failed first message may still have opened the transaction.
    this.#open = true;
    if (carried) return connection.send(statement, this.#begin);
    await connection.run(this.#begin);
    return connection.send(statement);
  }

  /** Runs `work`, then COMMIT if it opened a transaction; any error rolls back and is rethrown. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    let committing = false;
    try {
      const result = await work();
      this.#ended = true;
      // A failed COMMIT already ended the transaction: nothing left to roll back.
      committing = true;
      if (this.#open) await this.#connection.run('COMMIT');
      return result;
    } catch (error) {
      this.#ended = true;
      if (!committing && this.#open) await this.#rollback();
      throw error;
    }
  }

  async #rollback() {
    const { lost } = this.#connection;
    if (lost) await this.#connection.run('ROLLBACK').catch(lost);
    else await this.#connection.run('ROLLBACK');
  }
}
