import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';

const vivos = new Set<ChildProcess>();

/** Spawns a child that is killed if the benchmark process ends first (self-terminating runs). */
export function lanzar(cmd: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  vivos.add(child);
  child.once('exit', () => vivos.delete(child));
  return child;
}

/** Keeps the last lines of a child's output (for error messages) and drains its pipes. */
export function capturarSalida(child: ChildProcess, lineas = 40): () => string {
  const buffer: string[] = [];
  // A chunk may end in the middle of a line: its tail waits for the next chunk of its stream.
  const colas = { stdout: '', stderr: '' };
  const lector = (flujo: keyof typeof colas) => (chunk: Buffer) => {
    const partes = (colas[flujo] + chunk.toString()).split('\n');
    colas[flujo] = partes.pop() ?? '';
    buffer.push(...partes);
    if (buffer.length > lineas) buffer.splice(0, buffer.length - lineas);
  };
  child.stdout?.on('data', lector('stdout'));
  child.stderr?.on('data', lector('stderr'));
  return () => [...buffer, colas.stdout, colas.stderr].filter((l) => l !== '').join('\n');
}

export function terminado(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves when the child exits; rejects after `ms`. */
export function esperarSalida(child: ChildProcess, ms: number): Promise<number | null> {
  if (terminado(child)) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pid ${child.pid} no terminó en ${ms} ms`)),
      ms,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** SIGTERM and wait (the server releases its data-folder lock); SIGKILL after 20 s. */
export async function detener(child: ChildProcess): Promise<void> {
  if (terminado(child)) return;
  child.kill('SIGTERM');
  try {
    await esperarSalida(child, 20_000);
  } catch {
    child.kill('SIGKILL');
    await esperarSalida(child, 5_000);
  }
}

export function matarTodos(): void {
  for (const child of vivos) child.kill('SIGKILL');
}

/** Resident memory (VmRSS) of a process, in MB, from /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (kb === undefined) throw new Error(`sin VmRSS para pid ${pid}`);
  return Number(kb) / 1024;
}

/** CPU time (user + system) consumed so far by a process, in ms (/proc/<pid>/stat, CLK_TCK 100). */
export function cpuMs(pid: number): number {
  const campos = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(campos[11]) + Number(campos[12])) * 10;
}

export const dormir = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
