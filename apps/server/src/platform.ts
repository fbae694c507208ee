import { join } from 'node:path';

import { acquireDataDirLock, type Database, openPglite, openPostgres } from '@ruta-pot/db';
import { createBusinessCalendar } from '@ruta-pot/domain';

import type { ServerConfig } from './config/env';
import type { Deps } from './http/types';
import { FileStore } from './modules/ruta/file-store';

export interface Platform {
  deps: Deps;
  close(): Promise<void>;
}

/**
 * Opens the configured engine: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in
 * the data folder under an exclusive lock (taken before PGlite touches the files).
 */
export async function openPlatform(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl' | 'appPassword' | 'filesDir'>,
): Promise<Platform> {
  let db: Database;
  let release = () => {};
  if (config.databaseUrl) {
    db = await openPostgres({ url: config.databaseUrl, appPassword: config.appPassword });
  } else {
    const lock = acquireDataDirLock(config.dataDir);
    release = () => lock.release();
    try {
      db = await openPglite({
        dataDir: join(config.dataDir, 'pgdata'),
        // The slimmed PostGIS bundle is extracted here once (ADR 0016).
        cacheDir: join(config.dataDir, 'cache'),
      });
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  const deps: Deps = {
    db,
    clock: { now: () => new Date() },
    calendar: createBusinessCalendar(),
    files: new FileStore(config.filesDir),
  };
  return {
    deps,
    async close() {
      await db.close();
      release();
    },
  };
}
