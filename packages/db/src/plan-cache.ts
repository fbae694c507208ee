import { createHash } from 'node:crypto';

import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

/**
 * Reuses query plans across requests (docs/adr/0013-request-caches.md, addendum 2).
 *
 * Drizzle sends every statement as an unnamed statement, so PostgreSQL parses and plans it each
 * time. With row-level security the plan is most of the cost: on PGlite the scoped member list
 * took 0.65 ms, 0.5 ms of it planning, against 0.36 ms as a prepared statement. Both wrappers
 * keep the SQL text and parameters exactly as Drizzle built them.
 */

const PLANNABLE = /^\s*(select|insert|update|delete|with)\b/i;
/** Distinct statements per connection; beyond it, the oldest is deallocated. */
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

/** A SQL literal for a parameter, or undefined when it is not a plain scalar. */
function literal(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else if (typeof value === 'boolean') text = value ? 't' : 'f';
  else if (value instanceof Date && !Number.isNaN(value.getTime())) text = value.toISOString();
  else return undefined;
  // An untyped literal is coerced to the parameter's type exactly like a text-format bind
  // value; with standard_conforming_strings (PostgreSQL's default) doubling quotes is complete.
  if (text.includes('\0')) return undefined;
  return `'${text.replaceAll("'", "''")}'`;
}

type QueryFn = PGlite['query'];

/**
 * PGlite has no named statements in its API, but it is one session: `PREPARE` once, then
 * `EXECUTE name('literal', …)`. Anything unusual (arrays, bytes, JSON objects, DDL) goes
 * through unchanged.
 */
function preparedQuery(run: QueryFn, prepared: Map<string, string>): QueryFn {
  return async function query(text, params, options) {
    const values = params ?? [];
    const literals = values.map(literal);
    if (!PLANNABLE.test(text) || literals.some((l) => l === undefined)) {
      return run(text, params, options);
    }
    let name = prepared.get(text);
    if (!name) {
      name = statementName(text);
      await run(`PREPARE ${name} AS ${text}`);
      prepared.set(text, name);
      if (prepared.size > MAX_STATEMENTS) {
        const [oldestText, oldest] = prepared.entries().next().value as [string, string];
        prepared.delete(oldestText);
        await run(`DEALLOCATE ${oldest}`);
      }
    }
    const args = literals.length > 0 ? `(${literals.join(', ')})` : '';
    return run(`EXECUTE ${name}${args}`, [], options);
  } as QueryFn;
}

/** The PGlite client Drizzle is given: same object, with plan-caching `query` in and out of transactions. */
export function withPlanCache(client: PGlite): PGlite {
  const prepared = new Map<string, string>();
  const wrapTx = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get: (target, key, receiver) =>
        key === 'query'
          ? preparedQuery(target.query.bind(target) as QueryFn, prepared)
          : (Reflect.get(target, key, receiver) as unknown),
    });
  const query = preparedQuery(client.query.bind(client), prepared);
  return new Proxy(client, {
    get(target, key) {
      if (key === 'query') return query;
      if (key === 'transaction') {
        return <T>(callback: (tx: Transaction) => Promise<T>) =>
          target.transaction((tx) => callback(wrapTx(tx)));
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
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
