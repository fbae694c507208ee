import { serve } from '@hono/node-server';

import { createApp } from './app';
import { readConfig } from './config/env';
import { seedDemo } from './demo/seed';
import { runDemoSteps } from './demo/steps';
import { accountMailerFor } from './modules/accounts/mail';
import { purgeExpiredSessions } from './modules/auth/service';
import { scheduleSessionPurge } from './modules/auth/session-purge';
import { startDigestEmails } from './modules/digest-mail/service';
import { openPlatform } from './platform';

/** Starts the HTTP server: `npm start` (with demo data) or `node apps/server/bin/ruta-pot.mjs servidor`. */
export async function startServer() {
  const started = performance.now();
  const config = readConfig();
  const platform = await openPlatform(config);
  if (config.demo) {
    await seedDemo(platform.deps);
    await runDemoSteps(platform.deps);
  }
  // Expired sessions are deleted now and hourly (ADR 0012); the timer never holds the process.
  const sessionPurge = scheduleSessionPurge(() => purgeExpiredSessions(platform.deps));
  const mailer = accountMailerFor({
    mail: config.mail,
    outbox: config.outbox,
    now: () => platform.deps.clock.now(),
  });
  if (mailer && !config.mail)
    console.log(`Correos de cuentas (registro, restablecer): ${mailer.describe}; no se envían.`);
  const app = createApp(platform.deps, {
    webDist: config.webDist,
    trustedProxies: config.trustedProxies,
    publicUrl: config.publicUrl,
    mailer,
  });
  const server = serve(
    { fetch: app.fetch, port: config.port, hostname: process.env.HOST ?? '0.0.0.0' },
    (info) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Ruta POT lista en http://localhost:${info.port} (${platform.deps.db.kind}, ${seconds} s)` +
          (config.demo ? ' — datos de demostración cargados; cuentas en el README.' : ''),
      );
    },
  );
  const digestEmails = startDigestEmails(platform.deps, config);
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    sessionPurge.stop();
    server.close();
    void (digestEmails?.stop() ?? Promise.resolve())
      .then(() => platform.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
