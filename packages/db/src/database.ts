import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

import type { schema } from './schema';
import type { SqlRunner } from './sql-runner';

/** Typed query builder over either engine. */
export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction carrying a request context; tenant tables are only touched through one. */
export type Tx = Parameters<Parameters<Orm['transaction']>[0]>[0];

export type DatabaseKind = 'pglite' | 'postgresql';

/**
 * Who is acting and on which municipality. Row-level security reads these values, so a query
 * that forgets its WHERE clause still cannot see another municipality (docs/adr/0009-tenancy.md).
 */
export interface RequestContext {
  /** DANE code of the municipality being acted on. */
  municipio?: string | undefined;
  /** Acting user's id. */
  usuario?: string | undefined;
  /** Platform operators and importers: may write the reference catalogue and read every scope. */
  plataforma?: boolean | undefined;
}

export interface UnitOptions {
  /**
   * Every statement, reads included, in one transaction on one connection of its own. For a long
   * read that should not hold up PostgreSQL's shared read connections (ADR 0018), or reads that
   * must see each other's locks. It does not change the isolation level (READ COMMITTED).
   */
  singleTransaction?: boolean | undefined;
}

export interface Database {
  kind: DatabaseKind;
  orm: Orm;
  /** Raw SQL as the application role (no request context). */
  raw: SqlRunner;
  /**
   * Runs `fn` as one unit of work with the request context set for row-level security: its reads
   * run one by one in read-only transactions until its first write opens the transaction that
   * holds the rest (ADR 0017, 0018).
   */
  withContext<T>(
    context: RequestContext,
    fn: (tx: Tx) => Promise<T>,
    options?: UnitOptions,
  ): Promise<T>;
  close(): Promise<void>;
}

/**
 * Refuses to run as a superuser, a BYPASSRLS role or a table owner: any of those would silently
 * switch off row-level security (reliability battery A3/H2).
 */
export async function assertOrdinaryRole(runner: SqlRunner): Promise<{ role: string }> {
  const rows = await runner.query<{
    role: string;
    rolsuper: boolean;
    rolbypassrls: boolean;
    owned: number;
  }>(
    `SELECT current_user AS role, r.rolsuper, r.rolbypassrls,
            (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const row = rows[0];
  if (!row) throw new Error('No se pudo leer el rol de la conexión.');
  if (row.rolsuper || row.rolbypassrls || row.owned > 0) {
    throw new Error(
      `La aplicación se niega a iniciar: el rol «${row.role}» es superusuario, tiene BYPASSRLS o es dueño de tablas. ` +
        'Con ese rol la seguridad por filas no aísla a los municipios. Use el rol ordinario ruta_app.',
    );
  }
  return { role: row.role };
}

/**
 * Refuses to start when `standard_conforming_strings` is off. The request path writes parameters
 * as SQL literals (plan-cache.ts `literal`); escape strings keep those right either way, but SQL
 * anywhere else that quotes by doubling only (migrations, reports) would read a backslash as an
 * escape, so an operator who turned the setting off must hear it at start-up, not from a wrong row.
 */
export async function assertStandardStrings(runner: SqlRunner): Promise<void> {
  const rows = await runner.query<{ value: string }>(
    `SELECT current_setting('standard_conforming_strings') AS value`,
  );
  if (rows[0]?.value !== 'on') {
    throw new Error(
      'La aplicación se niega a iniciar: la base de datos tiene standard_conforming_strings desactivado. ' +
        'Actívelo (ALTER DATABASE … SET standard_conforming_strings = on, o en postgresql.conf) y vuelva a iniciar.',
    );
  }
}

/** Rows of a raw `execute` result; both drivers return `{ rows }` but type it differently. */
export function rowsOf<Row>(result: unknown): Row[] {
  return (result as { rows: Row[] }).rows;
}
