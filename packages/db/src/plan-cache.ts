import { createHash } from 'node:crypto';

import type pg from 'pg';

/**
 * Reuses query plans across requests (docs/adr/0013-request-caches.md, addendum 2).
 *
 * Drizzle sends every statement as an unnamed statement, so PostgreSQL parses and plans it each
 * time. With row-level security the plan is most of the cost: on PGlite the scoped member list
 * took 0.65 ms, 0.5 ms of it planning, against 0.36 ms as a prepared statement. Both engines
 * keep the SQL text and parameters exactly as Drizzle built them.
 */

const PLANNABLE = /^\s*(select|insert|update|delete|with)\b/i;
/** Distinct statements per PGlite session; beyond it, the oldest is deallocated. */
const MAX_STATEMENTS = 500;

const names = new Map<string, string>();
/** A stable name per SQL text, hashed once: node-postgres asks for it on every query. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `rp_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size >= MAX_STATEMENTS) names.clear();
    names.set(text, name);
  }
  return name;
}

/**
 * A SQL literal for a parameter, or undefined when it is not a plain scalar.
 *
 * An untyped literal is coerced to the parameter's type exactly like a text-format bind value;
 * with standard_conforming_strings (PostgreSQL's default) doubling quotes is complete.
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
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * PGlite has no named statements in its API, but it is one session: `PREPARE` once, then
 * `EXECUTE name('literal', …)`. This registry remembers what the session has prepared.
 */
export class PreparedStatements {
  readonly #prepared = new Map<string, string>();

  /**
   * The `EXECUTE` for `text` with `params`, plus the SQL that must run first (`PREPARE`, and a
   * `DEALLOCATE` of the oldest statement past the bound); undefined when the statement is not a
   * plain DML with scalar parameters (DDL, arrays, bytes and JSON objects go through unchanged).
   */
  plan(
    text: string,
    params: readonly unknown[],
  ): { before: string[]; execute: string } | undefined {
    if (!PLANNABLE.test(text)) return undefined;
    const literals: string[] = [];
    for (const value of params) {
      const quoted = literal(value);
      if (quoted === undefined) return undefined;
      literals.push(quoted);
    }
    const before: string[] = [];
    let name = this.#prepared.get(text);
    if (!name) {
      name = statementName(text);
      before.push(`PREPARE ${name} AS ${text}`);
      this.#prepared.set(text, name);
      if (this.#prepared.size > MAX_STATEMENTS) {
        const [oldestText, oldest] = this.#prepared.entries().next().value as [string, string];
        this.#prepared.delete(oldestText);
        before.push(`DEALLOCATE ${oldest}`);
      }
    }
    const args = literals.length > 0 ? `(${literals.join(', ')})` : '';
    return { before, execute: `EXECUTE ${name}${args}` };
  }

  /** Whether {@link plan} would run `text` as a cached plan. */
  accepts(text: string, params: readonly unknown[]): boolean {
    return this.#literals(text, params) !== undefined;
  }

  #literals(text: string, params: readonly unknown[]): string[] | undefined {
    if (!PLANNABLE.test(text)) return undefined;
    const literals: string[] = [];
    for (const value of params) {
      const quoted = literal(value);
      if (quoted === undefined) return undefined;
      literals.push(quoted);
    }
    return literals;
  }

  /** Forgets `text` after its `PREPARE` failed, so the next call prepares it again. */
  forget(text: string): void {
    this.#prepared.delete(text);
  }
}

/**
 * node-postgres prepares a statement once per connection when the query carries a `name`; name
 * Drizzle's statements by a hash of their text on every pooled connection.
 */
export function namePooledStatements(pool: pg.Pool) {
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
      if (
        config &&
        typeof config === 'object' &&
        'text' in config &&
        typeof config.text === 'string' &&
        !('name' in config && config.name) &&
        PLANNABLE.test(config.text)
      ) {
        return original({ ...config, name: statementName(config.text) }, ...rest);
      }
      return original(config, ...rest);
    };
  });
}
