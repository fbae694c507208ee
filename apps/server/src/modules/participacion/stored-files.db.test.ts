import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';

import { archivos, rowsOf } from '@ruta-pot/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, ENGINES, TEST_NOW, type TestApp } from '../../../test/test-app';
import { FileStore } from '../ruta/file-store';
import { insertAporte, withFileCleanup } from './aporte-intake';
import { type CheckedFile, withFiles } from './workspace-files';
import type { WorkspaceActor } from './workspace-shared';

const CODIGO = '25899';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
const checked = (bytes: Uint8Array): CheckedFile => ({
  bytes,
  nombre: 'acta.pdf',
  tipo: 'application/pdf',
  kind: 'pdf',
});

describe.each(ENGINES)('participation attachments that do not commit on %s', (_name, open) => {
  let t: TestApp;
  const actor: WorkspaceActor = {
    codigo: CODIGO,
    user: {
      id: randomUUID(),
      email: 'prueba@example.org',
      nombre: 'Prueba',
      esAdministrador: false,
      autoridadAmbientalId: null,
    },
    roles: [],
  };
  const onDisk = (sha256: string) => existsSync(t.deps.files.locate(CODIGO, sha256));
  const registered = async (sha256: string) =>
    (
      await t.deps.db.withContext({ municipio: CODIGO }, (tx) =>
        tx
          .select()
          .from(archivos)
          .where(and(eq(archivos.municipalityId, CODIGO), eq(archivos.sha256, sha256))),
      )
    ).length;
  const aportes = async (texto: string) =>
    rowsOf<{ n: number }>(
      await t.deps.db.withContext({ municipio: CODIGO }, (tx) =>
        tx.execute(
          sql`SELECT count(*)::int AS n FROM participacion_aportes WHERE municipality_id = ${CODIGO} AND texto = ${texto}`,
        ),
      ),
    )[0]!.n;
  /** An aporte with attachments whose transaction fails after everything is written. */
  const failedAporte = (texto: string, adjuntos: { name: string; bytes: Uint8Array }[]) =>
    withFileCleanup(t.deps, CODIGO, (created) =>
      t.deps.db.withContext({ municipio: CODIGO }, async (tx) => {
        await insertAporte(
          { tx, deps: t.deps, codigo: CODIGO, at: TEST_NOW, createdFiles: created },
          { origen: 'ventanilla', estado: 'recibido', texto, recibidoEn: '2026-03-02', adjuntos },
        );
        for (const file of adjuntos) expect(onDisk(FileStore.sha256(file.bytes))).toBe(true);
        throw new Error('la transacción no termina');
      }),
    );

  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('a workspace upload that rolls back leaves no file behind', async () => {
    const bytes = pdf('planilla que se revierte');
    const sha256 = FileStore.sha256(bytes);
    await expect(
      withFiles(t.deps, actor, async (_tx, store) => {
        expect(await store(checked(bytes))).toBe(sha256);
        expect(onDisk(sha256)).toBe(true);
        throw new Error('la transacción no termina');
      }),
    ).rejects.toThrow('la transacción no termina');
    expect(onDisk(sha256)).toBe(false);
    expect(await registered(sha256)).toBe(0);
  });

  it('an aporte that rolls back leaves none of its attachments behind', async () => {
    const adjuntos = [
      { name: 'foto.pdf', bytes: pdf('primer adjunto') },
      { name: 'plano.pdf', bytes: pdf('segundo adjunto') },
    ];
    const texto = 'Un aporte que no llega a guardarse.';
    await expect(failedAporte(texto, adjuntos)).rejects.toThrow('la transacción no termina');
    expect(await aportes(texto)).toBe(0);
    for (const { bytes } of adjuntos) {
      expect(onDisk(FileStore.sha256(bytes))).toBe(false);
      expect(await registered(FileStore.sha256(bytes))).toBe(0);
    }
  });

  it('a rollback keeps a file that a committed upload of the same bytes registers', async () => {
    const bytes = pdf('guardado por la oficina');
    const sha256 = await withFiles(t.deps, actor, (_tx, store) => store(checked(bytes)));
    // The file went missing from the store, so the next writes of these bytes create it again;
    // their rollbacks must not take away what the committed row refers to.
    rmSync(t.deps.files.locate(CODIGO, sha256));
    await expect(
      withFiles(t.deps, actor, async (_tx, store) => {
        await store(checked(bytes));
        throw new Error('falla después de escribir');
      }),
    ).rejects.toThrow('falla después de escribir');
    expect(onDisk(sha256)).toBe(true);
    rmSync(t.deps.files.locate(CODIGO, sha256));
    await expect(
      failedAporte('Un aporte con el mismo archivo.', [{ name: 'acta.pdf', bytes }]),
    ).rejects.toThrow('la transacción no termina');
    expect(onDisk(sha256)).toBe(true);
    expect(await registered(sha256)).toBe(1);
  });
});
