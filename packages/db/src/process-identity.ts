import { readFileSync } from 'node:fs';

/**
 * Who a process is, beyond its PID: PIDs are reused after a reboot or a long uptime, so a lock
 * written by a dead server may name a PID that now belongs to another program. On Linux the
 * kernel's boot id and the process's start time (field 22 of /proc/<pid>/stat, in clock ticks
 * since boot) identify one process for good; elsewhere only the PID is known.
 */
export interface ProcessIdentity {
  pid: number;
  bootId: string | null;
  startTicks: string | null;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
};

/** Start time of a process in clock ticks since boot, or null when /proc does not tell. */
function startTicksOf(pid: number): string | null {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) is in parentheses and may contain spaces: count after the last «)».
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

function currentBootId(): string | null {
  return read('/proc/sys/kernel/random/boot_id');
}

export function identityOf(pid: number): ProcessIdentity {
  return { pid, bootId: currentBootId(), startTicks: startTicksOf(pid) };
}

/** The lock file's text: one line, `pid bootId startTicks` (older files hold only the pid). */
export const formatIdentity = (id: ProcessIdentity) =>
  [id.pid, id.bootId ?? '-', id.startTicks ?? '-'].join(' ');

export function parseIdentity(text: string): ProcessIdentity | null {
  const [pid, bootId, startTicks] = text.trim().split(/\s+/);
  const n = Number(pid);
  if (!Number.isInteger(n) || n <= 0) return null;
  const known = (v: string | undefined) => (v && v !== '-' ? v : null);
  return { pid: n, bootId: known(bootId), startTicks: known(startTicks) };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process a lock names is still the one that wrote it: its PID is alive, in the same
 * boot, with the same start time. A lock from before the identity was recorded (PID only) counts
 * as live only while that PID is a Node.js process.
 */
export function stillRunning(id: ProcessIdentity): boolean {
  if (!pidAlive(id.pid)) return false;
  const bootId = currentBootId();
  if (id.bootId && bootId && id.bootId !== bootId) return false;
  const ticks = startTicksOf(id.pid);
  if (id.startTicks && ticks) return id.startTicks === ticks;
  const cmdline = read(`/proc/${id.pid}/cmdline`);
  return cmdline === null || /node/i.test(cmdline);
}
