import { describe, expect, it } from 'vitest';

import { type DigestNotice, renderDigestMail, summaryLines } from './render';

const zipaquira = { codigo: '25899', nombre: 'Zipaquirá', departamento: 'Cundinamarca' };
const cajica = { codigo: '25126', nombre: 'Cajicá', departamento: 'Cundinamarca' };
const notice = (over: Partial<DigestNotice>): DigestNotice => ({
  municipio: zipaquira,
  tipo: 'proximo',
  titulo: 'Cartografía de diagnóstico',
  venceEl: '2026-03-16',
  diasRestantes: 14,
  enlace: '/m/25899/ruta',
  ...over,
});

describe('renderDigestMail', () => {
  const mail = renderDigestMail({
    nombre: 'Oficina de Planeación',
    date: '2026-03-02',
    publicUrl: 'https://pot.example.gov.co',
    notices: [
      notice({}),
      notice({
        tipo: 'vencido',
        titulo: 'DTS <diagnóstico>',
        venceEl: '2026-02-20',
        diasRestantes: -10,
      }),
      notice({
        municipio: cajica,
        titulo: 'Acta',
        venceEl: '2026-03-02',
        diasRestantes: 0,
        enlace: '/m/25126/ruta',
      }),
      notice({
        municipio: cajica,
        titulo: 'Concepto',
        venceEl: '2026-03-03',
        diasRestantes: 1,
        enlace: '/m/25126/ruta',
      }),
    ],
  });

  it('counts late and upcoming items in a Spanish subject with the long date', () => {
    expect(mail.subject).toBe(
      'Resumen diario de Ruta POT, 2 de marzo de 2026: 1 vencido y 3 próximos',
    );
    expect(
      renderDigestMail({
        nombre: 'X',
        date: '2026-12-31',
        publicUrl: 'http://l',
        notices: [notice({})],
      }).subject,
    ).toBe('Resumen diario de Ruta POT, 31 de diciembre de 2026: 1 próximo');
  });

  it('groups by municipality in alphabetical order, late first, with a link to each ruta', () => {
    const lines = mail.text.split('\n');
    expect(lines[0]).toBe('Hola, Oficina de Planeación:');
    const cajicaAt = lines.indexOf('Cajicá (Cundinamarca)');
    const zipaAt = lines.indexOf('Zipaquirá (Cundinamarca)');
    expect(cajicaAt).toBeGreaterThan(0);
    expect(zipaAt).toBeGreaterThan(cajicaAt);
    expect(lines.slice(zipaAt + 1, zipaAt + 6)).toEqual([
      '  Vencidos:',
      '  - DTS <diagnóstico>: venció el 20 de febrero de 2026 (hace 10 días).',
      '  Próximos 30 días:',
      '  - Cartografía de diagnóstico: vence el 16 de marzo de 2026 (en 14 días).',
      '  Ver la ruta: https://pot.example.gov.co/m/25899/ruta',
    ]);
    expect(mail.text).toContain('  - Acta: vence hoy, 2 de marzo de 2026.');
    expect(mail.text).toContain('  - Concepto: vence el 3 de marzo de 2026 (en 1 día).');
  });

  it('escapes what users typed in the HTML version', () => {
    expect(mail.html).toContain('DTS &lt;diagnóstico&gt;');
    expect(mail.html).not.toContain('<diagnóstico>');
    expect(mail.html).toContain('href="https://pot.example.gov.co/m/25126/ruta"');
    expect(mail.html).toContain('lang="es-CO"');
  });
});

describe('summaryLines', () => {
  const base = { date: '2026-03-02', sent: 0, alreadySent: 0, nothingToSend: 0, failures: [] };

  it('says what was sent, skipped and failed, and that failures are retried', () => {
    const lines = summaryLines({
      ...base,
      status: 'completed',
      sent: 3,
      alreadySent: 1,
      nothingToSend: 2,
      failures: [{ email: 'a@b.co', reason: 'smtp://x:25 rechazó el mensaje (550).' }],
    });
    expect(lines[0]).toBe(
      'Resumen del 2 de marzo de 2026: 3 enviados, 3 omitidos (1 ya enviados, 2 sin vencidos ni próximos), 1 fallido.',
    );
    expect(lines[1]).toBe('  No se pudo enviar a a@b.co: smtp://x:25 rechazó el mensaje (550).');
    expect(lines[2]).toMatch(/se reintentan/);
  });

  it('explains a missing SMTP server and a run that stepped aside', () => {
    expect(summaryLines({ ...base, status: 'unconfigured' })[0]).toMatch(/RUTA_POT_SMTP_URL/);
    expect(summaryLines({ ...base, status: 'busy' })[0]).toMatch(/otro proceso/);
  });
});
