import { resolve } from 'node:path';

/** Settings read once at start; every other module receives them as arguments. */
export interface ServerConfig {
  port: number;
  /** Embedded data folder (PGlite); ignored when databaseUrl is set. */
  dataDir: string;
  /** PostgreSQL owner connection; selects the production engine when present. */
  databaseUrl: string | undefined;
  appPassword: string | undefined;
  /** Seed demo municipalities and accounts on start. */
  demo: boolean;
  /** Evidence files (content-addressed); defaults to <dataDir>/archivos. */
  filesDir: string;
  /** Folder with the built web app (served at /). */
  webDist: string;
}

/** Parses the environment; invalid values stop the start with a Spanish message. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? '3000');
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT no es un puerto válido: «${env.PORT}».`);
  }
  return {
    port,
    dataDir: resolve(env.RUTA_POT_DATOS ?? 'datos'),
    filesDir: resolve(env.RUTA_POT_ARCHIVOS ?? resolve(env.RUTA_POT_DATOS ?? 'datos', 'archivos')),
    databaseUrl: env.DATABASE_URL || undefined,
    appPassword: env.RUTA_POT_APP_PASSWORD || undefined,
    demo: env.RUTA_POT_DEMO !== '0',
    webDist: resolve(
      env.RUTA_POT_WEB_DIST ?? new URL('../../../web/dist', import.meta.url).pathname,
    ),
  };
}
