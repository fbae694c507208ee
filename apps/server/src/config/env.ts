import { resolve } from 'node:path';

import { type MailConfig, readMailConfig, readPublicUrl } from './mail';

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
  /**
   * Reverse proxies in front of the server (RUTA_POT_PROXY_CONFIABLE); 0 means X-Forwarded-For is
   * ignored and sign-in limits count the socket address.
   */
  trustedProxies: number;
  /** SMTP server for the daily digest e-mail; undefined: the digest is shown in the app only. */
  mail: MailConfig | undefined;
  /** Public address of the web app, for links in e-mails (RUTA_POT_URL_PUBLICA). */
  publicUrl: string;
  /**
   * Folder where account messages are written when there is no SMTP server (RUTA_POT_BUZON):
   * for trying the platform out and for the demo, never for production.
   */
  outbox: string | undefined;
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
    trustedProxies: readTrustedProxies(env.RUTA_POT_PROXY_CONFIABLE),
    mail: readMailConfig(env),
    publicUrl: readPublicUrl(env),
    outbox: env.RUTA_POT_BUZON ? resolve(env.RUTA_POT_BUZON) : undefined,
  };
}

/** Trusting X-Forwarded-For without a proxy lets clients choose their address: off by default. */
function readTrustedProxies(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 10) {
    throw new Error(
      `RUTA_POT_PROXY_CONFIABLE debe ser el número de proxies inversos delante del servidor (0 a 10, normalmente 1): «${value}».`,
    );
  }
  return count;
}
