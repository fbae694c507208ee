import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/ruta-pot.mjs', import.meta.url).pathname;

/** Runs the CLI with no SMTP settings unless given; none of these cases opens a database. */
function cli(args: string[], env: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, TZ: 'America/Bogota' };
  delete base.RUTA_POT_SMTP_URL;
  delete base.RUTA_POT_CORREO_REMITENTE;
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ruta-pot avisos enviar (input and configuration)', { timeout: 60_000 }, () => {
  it('answers bad input in Spanish with exit code 2', () => {
    const usage = cli(['avisos']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Uso: ruta-pot avisos enviar \[--fecha AAAA-MM-DD\]/);
    const impossible = cli(['avisos', 'enviar', '--fecha', '2026-02-30']);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toMatch(/La fecha «2026-02-30» no existe/);
    expect(cli(['avisos', 'enviar', '--fecha']).code).toBe(2);
  });

  it('sends nothing without an SMTP server and says how to configure one', () => {
    const r = cli(['avisos', 'enviar', '--fecha', '2026-03-02']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/No hay servidor de correo configurado \(RUTA_POT_SMTP_URL\)/);
  });

  it('refuses an invalid SMTP setting without echoing its password', () => {
    const wrongScheme = cli(['avisos', 'enviar'], {
      RUTA_POT_SMTP_URL: 'ftp://ruta:clave-muy-secreta@correo.example.org',
      RUTA_POT_CORREO_REMITENTE: 'avisos@example.org',
    });
    expect(wrongScheme.code).toBe(1);
    expect(wrongScheme.stderr).toMatch(/smtp:\/\/ o smtps:\/\//);
    expect(wrongScheme.stderr + wrongScheme.stdout).not.toContain('clave-muy-secreta');
    const noSender = cli(['avisos', 'enviar'], {
      RUTA_POT_SMTP_URL: 'smtps://ruta:clave-muy-secreta@correo.example.org:465',
    });
    expect(noSender.code).toBe(1);
    expect(noSender.stderr).toMatch(/RUTA_POT_CORREO_REMITENTE/);
    expect(noSender.stderr).not.toContain('clave-muy-secreta');
  });
});
