import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createScratchDatabase, openTestPglite, ownerConnection } from '../test/engines';
import { appendAudit } from './audit';
import {
  backupPglite,
  backupPostgres,
  type BackupReport,
  type EvidenceStore,
  restoreBackup,
  type RestoreTarget,
} from './backup';
import type { Database } from './database';
import { openPostgres } from './open-postgres';
import type { SqlRunner } from './sql-runner';

/** The server's FileStore layout (apps/server/src/modules/ruta/file-store.ts), which db cannot import. */
function storeAt(root: string): EvidenceStore {
  return { root, locate: (m, sha) => join(root, m, sha.slice(0, 2), sha) };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Three documents in two municipalities; the first backs two evidence versions. */
const DOCUMENTS = [
  { municipio: '05001', bytes: Buffer.from('%PDF-1.7 acta de concertación'), uses: 2 },
  { municipio: '05001', bytes: Buffer.from('%PDF-1.7 documento técnico de soporte'), uses: 1 },
  { municipio: '25899', bytes: Buffer.from('%PDF-1.7 cartografía Zipaquirá'), uses: 1 },
].map((d) => ({ ...d, sha256: sha256(d.bytes) }));

function writeDocuments(store: EvidenceStore) {
  for (const d of DOCUMENTS) {
    const path = store.locate(d.municipio, d.sha256);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, d.bytes);
  }
}

/** Rows as the owner (fixtures), the audit entry the way the app writes it. */
async function seedEvidence(owner: SqlRunner, db: Database) {
  const user = '00000000-0000-4000-8000-000000000001';
  await owner.exec(`INSERT INTO municipios (codigo, nombre, codigo_departamento, departamento) VALUES
    ('05001','Medellín','05','Antioquia'), ('25899','Zipaquirá','25','Cundinamarca');
    INSERT INTO usuarios (id, email, nombre, hash_contrasena) VALUES ('${user}', 'ana@ejemplo.co', 'Ana', 'x')`);
  let version = 0;
  for (const m of ['05001', '25899']) {
    const proceso = `00000000-0000-4000-8000-0000000${m}`;
    await owner.exec(`INSERT INTO procesos (municipality_id, id, tipo_revision, tipo_plan, etapa_actual, fecha_base, iniciado_en)
        VALUES ('${m}', '${proceso}', 'revision_general', 'POT', 'diagnostico', '2026-01-01', now());
      INSERT INTO items_proceso (municipality_id, proceso_id, id, etapa, orden, nombre, descripcion, requerido)
        VALUES ('${m}', '${proceso}', 'dts', 'diagnostico', 1, 'DTS', 'Documento técnico', true)`);
    for (const d of DOCUMENTS.filter((doc) => doc.municipio === m)) {
      await owner.exec(
        `INSERT INTO archivos VALUES ('${m}', '${d.sha256}', ${d.bytes.length}, 'application/pdf', now())`,
      );
      for (let i = 0; i < d.uses; i++) {
        version++;
        await owner.exec(`INSERT INTO evidencias VALUES ('${m}', gen_random_uuid(), '${proceso}', 'dts',
          ${version}, 'documento-${version}.pdf', '${d.sha256}', '${user}', now())`);
      }
    }
    await db.withContext({ municipio: m }, (tx) =>
      appendAudit(tx, {
        municipalityId: m,
        actorId: user,
        actor: 'ana@ejemplo.co',
        accion: 'evidencia.cargar',
        objeto: `item:${proceso}/dts`,
        ocurridoEn: new Date(Date.UTC(2026, 0, 2)),
      }),
    );
  }
}

/** One engine under test, plus a way to make an empty place to restore into. */
interface BackupEngine {
  backup(folder: string, store: EvidenceStore): Promise<BackupReport>;
  freshTarget(): Promise<{
    target: RestoreTarget;
    countEvidence(): Promise<number>;
    drop(): Promise<void>;
  }>;
  close(): Promise<void>;
}

async function pgliteEngine(): Promise<BackupEngine> {
  const db = await openTestPglite();
  const owner: SqlRunner = {
    exec: async (text) => void (await db.client.exec(`RESET ROLE; ${text}; SET ROLE ruta_app;`)),
    query: () => Promise.reject(new Error('not needed')),
  };
  await seedEvidence(owner, db);
  return {
    backup: (folder, store) => backupPglite({ client: db.client, folder, store }),
    freshTarget() {
      const pgdataDir = join(mkdtempSync(join(tmpdir(), 'ruta-restaurar-')), 'pgdata');
      return Promise.resolve({
        target: { kind: 'pglite', pgdataDir },
        async countEvidence() {
          const client = await PGlite.create({ dataDir: pgdataDir, extensions: { postgis } });
          try {
            return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM evidencias'))
              .rows[0]!.n;
          } finally {
            await client.close();
          }
        },
        drop: () => Promise.resolve(rmSync(dirname(pgdataDir), { recursive: true, force: true })),
      });
    },
    close: () => db.close(),
  };
}

