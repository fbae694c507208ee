import { existsSync, rmSync } from 'node:fs';

import { archivos } from '@ruta-pot/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { FileStore } from './file-store';
import { storeCheckedUpload } from './stored-upload';

const CODIGO = '25899';
const context = { municipio: CODIGO };
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);

describe.each(ENGINES)('a checked upload on %s', (name, open) => {
  let t: TestApp;
  const registered = async (sha256: string) =>
    (
      await t.deps.db.withContext(context, (tx) =>
        tx
          .select()
          .from(archivos)
          .where(and(eq(archivos.municipalityId, CODIGO), eq(archivos.sha256, sha256))),
      )
    ).length;
  const onDisk = (sha256: string) => existsSync(t.deps.files.locate(CODIGO, sha256));
  /** Stores the file and commits: what a successful upload does. */
  const save = (bytes: Uint8Array) =>
    storeCheckedUpload(t.deps, { context, file: { name: 'acta.pdf', bytes } }, async (_tx, u) =>
      u.store(),
    );

  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('refuses a file by its bytes before anything is written', async () => {
    const bytes = new TextEncoder().encode('MZ\u0090 not a pdf');
    let ran = false;
    await expect(
      storeCheckedUpload(t.deps, { context, file: { name: 'acta.pdf', bytes } }, () => {
        ran = true;
        return Promise.resolve();
      }),
    ).rejects.toMatchObject({ code: 'carga_rechazada' });
    expect(ran).toBe(false);
    expect(onDisk(FileStore.sha256(bytes))).toBe(false);
  });

  it('discards the file of a save that rolls back after writing it', async () => {
    const bytes = pdf('se revierte');
    const sha256 = FileStore.sha256(bytes);
    await expect(
      storeCheckedUpload(t.deps, { context, file: { name: 'acta.pdf', bytes } }, async (_tx, u) => {
        const stored = await u.store();
        expect(onDisk(stored.sha256)).toBe(true);
        throw new Error('la transacción no termina');
      }),
    ).rejects.toThrow('la transacción no termina');
    expect(onDisk(sha256)).toBe(false);
    expect(await registered(sha256)).toBe(0);
  });

  it('keeps the file when a committed save registers the same bytes', async () => {
    const bytes = pdf('guardado por otra persona');
    const { sha256 } = await save(bytes);
    // The file went missing from the store, so the next write of these bytes creates it again;
    // its rollback must not take away what the committed row refers to.
    rmSync(t.deps.files.locate(CODIGO, sha256));
    await expect(
      storeCheckedUpload(t.deps, { context, file: { name: 'acta.pdf', bytes } }, async (_tx, u) => {
        await u.store();
        throw new Error('falla después de escribir');
      }),
    ).rejects.toThrow('falla después de escribir');
    expect(await registered(sha256)).toBe(1);
    expect(onDisk(sha256)).toBe(true);
  });

  it('never loses a file that a concurrent save of the same bytes commits while the first rolls back', async () => {
    const bytes = pdf('dos cargas a la vez');
    const sha256 = FileStore.sha256(bytes);
    let second: Promise<unknown> | undefined;
    await expect(
      storeCheckedUpload(t.deps, { context, file: { name: 'acta.pdf', bytes } }, async (_tx, u) => {
        const stored = await u.store();
        expect(onDisk(stored.sha256)).toBe(true);
        // A second upload of the same bytes waits for this one on the file's lock.
        second = save(bytes);
        if (name === 'postgresql') {
          for (let i = 0; i < 200; i++) {
            const [waiting] = await t.engine.owner.query<{ n: number }>(
              "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
            );
            if (waiting!.n > 0) break;
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        } else await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('la primera carga falla');
      }),
    ).rejects.toThrow('la primera carga falla');
    await second;
    expect(await registered(sha256)).toBe(1);
    expect(onDisk(sha256)).toBe(true);
    expect(t.deps.files.read(CODIGO, sha256)).toEqual(bytes);
  });
});
