import { enviosResumen } from '@ruta-pot/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  closedPort,
  SMTP_TEST_PASSWORD,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../../test/smtp-test-server';
import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { sendDailyDigests, startDigestEmails } from './service';

const Z = '/api/v1/municipios/25899';
const PUBLIC_URL = 'https://pot.example.gov.co';
const FROM = 'Ruta POT <avisos@example.gov.co>';
/** TEST_NOW is 2026-03-02 in Bogotá: one item is late, one falls due in two weeks. */
const TODAY = '2026-03-02';
const LATE = { item: 'dts-diagnostico', venceEl: '2026-02-20' };
const UPCOMING = { item: 'cartografia-diagnostico', venceEl: '2026-03-16' };
/** Members of Zipaquirá who take part in the process (the citizen does not), plus the CAR. */
const PARTICIPANTS = [
  'alcaldia.zipaquira',
  'asesor',
  'concejo.zipaquira',
  'consultor.zipaquira',
  'ctp.zipaquira',
  'interventor.zipaquira',
  'planeacion.zipaquira',
  'revisor',
].map((k) => ACCOUNT[k]!);

describe.each(ENGINES)('daily digest e-mail on %s', (_name, open) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const titles: Record<string, string> = {};
  const records = () => t.deps.db.orm.select().from(enviosResumen);
  const run = (date: string, smtpUrl: string | null = smtp.url) =>
    sendDailyDigests(t.deps, {
      date,
      mail: smtpUrl ? { smtpUrl, from: FROM } : undefined,
      publicUrl: PUBLIC_URL,
    });

  beforeAll(async () => {
    t = await createTestApp(open);
    smtp = await startTestSmtpServer();
    const office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const started = await t.request(`${Z}/procesos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipoRevision: 'revision_general' }),
    });
    expect(started.status).toBe(201);
    const proceso = (await started.json()) as {
      id: string;
      etapas: { items: { id: string; nombre: string; version: number }[] }[];
    };
    for (const { item, venceEl } of [LATE, UPCOMING]) {
      const found = proceso.etapas.flatMap((s) => s.items).find((i) => i.id === item)!;
      titles[item] = found.nombre;
      const saved = await t.request(`${Z}/procesos/${proceso.id}/items/${item}`, {
        method: 'PATCH',
        cookie: office,
        body: JSON.stringify({ venceEl, version: found.version }),
      });
      expect(saved.status, await saved.clone().text()).toBe(200);
    }
  });
  afterAll(async () => {
    await smtp?.close();
    await t?.close();
  });

  it('sends nothing and fails nothing without an SMTP server', async () => {
    const summary = await run(TODAY, null);
    expect(summary).toMatchObject({ status: 'unconfigured', sent: 0, failures: [] });
    expect(startDigestEmails(t.deps, { mail: undefined, publicUrl: PUBLIC_URL })).toBeUndefined();
    expect(smtp.received).toHaveLength(0);
    expect(await records()).toHaveLength(0);
  });

  it('reports a server that refuses the messages and records nothing, so they are retried', async () => {
    smtp.refuse = true;
    try {
      const summary = await run(TODAY);
      expect(summary.sent).toBe(0);
      expect(summary.failures.map((f) => f.email).sort()).toEqual([...PARTICIPANTS].sort());
      for (const f of summary.failures) expect(f.reason).toMatch(/rechazó el mensaje.*550/);
    } finally {
      smtp.refuse = false;
    }
    expect(smtp.received).toHaveLength(0);
    expect(await records()).toHaveLength(0);
  });

  it('reports an unreachable server without its password and records nothing', async () => {
    const port = await closedPort();
    const summary = await run(TODAY, `smtp://ruta:${SMTP_TEST_PASSWORD}@127.0.0.1:${port}`);
    expect(summary.sent).toBe(0);
    expect(summary.failures).toHaveLength(PARTICIPANTS.length);
    expect(summary.failures[0]!.reason).toMatch(/no se pudo conversar con smtp:\/\/127\.0\.0\.1/);
    expect(JSON.stringify(summary)).not.toContain(SMTP_TEST_PASSWORD);
    expect(await records()).toHaveLength(0);
  });

  it('mails each participant one Spanish digest with the items, due dates and link', async () => {
    const summary = await run(TODAY);
    expect(summary).toMatchObject({ status: 'completed', sent: PARTICIPANTS.length, failures: [] });
    // The citizen, Medellín and Santa Rosa have nothing to see: counted, not mailed.
    expect(summary.nothingToSend).toBeGreaterThanOrEqual(3);
    expect(smtp.received.flatMap((m) => m.to).sort()).toEqual([...PARTICIPANTS].sort());
    const mail = smtp.received.find((m) => m.to[0] === ACCOUNT['planeacion.zipaquira'])!;
    expect(mail.from).toContain('avisos@example.gov.co');
    expect(mail.subject).toBe(
      'Resumen diario de Ruta POT, 2 de marzo de 2026: 1 vencido y 1 próximo',
    );
    for (const text of [mail.text, mail.html]) {
      expect(text).toContain('Zipaquirá (Cundinamarca)');
      expect(text).toContain(titles[LATE.item]);
      expect(text).toContain('venció el 20 de febrero de 2026 (hace 10 días)');
      expect(text).toContain(titles[UPCOMING.item]);
      expect(text).toContain('vence el 16 de marzo de 2026 (en 14 días)');
    }
    expect(mail.text).toContain(`Ver la ruta: ${PUBLIC_URL}/m/25899/ruta`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/m/25899/ruta"`);
    const rows = await records();
    expect(rows.map((r) => r.destinatario).sort()).toEqual([...PARTICIPANTS].sort());
    expect(rows.every((r) => r.fecha === TODAY && r.avisos === 2 && r.idMensaje)).toBe(true);
  });

  it('sends nothing new on a second run the same day', async () => {
    const before = smtp.received.length;
    const summary = await run(TODAY);
    expect(summary).toMatchObject({ sent: 0, alreadySent: PARTICIPANTS.length, failures: [] });
    expect(smtp.received).toHaveLength(before);
    expect(await records()).toHaveLength(PARTICIPANTS.length);
  });

  it('lets only one run send at a time, in this process and across servers', async () => {
    const before = smtp.received.length;
    const [a, b] = await Promise.all([run('2026-03-03'), run('2026-03-03')]);
    expect([a.status, b.status].sort()).toEqual(['busy', 'completed']);
    expect(smtp.received.length - before).toBe(PARTICIPANTS.length);
    if (t.engine.name === 'postgresql') {
      // Another server holding the run lock: this one steps aside.
      await t.engine.owner.exec('SELECT pg_advisory_lock(202611250001)');
      try {
        expect((await run('2026-03-04')).status).toBe('busy');
      } finally {
        await t.engine.owner.exec('SELECT pg_advisory_unlock(202611250001)');
      }
    }
  });

  it('lets the application role read and insert deliveries, never change or delete them', async () => {
    await expect(t.engine.db.raw.exec('UPDATE envios_resumen SET avisos = 9')).rejects.toThrow(
      /permission denied|permiso denegado/,
    );
    await expect(t.engine.db.raw.exec('DELETE FROM envios_resumen')).rejects.toThrow(
      /permission denied|permiso denegado/,
    );
  });
});
