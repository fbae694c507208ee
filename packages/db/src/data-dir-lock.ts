import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

import { formatIdentity, identityOf, parseIdentity, stillRunning } from './process-identity';

/** Thrown when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `La carpeta de datos «${dataDir}» está en uso por otro proceso de Ruta POT (pid ${pid}). ` +
        'Dos procesos sobre la misma carpeta pierden datos: detenga el otro proceso o use otra carpeta (RUTA_POT_DATOS).',
    );
  }
}

/**
 * Takes an exclusive lock on the embedded data folder. PGlite has no lock of its own, and two
 * processes on one folder silently lose acknowledged writes (reliability battery H1). A lock left
 * by a dead process (kill -9, power loss) is taken over, also when its PID was reused by another
 * program after a reboot: the lock records the boot id and the process's start time.
 */
export function acquireDataDirLock(dataDir: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'ruta-pot.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, formatIdentity(identityOf(process.pid)));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = parseIdentity(readFileSync(path, 'utf8'));
      if (holder && holder.pid !== process.pid && stillRunning(holder)) {
        throw new DataDirLockedError(dataDir, holder.pid);
      }
      // Stale: move it aside atomically so two starters cannot both delete and recreate it.
      renameSync(path, `${path}.stale-${process.pid}`);
      rmSync(`${path}.stale-${process.pid}`, { force: true });
    }
  }
  throw new Error(`No se pudo tomar el bloqueo de la carpeta de datos «${dataDir}».`);
}
