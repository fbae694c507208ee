import { createTableRelationsHelpers, extractTablesRelationalConfig } from 'drizzle-orm';

import type { RequestContext } from './database';
import { literal } from './plan-cache';

/**
 * The `set_config` calls that set the request context for row-level security, as one SELECT list
 * (the unit of work puts them in its opening statement). `set_config(..., true)` is
 * transaction-local: the values cannot leak to the next request that reuses the connection.
 *
 * They carry literals rather than parameters so that they travel with `BEGIN`, or ahead of a
 * read, in one simple-query message: one round trip for a read (docs/adr/0017-request-path.md).
 */
export function contextSettings(context: RequestContext): string {
  const value = (text: string) => {
    const quoted = literal(text);
    if (quoted === undefined) throw new Error('Contexto de petición inválido.');
    return quoted;
  };
  return (
    `set_config('app.municipio', ${value(context.municipio ?? '')}, true), ` +
    `set_config('app.usuario', ${value(context.usuario ?? '')}, true), ` +
    `set_config('app.plataforma', '${context.plataforma ? 'on' : 'off'}', true)`
  );
}

/**
 * What Drizzle's session and transaction constructors take to support `tx.query.<table>`: the
 * relational configuration of `schema`, built with Drizzle's exported helpers exactly as
 * `drizzle({ schema })` builds its own.
 */
export function relationalConfig(schema: Record<string, unknown>) {
  const { tables, tableNamesMap } = extractTablesRelationalConfig(
    schema,
    createTableRelationsHelpers,
  );
  return { schema: tables, fullSchema: schema, tableNamesMap };
}
