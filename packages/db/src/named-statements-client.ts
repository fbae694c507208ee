import type pg from 'pg';

import { PLANNABLE, statementName } from './plan-cache';

/** A query's first argument, as node-postgres takes it. */
type QueryArgument = Parameters<pg.Client['query']>[0];

/** The pooled clients' extra method: SQL text sent as given, with no statement name. */
export interface SimpleQueryClient {
  simpleQuery(config: pg.QueryConfig): Promise<pg.QueryResult | pg.QueryResult[]>;
}

/**
 * The pool's client class (pg-pool's `Client` option, docs/adr/0026-public-driver-apis.md).
 *
 * node-postgres prepares a statement once per connection when a query carries a `name`
 * (docs/adr/0013-request-caches.md, addendum 2). Drizzle sends every statement unnamed, so this
 * subclass names each plain DML statement Drizzle sends (a config object with its parameters
 * array) by a hash of its text. Subclassing and pg-pool's `Client` option are public API; nothing
 * is replaced at run time.
 */
export function namedStatementsClient(Base: typeof pg.Client) {
  return class NamedStatementsClient extends Base implements SimpleQueryClient {
    override query(config: unknown, values?: unknown, callback?: unknown): never {
      const send = super.query.bind(this) as (...args: unknown[]) => never;
      if (
        Array.isArray(values) &&
        config !== null &&
        typeof config === 'object' &&
        'text' in config &&
        typeof config.text === 'string' &&
        !('name' in config && config.name) &&
        PLANNABLE.test(config.text)
      ) {
        return send({ ...config, name: statementName(config.text) }, values, callback);
      }
      return callback === undefined
        ? values === undefined
          ? send(config)
          : send(config, values)
        : send(config, values, callback);
    }

    /** Several statements in one simple-query message (BEGIN and the context ahead of a statement). */
    simpleQuery(config: pg.QueryConfig): Promise<pg.QueryResult | pg.QueryResult[]> {
      return super.query(config as QueryArgument & pg.QueryConfig);
    }
  };
}

/** The pooled client as {@link namedStatementsClient} made it; refuses any other. */
export function simpleQueryClient(client: object): SimpleQueryClient {
  if (!('simpleQuery' in client) || typeof client.simpleQuery !== 'function') {
    throw new Error('La conexión no pertenece al pool de la aplicación.');
  }
  return client as SimpleQueryClient;
}
