import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ENGINES, type TestEngine } from '../test/engines';
import { createScratchDatabase, openTestPglite } from '../test/engines';
import { openPostgres } from './open-postgres';
import { municipios, planesVigentes } from './schema';

/**
 * Tables shared by every municipality that still name one per row (a Citus reference table, not a
 * distributed one): the bank of experiences is read across municipalities by design (ADR 0020);
 * its row-level security is still checked above.
 */
const REFERENCE_TABLES = ['banco_casos'];

describe.each(ENGINES)('tenancy on %s', (_name, open) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await open();
    await engine.owner
      .exec(`INSERT INTO municipios (codigo, nombre, codigo_departamento, departamento) VALUES
      ('05001','Medellín','05','Antioquia'), ('25899','Zipaquirá','25','Cundinamarca');
      INSERT INTO planes_vigentes (municipality_id, instrumento, adopcion) VALUES
      ('05001','Acuerdo 48 de 2014','2014-12-19'), ('25899','Acuerdo 012 de 2000','2000-06-30')`);
  });
  afterAll(() => engine.close());

  it('runs the application as an ordinary role', async () => {
    const [row] = await engine.db.raw.query<{ u: string; su: boolean; by: boolean }>(
      'SELECT current_user AS u, rolsuper AS su, rolbypassrls AS by FROM pg_roles WHERE rolname = current_user',
    );
    expect(row).toEqual({ u: 'ruta_app', su: false, by: false });
  });

  it('enables and forces row-level security on every table with municipality_id', async () => {
    const rows = await engine.owner.query<{ relname: string; rls: boolean; forced: boolean }>(
      `SELECT c.relname, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'municipality_id'
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(row, row.relname).toMatchObject({ rls: true, forced: true });
  });

  it('leads every tenant key with municipality_id (ready for Citus distribution)', async () => {
    const rows = await engine.owner.query<{ relname: string; first: string }>(
      `SELECT c.relname, a.attname AS first FROM pg_index i
         JOIN pg_class c ON c.oid = i.indrelid
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
        WHERE i.indisprimary AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.oid AND x.attname = 'municipality_id')`,
    );
    for (const row of rows.filter((r) => !REFERENCE_TABLES.includes(r.relname)))
      expect(row.first, row.relname).toBe('municipality_id');
  });

  it('shows no tenant rows without a context, and only the own municipality with one', async () => {
    const none = await engine.db.orm.select().from(planesVigentes);
    expect(none).toHaveLength(0);
    const own = await engine.db.withContext({ municipio: '05001' }, (tx) =>
      tx.select().from(planesVigentes),
    );
    expect(own.map((p) => p.municipalityId)).toEqual(['05001']);
  });

  it('rejects writes into another municipality even when the query names it', async () => {
    await expect(
      engine.db.withContext({ municipio: '05001' }, (tx) =>
        tx
          .insert(planesVigentes)
          .values({ municipalityId: '25899', instrumento: 'x', adopcion: '2020-01-01' })
          .onConflictDoNothing(),
      ),
    ).rejects.toThrow();
    const updated = await engine.db.withContext({ municipio: '05001' }, (tx) =>
      tx.update(planesVigentes).set({ instrumento: 'alterado' }).returning(),
    );
    expect(updated.map((p) => p.municipalityId)).toEqual(['05001']);
  });

  it('keeps the context inside its transaction: 200 alternating requests never mix tenants', async () => {
    const codes = ['05001', '25899'];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const codigo = codes[i % 2]!;
        return engine.db.withContext({ municipio: codigo }, async (tx) => ({
          codigo,
          rows: await tx.select().from(planesVigentes),
        }));
      }),
    );
    for (const r of results) expect(r.rows.map((p) => p.municipalityId)).toEqual([r.codigo]);
  });

  it('lets only platform operators write the reference catalogue', async () => {
    await expect(
      engine.db.withContext({ municipio: '05001' }, (tx) =>
        tx.insert(municipios).values({
          codigo: '11001',
          nombre: 'Bogotá',
          codigoDepartamento: '11',
          departamento: 'Bogotá',
        }),
      ),
    ).rejects.toThrow();
  });
});

describe('refusal to run as a superuser', () => {
  it('PGlite refuses to start as postgres', async () => {
    await expect(openTestPglite({ appRole: 'postgres' })).rejects.toThrow(/se niega a iniciar/);
  });

  it('PostgreSQL refuses to start when the application role is a superuser', async () => {
    const scratch = await createScratchDatabase();
    try {
      await expect(openPostgres({ url: scratch.url, appRole: 'postgres' })).rejects.toThrow(
        /se niega a iniciar/,
      );
    } finally {
      await scratch.drop();
    }
  });
});
