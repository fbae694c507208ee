import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { SqlRunner } from './sql-runner';

/** Folder of forward-only, timestamped SQL migrations (convention 12). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

export interface MigrationFile {
  version: string;
  sql: string;
  checksum: string;
}

/** Reads the migrations in version order; the version is the file name without `.sql`. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((name) => /^\d{12}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(dir + name, 'utf8');
      return {
        version: name.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/**
 * Applies pending migrations, each in its own transaction, as the schema owner. A migration that
 * changed after being applied stops everything: migrations are history, never edited.
 */
export async function migrate(runner: SqlRunner, files = readMigrations()): Promise<string[]> {
  await runner.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, checksum text NOT NULL, aplicada_en timestamptz NOT NULL DEFAULT now())`);
  const applied = new Map(
    (
      await runner.query<{ version: string; checksum: string }>(
        'SELECT version, checksum FROM schema_migrations',
      )
    ).map((row) => [row.version, row.checksum]),
  );
  const done: string[] = [];
  for (const file of files) {
    const previous = applied.get(file.version);
    if (previous !== undefined) {
      if (previous !== file.checksum) {
        throw new Error(
          `La migración ${file.version} cambió después de aplicarse. Las migraciones no se editan: cree una nueva.`,
        );
      }
      continue;
    }
    try {
      await runner.exec(
        `BEGIN;\n${file.sql}\n;INSERT INTO schema_migrations (version, checksum) VALUES ('${file.version}', '${file.checksum}');\nCOMMIT;`,
      );
    } catch (error) {
      await runner.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
    done.push(file.version);
  }
  await runner.exec('GRANT SELECT ON schema_migrations TO ruta_app');
  return done;
}

/** Versions not yet applied (the app refuses to start on a database that is behind). */
export async function pendingMigrations(runner: SqlRunner, files = readMigrations()) {
  const rows = await runner.query<{ version: string }>(
    "SELECT version FROM schema_migrations WHERE to_regclass('schema_migrations') IS NOT NULL",
  );
  const applied = new Set(rows.map((r) => r.version));
  return files.filter((f) => !applied.has(f.version)).map((f) => f.version);
}
