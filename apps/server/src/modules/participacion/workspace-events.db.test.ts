import { auditoria } from '@ruta-pot/db';
import { DATA_POLICY } from '@ruta-pot/domain';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

// Mounted by the lead in modules/index.ts; until then the test mounts it itself.

type Body = Record<string, any>;
const P = '/api/v1/municipios/25899/participacion';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);

describe.each(ENGINES)(
  'Participation workspace: actors and events on %s (issue 13)',
  (_n, open) => {
    let t: TestApp;
    let office: string;
    const send = (method: string, path: string, body: unknown, cookie = office) =>
      t.request(path, { method, body: JSON.stringify(body), cookie });
    const upload = (path: string, fields: Record<string, string | File>, cookie = office) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      return t.app.request(path, { method: 'POST', body: form, headers: { cookie } });
    };
    const getJson = async (path: string, cookie = office) =>
      (await (await t.request(path, { cookie })).json()) as Body;

    beforeAll(async () => {
      t = await createTestApp(open);
      office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    });
    afterAll(() => t.close());

    it('keeps actors with consented contacts that only the office reads, and the strategy', async () => {
      const noConsent = await send('POST', `${P}/actores`, {
        tipo: 'jac',
        nombre: 'JAC San Juanito',
        contacto: '3001234567',
      });
      expect(noConsent.status).toBe(400);
      expect(((await noConsent.json()) as Body).error.mensaje).toMatch(/Ley 1581/);
      const extra = await send('POST', `${P}/actores`, { tipo: 'jac', nombre: 'X Y', otro: 1 });
      expect(extra.status).toBe(400);
      const created = await send('POST', `${P}/actores`, {
        tipo: 'jac',
        nombre: 'JAC San Juanito',
        contacto: '3001234567',
        consentimiento: true,
      });
      expect(created.status).toBe(200);
      const { id } = (await created.json()) as Body;
      const mine = await getJson(`${P}/actores`);
      expect(mine.actores).toContainEqual(
        expect.objectContaining({
          id,
          contacto: '3001234567',
          consentimientoVersion: DATA_POLICY.version,
        }),
      );
      const ctp = await t.login(ACCOUNT['ctp.zipaquira']!);
      const theirs = await getJson(`${P}/actores`, ctp);
      expect(theirs.actores).toContainEqual(
        expect.objectContaining({ id, contacto: null, tieneContacto: true }),
      );
      expect(
        (await send('POST', `${P}/actores`, { tipo: 'jac', nombre: 'Otra' }, ctp)).status,
      ).toBe(403);
      expect(
        (await send('PUT', `${P}/actores/${id}`, { tipo: 'gremio', nombre: 'JAC' })).status,
      ).toBe(200);
      expect((await getJson(`${P}/actores`)).actores).toContainEqual(
        expect.objectContaining({ id, tipo: 'gremio', contacto: null }),
      );
      const line = await send('POST', `${P}/estrategia`, {
        etapa: 'formulacion',
        que: 'Talleres veredales',
        conQuien: 'JAC rurales',
        cuando: 'Marzo de 2026',
      });
      expect(line.status).toBe(200);
      const lineId = ((await line.json()) as Body).id as string;
      expect((await getJson(`${P}/estrategia`)).estrategia).toHaveLength(1);
      expect(
        (await t.request(`${P}/estrategia/${lineId}`, { method: 'DELETE', cookie: office })).status,
      ).toBe(204);
      expect(
        (await t.request(`${P}/actores/${id}`, { method: 'DELETE', cookie: office })).status,
      ).toBe(204);
      expect((await getJson(`${P}/actores`)).actores).toHaveLength(0);
      const audits = await t.engine.db.withContext({ municipio: '25899' }, (tx) =>
        tx.select().from(auditoria).where(like(auditoria.accion, 'participacion.%')),
      );
      expect(audits.map((a) => a.accion)).toEqual(
        expect.arrayContaining(['participacion.actor.crear', 'participacion.estrategia.retirar']),
      );
      expect(JSON.stringify(audits)).not.toContain('3001234567');
    });

    it('records an event with files and attendance typed, imported or scanned', async () => {
      const created = await send('POST', `${P}/eventos`, {
        tipo: 'taller',
        titulo: 'Taller veredal de Pasoancho',
        fecha: '2026-02-20',
        lugar: 'Escuela de Pasoancho',
        agenda: 'Presentación del diagnóstico',
        convocatoriaPublicadaEn: '2026-02-10',
      });
      expect(created.status).toBe(200);
      const { id } = (await created.json()) as Body;
      const E = `${P}/eventos/${id}`;
      const conv = await upload(`${E}/archivos`, {
        clase: 'convocatoria',
        archivo: new File([pdf('aviso')], 'aviso.pdf'),
      });
      expect(conv.status).toBe(200);
      const typed = await send('POST', `${E}/asistencia`, {
        asistentes: [{ nombre: 'Ana Gómez' }, { nombre: 'Luis Pérez', organizacion: 'JAC' }],
      });
      expect(await typed.json()).toEqual({ agregados: 2, asistentes: 2 });
      const bad = await upload(`${E}/asistencia/archivo`, {
        archivo: new File(['nombre;organizacion\nMaría López;JAC\n;Gremio\nX;\n'], 'lista.csv'),
      });
      expect(bad.status).toBe(400);
      const refused = (await bad.json()) as Body;
      expect(refused.error.mensaje).toMatch(/no se guardó nada/);
      expect(refused.error.detalles.problemas.map((p: Body) => p.linea)).toEqual([3, 4]);
      expect((await getJson(E)).asistentes).toBe(2);
      const good = await upload(`${E}/asistencia/archivo`, {
        archivo: new File(['Nombre;Organización\nMaría López;JAC\nPedro Ruiz;\n'], 'lista.csv'),
      });
      expect(await good.json()).toMatchObject({ agregados: 2, asistentes: 4 });
      const noTotal = await upload(`${E}/asistencia/archivo`, {
        archivo: new File([pdf('planilla')], 'planilla.pdf'),
      });
      expect(noTotal.status).toBe(400);
      const scanned = await upload(`${E}/asistencia/archivo`, {
        archivo: new File([pdf('planilla')], 'planilla.pdf'),
        total: '31',
      });
      expect(await scanned.json()).toMatchObject({ asistentes: 35, planilla: { total: 31 } });
      const exe = await upload(`${E}/archivos`, {
        clase: 'foto',
        archivo: new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], 'foto.jpg'),
      });
      expect(exe.status).toBe(422);
      const detail = await getJson(E);
      expect(detail).toMatchObject({ asistentes: 35, convocatoriaPublicadaEn: '2026-02-10' });
      expect(detail.convocatoriaEvidencia).toMatch(/^[0-9a-f]{64}$/);
      expect(detail.archivos.map((f: Body) => f.clase)).toEqual(['convocatoria', 'asistencia']);
      expect(detail.listaAsistencia).toHaveLength(4);
      const concejo = await t.login(ACCOUNT['concejo.zipaquira']!);
      const seen = await getJson(E, concejo);
      expect(seen.listaAsistencia).toBeNull();
      expect(
        (await send('PUT', E, { tipo: 'mesa', titulo: 'Mesa', fecha: '2026-02-21' })).status,
      ).toBe(200);
      expect((await getJson(`${P}/eventos`)).eventos).toContainEqual(
        expect.objectContaining({ id, tipo: 'mesa', asistentes: 35 }),
      );
    });
  },
);
