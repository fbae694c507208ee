import { createHash } from 'node:crypto';

/**
 * Reuses query plans across requests (docs/adr/0013-request-caches.md, addendum 2).
 *
 * Drizzle sends every statement as an unnamed statement, so PostgreSQL parses and plans it each
 * time. With row-level security the plan is most of the cost: on PGlite the scoped member list
 * took 0.65 ms, 0.5 ms of it planning, against 0.36 ms as a prepared statement. Both engines
 * keep the SQL text and parameters exactly as Drizzle built them.
 */

/** Plain DML: the statements worth a cached plan. */
export const PLANNABLE = /^\s*(select|insert|update|delete|with)\b/i;
/** Distinct statements per PGlite session; beyond it, the oldest is deallocated. */
const MAX_STATEMENTS = 500;

const hashes = new Map<string, string>();
/**
 * A stable name per SQL text, hashed once: node-postgres asks for it on every query. `rp_` names
 * are node-postgres's protocol-level statements; `rs_` ones are made with SQL `PREPARE`. They
 * share one namespace per session, so the prefixes keep the two from colliding.
 */
export function statementName(text: string, prefix: 'rp_' | 'rs_' = 'rp_'): string {
  let hash = hashes.get(text);
  if (!hash) {
    hash = createHash('sha1').update(text).digest('hex').slice(0, 20);
    if (hashes.size >= MAX_STATEMENTS) hashes.clear();
    hashes.set(text, hash);
  }
  return prefix + hash;
}

/**
 * A SQL literal for a parameter, or undefined when it is not a plain scalar.
 *
 * An untyped literal is coerced to the parameter's type exactly like a text-format bind value.
 * Quotes are doubled; a value with a backslash is written as an escape string (`E'…'`, its
 * backslashes doubled), which reads the same whether `standard_conforming_strings` is on or off.
 * This is node-postgres's `escapeLiteral` (pg/lib/utils.js), written here so that the embedded
 * engine does not load the PostgreSQL driver (ADR 0016); `literal.test.ts` checks both agree.
 * Both engines also refuse to start with the setting off (assertStandardStrings).
 */
export function literal(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else if (typeof value === 'boolean') text = value ? 't' : 'f';
  else if (value instanceof Date && !Number.isNaN(value.getTime())) text = value.toISOString();
  else return undefined;
  if (text.includes('\0')) return undefined;
  const quoted = `'${text.replaceAll("'", "''")}'`;
  return text.includes('\\') ? ` E${quoted.replaceAll('\\', '\\\\')}` : quoted;
}

/**
 * PGlite has no named statements in its API, but it is one session: `PREPARE` once, then
 * `EXECUTE name('literal', …)`. This registry remembers what the session has prepared.
 */
export class PreparedStatements {
  readonly #prepared = new Map<string, string>();
  readonly #prefix: 'rp_' | 'rs_';

  /** `rs_` on a node-postgres connection, whose own protocol-level statements are `rp_`. */
  constructor(prefix: 'rp_' | 'rs_' = 'rp_') {
    this.#prefix = prefix;
  }

  /**
   * Runs `text` with `params` as `EXECUTE` of its cached plan, each message through `send` (one
   * simple-query message per call), with `opening` ahead of the EXECUTE in its message. Returns
   * undefined, sending nothing, when the statement is not a plain DML with scalar parameters
   * (DDL, arrays, bytes and JSON objects go through the engine's own path); with an `opening`
   * such a statement is refused, since it cannot share the message.
   *
   * A new statement's `PREPARE` (and the `DEALLOCATE` of the oldest past the bound) goes in a
   * message of its own. PREPARE is not transactional: sharing the EXECUTE's message, a failed
   * EXECUTE could leave a statement prepared that the registry had forgotten. And the opening
   * must share the EXECUTE's message, whose implicit transaction may be all the context lasts.
   */
  execute<R>(
    statement: { text: string; params: readonly unknown[]; opening?: string | undefined },
    send: (sql: string) => Promise<R>,
  ): Promise<R> | undefined {
    const { text, params, opening } = statement;
    const literals = literalsOf(text, params);
    if (!literals) {
      // Only a cached plan's EXECUTE can share a simple-query message with other SQL.
      if (opening) throw new Error('Solo un plan en caché viaja detrás de otra instrucción.');
      return undefined;
    }
    const args = literals.length > 0 ? `(${literals.join(', ')})` : '';
    const known = this.#prepared.get(text);
    const name = known ?? statementName(text, this.#prefix);
    const execute = `EXECUTE ${name}${args}`;
    const message = opening ? `${opening}; ${execute}` : execute;
    return known ? send(message) : this.#prepare(text, name, send).then(() => send(message));
  }

  async #prepare<R>(text: string, name: string, send: (sql: string) => Promise<R>) {
    const statements = [`PREPARE ${name} AS ${text}`];
    this.#prepared.set(text, name);
    if (this.#prepared.size > MAX_STATEMENTS) {
      const [oldestText, oldest] = this.#prepared.entries().next().value as [string, string];
      this.#prepared.delete(oldestText);
      statements.push(`DEALLOCATE ${oldest}`);
    }
    try {
      await send(statements.join('; '));
    } catch (error) {
      // Forgotten, so the next call prepares it again.
      this.#prepared.delete(text);
      throw error;
    }
  }

  /** Whether {@link execute} would run `text` as a cached plan. */
  static accepts(text: string, params: readonly unknown[]): boolean {
    return literalsOf(text, params) !== undefined;
  }
}

/** The parameters as SQL literals, or undefined when the statement cannot run as a cached plan. */
function literalsOf(text: string, params: readonly unknown[]): string[] | undefined {
  if (!PLANNABLE.test(text)) return undefined;
  const literals: string[] = [];
  for (const value of params) {
    const quoted = literal(value);
    if (quoted === undefined) return undefined;
    literals.push(quoted);
  }
  return literals;
}
