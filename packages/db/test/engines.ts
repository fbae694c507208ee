import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

import type { Database } from '../src/database';
import { migrate, readMigrations } from '../src/migrate';
import { openPglite } from '../src/open-pglite';
import { openPostgres } from '../src/open-postgres';
import { postgisOnDemand } from '../src/postgis-on-demand';
import type { SqlRunner } from '../src/sql-runner';

/** PostgreSQL server used by the db tier (the machine's local cluster, trust auth). */
export const POSTGRES_URL =
  process.env.DATABASE_URL_PRUEBAS ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestEngine {
  name: 'pglite' | 'postgresql';
  db: Database;
  /** Superuser access for tampering and catalogue checks (never what the app uses). */
  owner: SqlRunner;
  close(): Promise<void>;
}

/**
 * A migrated PGlite data folder, dumped once per set of migrations and reused by every test:
 * creating the PostGIS extension dominates PGlite's start-up (~15 s), loading a dump takes ~3 s.
 */
export async function migratedTemplate(): Promise<Blob> {
  const key = createHash('sha256')
    .update(
      readMigrations()
        .map((m) => m.checksum)
        .join(','),
    )
    .digest('hex')
    .slice(0, 16);
  const file = join(tmpdir(), `ruta-pot-plantilla-${key}.tar.gz`);
  if (!existsSync(file)) {
    const client = await PGlite.create({ extensions: { postgis: postgisOnDemand() } });
    await migrate({
      exec: async (text) => void (await client.exec(text)),
      query: async <Row>(text: string, params?: unknown[]) =>
        (await client.query<Row>(text, params)).rows,
    });
    const dump = await client.dumpDataDir('gzip');
    await client.close();
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

/** An in-memory PGlite started from the migrated template. */
export async function openTestPglite(options: { appRole?: string } = {}) {
  return openPglite({ loadDataDir: await migratedTemplate(), ...options });
}

async function pgliteEngine(): Promise<TestEngine> {
  const db = await openTestPglite();
  const owner: SqlRunner = {
    async exec(text) {
      await db.client.exec(`RESET ROLE; ${text}; SET ROLE ruta_app;`);
    },
    async query<Row>(text: string, params?: unknown[]) {
      await db.client.exec('RESET ROLE');
      try {
        return (await db.client.query<Row>(text, params)).rows;
      } finally {
        await db.client.exec('SET ROLE ruta_app');
      }
    },
  };
  return { name: 'pglite', db, owner, close: () => db.close() };
}

/** A superuser connection to `url`, for setting up, tampering and catalogue checks. */
export async function ownerConnection(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // A lost connection already fails the statement in flight, or the next one; unheard, its
  // 'error' event would also be an uncaught exception that fails the whole run.
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** A throw-away database on the local PostgreSQL for one test file. */
export async function createScratchDatabase() {
  const name = `ruta_prueba_${randomBytes(6).toString('hex')}`;
  const admin = await ownerConnection(POSTGRES_URL);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = await ownerConnection(POSTGRES_URL);
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function postgresEngine(): Promise<TestEngine> {
  const scratch = await createScratchDatabase();
  const db = await openPostgres({ url: scratch.url, poolSize: 4 });
  const ownerClient = await ownerConnection(scratch.url);
  const owner: SqlRunner = {
    async exec(text) {
      await ownerClient.query(text);
    },
    async query<Row>(text: string, params?: unknown[]) {
      return (await ownerClient.query(text, params)).rows as Row[];
    },
  };
  return {
    name: 'postgresql',
    db,
    owner,
    async close() {
      await ownerClient.end();
      await db.close();
      await scratch.drop();
    },
  };
}

/** Medellín and Zipaquirá, each with its plan in force: the two tenants db tests compare. */
export const TWO_MUNICIPALITIES = `INSERT INTO municipios (codigo, nombre, codigo_departamento, departamento)
  VALUES ('05001','Medellín','05','Antioquia'), ('25899','Zipaquirá','25','Cundinamarca');
  INSERT INTO planes_vigentes (municipality_id, instrumento, adopcion)
  VALUES ('05001','Acuerdo 48 de 2014','2014-12-19'), ('25899','Acuerdo 012 de 2000','2000-06-30')`;

/** Both engines, so every db-tier suite runs on the embedded and the production database. */
export const ENGINES = [
  ['pglite', pgliteEngine],
  ['postgresql', postgresEngine],
] as const;
