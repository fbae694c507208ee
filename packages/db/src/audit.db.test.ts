import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { ENGINES, type TestEngine } from '../test/engines';
import { appendAudit, PLATFORM_SCOPE, verifyAuditChains } from './audit';
import type { SqlRunner } from './sql-runner';

const SCOPES = ['05001', '25899'];

async function seedChain(engine: TestEngine, perScope = 5) {
  await engine.owner.exec(
    'ALTER TABLE auditoria DISABLE TRIGGER USER; TRUNCATE auditoria, auditoria_cabezas; ALTER TABLE auditoria ENABLE TRIGGER USER',
  );
  for (const scope of [...SCOPES, PLATFORM_SCOPE]) {
    for (let i = 0; i < perScope; i++) {
      await engine.db.withContext(
        { municipio: scope, plataforma: scope === PLATFORM_SCOPE },
        (tx) =>
          appendAudit(tx, {
            municipalityId: scope,
            actorId: null,
            actor: 'prueba@ejemplo.co',
            accion: 'prueba.accion',
            objeto: `objeto:${i}`,
            detalle: { i, texto: 'Zipaquirá ñandú', anidado: { b: 2, a: 1 } },
            ocurridoEn: new Date(Date.UTC(2026, 0, 1, 12, 0, i, 123)),
          }),
      );
    }
  }
}

/** Tampering happens as the database owner with the immutability triggers switched off. */
async function tamper(owner: SqlRunner, statement: string) {
  await owner.exec(
    `ALTER TABLE auditoria DISABLE TRIGGER USER; ${statement}; ALTER TABLE auditoria ENABLE TRIGGER USER`,
  );
}

describe.each(ENGINES)('audit chain on %s', (_name, open) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await open();
    await engine.owner
      .exec(`INSERT INTO municipios (codigo, nombre, codigo_departamento, departamento) VALUES
      ('05001','Medellín','05','Antioquia'), ('25899','Zipaquirá','25','Cundinamarca')`);
  });
  afterAll(() => engine.close());
  beforeEach(() => seedChain(engine));

  it('verifies an untouched chain', async () => {
    const report = await verifyAuditChains(engine.owner);
    expect(report).toMatchObject({ scopes: 3, entries: 15, problems: [] });
  });

  it('detects an edited entry', async () => {
    await tamper(
      engine.owner,
      "UPDATE auditoria SET actor = 'otro' WHERE municipality_id = '05001' AND secuencia = 3",
    );
    const { problems } = await verifyAuditChains(engine.owner);
    expect(problems).toContainEqual(
      expect.objectContaining({ municipalityId: '05001', secuencia: 3, problema: 'hash_alterado' }),
    );
  });

  it('detects an edited detail even when the JSON keys are reordered by jsonb', async () => {
    await tamper(
      engine.owner,
      `UPDATE auditoria SET detalle = '{"i": 99}' WHERE municipality_id = '25899' AND secuencia = 2`,
    );
    const { problems } = await verifyAuditChains(engine.owner);
    expect(problems.map((p) => p.problema)).toContain('hash_alterado');
  });

  it('detects a deleted entry in the middle', async () => {
    await tamper(
      engine.owner,
      "DELETE FROM auditoria WHERE municipality_id = '25899' AND secuencia = 2",
    );
    const { problems } = await verifyAuditChains(engine.owner);
    expect(problems).toContainEqual(
      expect.objectContaining({ municipalityId: '25899', problema: 'secuencia_faltante' }),
    );
  });

  it('detects deleted entries at the end of a chain', async () => {
    await tamper(
      engine.owner,
      "DELETE FROM auditoria WHERE municipality_id = '05001' AND secuencia >= 4",
    );
    const { problems } = await verifyAuditChains(engine.owner);
    expect(problems).toContainEqual(
      expect.objectContaining({ municipalityId: '05001', problema: 'cabeza_no_coincide' }),
    );
  });

  it('detects reordered entries', async () => {
    // Swap entries 2 and 3 through a temporary sequence number.
    await tamper(
      engine.owner,
      `UPDATE auditoria SET secuencia = 102 WHERE municipality_id = '05001' AND secuencia = 2;
       UPDATE auditoria SET secuencia = 2 WHERE municipality_id = '05001' AND secuencia = 3;
       UPDATE auditoria SET secuencia = 3 WHERE municipality_id = '05001' AND secuencia = 102`,
    );
    const { problems } = await verifyAuditChains(engine.owner);
    expect(problems.some((p) => p.municipalityId === '05001' && p.problema === 'enlace_roto')).toBe(
      true,
    );
  });

  it('detects many random tamperings, every one of them', async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 12; round++) {
      await seedChain(engine, 4);
      const scope = SCOPES[Math.floor(random() * 2)]!;
      const seq = 1 + Math.floor(random() * 4);
      const kind = round % 3;
      const statement =
        kind === 0
          ? `UPDATE auditoria SET objeto = objeto || 'x' WHERE municipality_id = '${scope}' AND secuencia = ${seq}`
          : kind === 1
            ? `DELETE FROM auditoria WHERE municipality_id = '${scope}' AND secuencia = ${seq}`
            : `UPDATE auditoria SET ocurrido_en = ocurrido_en + interval '1 second' WHERE municipality_id = '${scope}' AND secuencia = ${seq}`;
      await tamper(engine.owner, statement);
      const { problems } = await verifyAuditChains(engine.owner);
      expect(problems.length, statement).toBeGreaterThan(0);
    }
  });

  it('does not let the application role update, delete or truncate the log', async () => {
    await expect(engine.db.raw.exec("UPDATE auditoria SET actor = 'x'")).rejects.toThrow();
    await expect(engine.db.raw.exec('DELETE FROM auditoria')).rejects.toThrow();
    await expect(engine.db.raw.exec('TRUNCATE auditoria')).rejects.toThrow();
    expect((await verifyAuditChains(engine.owner)).entries).toBe(15);
  });

  it('serialises concurrent writers of one scope without forking the chain', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        engine.db.withContext({ municipio: '05001' }, (tx) =>
          appendAudit(tx, {
            municipalityId: '05001',
            actorId: null,
            actor: 'x',
            accion: 'concurrente',
            objeto: String(i),
            ocurridoEn: new Date(),
          }),
        ),
      ),
    );
    const report = await verifyAuditChains(engine.owner);
    expect(report.problems).toEqual([]);
    expect(report.entries).toBe(55);
  });
});
