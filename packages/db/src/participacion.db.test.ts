import { randomUUID } from 'node:crypto';

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ENGINES, type TestEngine, TWO_MUNICIPALITIES } from '../test/engines';
import { rowsOf } from './database';

// Participation tables (migration 202612040601): tenant-scoped, geometry on EPSG:9377 validated by
// the database as a last fence, an accepted answer must name what changed.
describe.each(ENGINES)('participation tables on %s', (_name, open) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await open();
    await engine.owner.exec(TWO_MUNICIPALITIES);
  });
  afterAll(() => engine.close());

  const insertAporte = (municipio: string, geomWkt: string | null, codigo: string) => {
    const id = randomUUID();
    return engine.db
      .withContext({ municipio }, (tx) =>
        tx.execute(sql`INSERT INTO participacion_aportes
          (municipality_id, id, codigo, origen, estado, texto, recibido_en, creado_en, geom)
          VALUES (${municipio}, ${id}, ${codigo}, 'portal', 'recibido',
            ${'<script>alert(1)</script> el parque de la calle 5'}, '2026-11-02', now(),
            CASE WHEN ${geomWkt}::text IS NULL THEN NULL ELSE ST_GeomFromText(${geomWkt}::text, 9377) END)`),
      )
      .then(() => id);
  };

  it('stores an aporte with a polygon and keeps its text as written', async () => {
    const id = await insertAporte(
      '25899',
      'POLYGON((4880000 2100000, 4880100 2100000, 4880100 2100100, 4880000 2100000))',
      'A-000001',
    );
    const rows = rowsOf<{ texto: string; srid: number }>(
      await engine.db.withContext({ municipio: '25899' }, (tx) =>
        tx.execute(
          sql`SELECT texto, ST_SRID(geom) AS srid FROM participacion_aportes WHERE id = ${id}`,
        ),
      ),
    );
    expect(rows).toEqual([
      { texto: '<script>alert(1)</script> el parque de la calle 5', srid: 9377 },
    ]);
  });

  it('refuses an invalid (self-intersecting) polygon and writes nothing', async () => {
    await expect(
      insertAporte('25899', 'POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))', 'A-000002'),
    ).rejects.toThrow();
    const rows = rowsOf<{ n: number }>(
      await engine.db.withContext({ municipio: '25899' }, (tx) =>
        tx.execute(
          sql`SELECT count(*)::int AS n FROM participacion_aportes WHERE codigo = 'A-000002'`,
        ),
      ),
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('another municipality does not see the aporte', async () => {
    const rows = rowsOf<{ n: number }>(
      await engine.db.withContext({ municipio: '05001' }, (tx) =>
        tx.execute(sql`SELECT count(*)::int AS n FROM participacion_aportes`),
      ),
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('refuses an accepted answer that does not name what changed', async () => {
    const id = await insertAporte('25899', null, 'A-000003');
    const answer = (articulo: string | null) =>
      engine.db.withContext({ municipio: '25899' }, (tx) =>
        tx.execute(sql`INSERT INTO participacion_respuestas
          (municipality_id, aporte_id, resultado, razones, documento_version, articulo, respondido_en)
          VALUES ('25899', ${id}, 'aceptado', 'Se ajusta la norma del sector como se propone.',
            'v3', ${articulo}, now())`),
      );
    await expect(answer(null)).rejects.toThrow();
    await expect(answer('Artículo 12')).resolves.toBeDefined();
  });
});
