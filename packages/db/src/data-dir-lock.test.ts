import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock';

const LOCK_MODULE = new URL('./data-dir-lock.ts', import.meta.url).pathname;

/** Starts another Node process that takes the lock and holds it until killed. */
function holdLockInChild(dir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `const m = await import(${JSON.stringify(LOCK_MODULE)}); m.acquireDataDirLock(${JSON.stringify(dir)}); console.log('bloqueado'); setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout.on(
      'data',
      (chunk: Buffer) => chunk.toString().includes('bloqueado') && resolve(child),
    );
    child.on('exit', (code) => reject(new Error(`el proceso hijo terminó (${code})`)));
  });
}

describe(acquireDataDirLock.name, () => {
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill('SIGKILL'));

  it('refuses a second process on the same data folder with a clear Spanish message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-bloqueo-'));
    child = await holdLockInChild(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(
      /está en uso por otro proceso de Ruta POT \(pid \d+\)/,
    );
  });

  it('takes over a lock left by a process that died (kill -9)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-bloqueo-'));
    child = await holdLockInChild(dir);
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'ruta-pot.lock'), 'utf8').split(' ')[0]).toBe(
      String(process.pid),
    );
    lock.release();
  });

  it('takes over a lock whose PID now belongs to another live program (PID reused after a reboot)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-bloqueo-'));
    // PID 1 is alive but is not the server that wrote the lock: another boot, another start time.
    writeFileSync(join(dir, 'ruta-pot.lock'), '1 00000000-0000-0000-0000-000000000000 12345');
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'ruta-pot.lock'), 'utf8').split(' ')[0]).toBe(
      String(process.pid),
    );
    lock.release();
    // An old lock with only a PID: PID 1 is not a Node.js process here, so it is stale too.
    writeFileSync(join(dir, 'ruta-pot.lock'), '1');
    const fromOldLock = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'ruta-pot.lock'), 'utf8').split(' ')[0]).toBe(
      String(process.pid),
    );
    fromOldLock.release();
    expect(existsSync(join(dir, 'ruta-pot.lock'))).toBe(false);
  });

  it('lets the same folder be locked again after release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-bloqueo-'));
    acquireDataDirLock(dir).release();
    expect(existsSync(join(dir, 'ruta-pot.lock'))).toBe(false);
    const again = acquireDataDirLock(dir);
    expect(existsSync(join(dir, 'ruta-pot.lock'))).toBe(true);
    again.release();
  });
});