async function postgresEngine(): Promise<BackupEngine> {
  const scratch = await createScratchDatabase();
  const db = await openPostgres({ url: scratch.url, poolSize: 2 });
  const admin = await ownerConnection(scratch.url);
  const owner: SqlRunner = {
    exec: async (text) => void (await admin.query(text)),
    query: async <Row>(text: string) => (await admin.query(text)).rows as Row[],
  };
  await seedEvidence(owner, db);
  return {
    backup: (folder, store) => backupPostgres({ url: scratch.url, folder, admin: owner, store }),
    async freshTarget() {
      const target = await createScratchDatabase();
      return {
        target: { kind: 'postgresql', url: target.url },
        async countEvidence() {
          const client = await ownerConnection(target.url);
          try {
            return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM evidencias'))
              .rows[0]!.n;
          } finally {
            await client.end();
          }
        },
        drop: () => target.drop(),
      };
    },
    async close() {
      await admin.end();
      await db.close();
      await scratch.drop();
    },
  };
}

describe.each([
  ['pglite', pgliteEngine],
  ['postgresql', postgresEngine],
] as const)('backup with evidence files on %s', (_name, open) => {
  let engine: BackupEngine;
  let work: string;
  let store: EvidenceStore;
  beforeAll(async () => {
    engine = await open();
  });
  afterAll(() => engine.close());
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'ruta-respaldo-'));
    store = storeAt(join(work, 'datos', 'archivos'));
    writeDocuments(store);
    return () => rmSync(work, { recursive: true, force: true });
  });

  // Five PGlite starts (backup proof, two restores, a reopen) at up to ~12 s each on a busy machine.
  it(
    'backs up the dump and every evidence file, and restores both byte for byte',
    { timeout: 240_000 },
    async () => {
      const folder = join(work, 'respaldo');
      const { manifest } = await engine.backup(folder, store);
      expect(manifest.filas).toMatchObject({ archivos: 3, evidencias: 4, municipios: 2 });
      expect(manifest.archivos).toHaveLength(3);
      expect(manifest.cabezasAuditoria.map((h) => h.municipio)).toEqual(['05001', '25899']);
      expect(existsSync(join(folder, 'manifiesto.json'))).toBe(true);
      expect(existsSync(`${folder}.parcial`)).toBe(false);

      const place = await engine.freshTarget();
      try {
        const into = storeAt(join(work, 'restaurado', 'archivos'));
        // A damaged copy inside the backup is named, and nothing is restored.
        const damaged = join(folder, 'archivos', '25899', DOCUMENTS[2]!.sha256);
        writeFileSync(damaged, 'alterado');
        await expect(restoreBackup({ folder, target: place.target, store: into })).rejects.toThrow(
          new RegExp(`25899/${DOCUMENTS[2]!.sha256}: está dañado en el respaldo`),
        );
        expect(existsSync(into.root)).toBe(false);
        writeFileSync(damaged, DOCUMENTS[2]!.bytes);

        const report = await restoreBackup({ folder, target: place.target, store: into });
        expect(report).toMatchObject({ files: 3, setAside: [], replacedDatabase: false });
        for (const d of DOCUMENTS) {
          expect(readFileSync(into.locate(d.municipio, d.sha256)).equals(d.bytes)).toBe(true);
        }
        expect(await place.countEvidence()).toBe(4);

        // The target now holds data: refused without the flag, replaced with it.
        await expect(restoreBackup({ folder, target: place.target, store: into })).rejects.toThrow(
          /No se restauró nada: el destino ya tiene datos.*--sobrescribir/,
        );
        const again = await restoreBackup({
          folder,
          target: place.target,
          store: into,
          overwrite: true,
        });
        expect(again.setAside.some((p) => p.includes('archivos.anterior-'))).toBe(true);
        expect(
          again.replacedDatabase || again.setAside.some((p) => p.includes('pgdata.anterior-')),
        ).toBe(true);
      } finally {
        await place.drop();
      }
    },
  );

  it('fails naming a stored file whose bytes no longer match its SHA-256', async () => {
    const bad = DOCUMENTS[1]!;
    writeFileSync(store.locate(bad.municipio, bad.sha256), 'bytes cambiados');
    const folder = join(work, 'respaldo');
    await expect(engine.backup(folder, store)).rejects.toThrow(
      new RegExp(`05001/${bad.sha256} \\(1 evidencia\\): el archivo está dañado`),
    );
    expect(existsSync(folder)).toBe(false);
    expect(existsSync(`${folder}.parcial`)).toBe(false);
  });

  it('fails naming a stored file that was deleted', async () => {
    const gone = DOCUMENTS[0]!;
    rmSync(store.locate(gone.municipio, gone.sha256));
    const folder = join(work, 'respaldo');
    await expect(engine.backup(folder, store)).rejects.toThrow(
      new RegExp(`05001/${gone.sha256} \\(2 evidencias\\): falta en el almacén de archivos`),
    );
    expect(existsSync(folder)).toBe(false);
  });
});
