import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parseIsoDate } from '@ruta-pot/domain';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { demoParticipacion } from '../../demo/demo-participacion';
import { participationGateFor } from './gate-service';
import { writeParticipationPack } from './pack';

describe.each(ENGINES)('participation evidence pack on %s', (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('refuses a municipality without a process, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-paquete-vacio-'));
    await expect(writeParticipationPack(t.deps, { codigo: '25899', dir })).rejects.toThrow(
      /no tiene un proceso/,
    );
  });

  it('writes the memoria, the pseudonymised matrix and a manifest with each SHA-256', async () => {
    await demoParticipacion.run(t.deps);
    await demoParticipacion.run(t.deps);
    const dir = process.env.PAQUETE_DIR ?? mkdtempSync(join(tmpdir(), 'ruta-paquete-'));
    const manifest = await writeParticipationPack(t.deps, { codigo: '25899', dir });
    expect(manifest.archivos.map((a) => a.nombre)).toEqual([
      'memoria-participacion.docx',
      'memoria-participacion.pdf',
      'matriz-aportes.csv',
    ]);
    const written = JSON.parse(
      readFileSync(join(dir, 'manifiesto.json'), 'utf8'),
    ) as typeof manifest;
    expect(written.evidencias_citadas).toContain('acta-concertacion-car-2026-08-20.pdf');
    const csv = readFileSync(join(dir, 'matriz-aportes.csv'), 'utf8');
    const lines = csv.trim().split('\r\n');
    // 50 aportes minus the ones still waiting for their e-mail confirmation (not in the register).
    expect(lines.length - 1).toBeGreaterThan(40);
    expect(lines.length - 1).toBeLessThan(50);
    expect(csv).toMatch(/A-000001/);
    const docx = readFileSync(join(dir, 'memoria-participacion.docx'));
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
    expect(xml).toMatch(/Consejo de Gobierno/);
    expect(xml).toMatch(/Ronda 1/);
    expect(xml).toMatch(/1\. Consejo de Gobierno/);
    expect(xml).toMatch(/Recomendaciones del CTP y su respuesta/);
    expect(xml).toMatch(/Concertada parcialmente/);
    expect(readFileSync(join(dir, 'memoria-participacion.pdf')).subarray(0, 5).toString()).toBe(
      '%PDF-',
    );
  });

  it('tells the filing gate which pieces are missing, and only warns on the CAR disagreement', async () => {
    const gate = await participationGateFor(t.deps, {
      codigo: '25899',
      today: parseIsoDate('2026-10-01'),
    });
    expect(gate?.faltantes.map((f) => f.requisito)).toEqual([
      'matriz_respuestas',
      'respuesta_recomendaciones_ctp',
    ]);
    expect(gate?.faltantes[0]?.mensaje).toMatch(/aportes siguen sin respuesta/);
    expect(gate?.advertencias.map((w) => w.code)).toContain('CAR_DESACUERDO');
    expect(
      await participationGateFor(t.deps, { codigo: '05001', today: parseIsoDate('2026-10-01') }),
    ).toBeNull();
  });

  it('serves the same pack as one ZIP to the team, and the matrix as open data without personal data', async () => {
    const office = await t.login(ACCOUNT['concejo.zipaquira']!);
    const response = await t.request('/api/v1/municipios/25899/participacion/paquete.zip', {
      cookie: office,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining([
        'memoria-participacion.docx',
        'memoria-participacion.pdf',
        'matriz-aportes.csv',
        'manifiesto.json',
      ]),
    );
    const manifest = JSON.parse(strFromU8(entries['manifiesto.json']!)) as {
      archivos: { nombre: string; sha256: string }[];
    };
    for (const a of manifest.archivos)
      expect(createHash('sha256').update(entries[a.nombre]!).digest('hex')).toBe(a.sha256);
    const csv = await t.request('/api/v1/publico/25899/participacion/matriz.csv');
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toMatch(/^Aporte,Fecha,Origen/);
    expect(text).not.toMatch(/@/);
    expect((await t.request('/api/v1/publico/99999/participacion/matriz.csv')).status).toBe(404);
  });
});
