import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

// Mounted by the lead in modules/index.ts; until then the test mounts it itself.

type Body = Record<string, any>;
const P = '/api/v1/municipios/25899/participacion';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);

describe.each(ENGINES)(
  'Participation workspace: CAR, CTP, Concejo on %s (issue 13)',
  (_n, open) => {
    let t: TestApp;
    let office: string;
    let car: string;
    const send = (path: string, body: unknown, cookie = office) =>
      t.request(path, { method: 'POST', body: JSON.stringify(body), cookie });
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
      car = await t.login(ACCOUNT.revisor!);
    });
    afterAll(() => t.close());

    it('runs a CAR round: observations, answers, partial acta; silence and disagreement warn', async () => {
      const round = await send(`${P}/car/rondas`, { radicadaEn: '2026-02-02' });
      expect(round.status).toBe(200);
      const { id, numero } = (await round.json()) as Body;
      expect(numero).toBe(1);
      expect((await send(`${P}/car/rondas`, { radicadaEn: '2026-02-03' })).status).toBe(409);
      const R = `${P}/car/rondas/${id}`;
      const byOffice = await send(`${R}/observaciones`, {
        observaciones: [{ tema: 'riesgo', texto: 'Falta el estudio de amenaza.' }],
      });
      expect(byOffice.status).toBe(403);
      const obs = await send(
        `${R}/observaciones`,
        {
          observaciones: [
            { tema: 'riesgo', texto: 'Falta el estudio básico de amenaza por inundación.' },
            { tema: 'areas_protegidas', texto: 'Ajustar el límite de la reserva del Neusa.' },
          ],
        },
        car,
      );
      expect(obs.status).toBe(200);
      const [o1, o2] = ((await obs.json()) as Body).ids as string[];
      const early = await upload(
        `${R}/acta`,
        { fecha: '2026-02-20', tipo: 'total', archivo: new File([pdf('acta')], 'acta.pdf') },
        car,
      );
      expect(early.status).toBe(400); // observations pending: no acta from con_observaciones
      const a1 = await send(`${P}/car/observaciones/${o1}/respuesta`, {
        respuesta: 'Se incorpora el estudio básico de amenaza.',
      });
      expect(await a1.json()).toMatchObject({ estadoRonda: 'con_observaciones' });
      const byCar = await send(
        `${P}/car/observaciones/${o2}/respuesta`,
        { respuesta: 'Respuesta de la CAR misma.' },
        car,
      );
      expect(byCar.status).toBe(403);
      const a2 = await send(`${P}/car/observaciones/${o2}/respuesta`, {
        respuesta: 'Se adopta el límite oficial del RUNAP.',
      });
      expect(await a2.json()).toMatchObject({ estadoRonda: 'respondida' });
      const noPoints = await upload(
        `${R}/acta`,
        { fecha: '2026-02-20', tipo: 'parcial', archivo: new File([pdf('acta')], 'acta.pdf') },
        car,
      );
      expect(noPoints.status).toBe(400);
      const acta = await upload(
        `${R}/acta`,
        {
          fecha: '2026-02-20',
          tipo: 'parcial',
          puntosDesacuerdo: 'Suelo de expansión norte.',
          archivo: new File([pdf('acta')], 'acta.pdf'),
        },
        car,
      );
      expect(acta.status).toBe(200);
      const { rondas } = await getJson(`${P}/car/rondas`, car);
      const mine = rondas.find((r: Body) => r.id === id);
      expect(mine).toMatchObject({ estado: 'concertada_parcial', actaFecha: '2026-02-20' });
      expect(mine.observaciones).toHaveLength(2);
      expect(mine.plazoMinisterio.vence).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(mine.advertencias.map((w: Body) => w.codigo)).toContain('CAR_DESACUERDO');
      expect(mine.archivos[0]).toMatchObject({ clase: 'acta', nombre: 'acta.pdf' });
    });

    it('answers 404 to a CAR reviewer outside its jurisdiction', async () => {
      const outside = await t.request('/api/v1/municipios/05001/participacion/car/rondas', {
        cookie: car,
      });
      expect(outside.status).toBe(404);
    });

    it('records the CTP concept and its recommendations as aportes', async () => {
      const ctp = await t.login(ACCOUNT['ctp.zipaquira']!);
      const bad = await t.request(`${P}/ctp`, {
        method: 'PUT',
        body: JSON.stringify({ recibidoProyectoEn: '2026-02-01', conceptoEn: '2026-02-25' }),
        cookie: ctp,
      });
      expect(bad.status).toBe(400);
      const form = new FormData();
      form.append('recibidoProyectoEn', '2026-02-01');
      form.append('conceptoEn', '2026-02-25');
      form.append('concepto', 'Concepto favorable con recomendaciones.');
      form.append('evidencia', new File([pdf('concepto')], 'concepto.pdf'));
      const saved = await t.app.request(`${P}/ctp`, {
        method: 'PUT',
        body: form,
        headers: { cookie: ctp },
      });
      expect(saved.status).toBe(200);
      expect(((await saved.json()) as Body).evidencia).toMatch(/^[0-9a-f]{64}$/);
      const recs = await send(
        `${P}/ctp/recomendaciones`,
        { recomendaciones: [{ texto: 'Ampliar el espacio público del centro.', tema: 'Espacio' }] },
        ctp,
      );
      expect(recs.status).toBe(200);
      const [rec] = ((await recs.json()) as Body).recomendaciones as Body[];
      expect(rec!.codigo).toMatch(/^A-\d{6}$/);
      const byOffice = await send(`${P}/ctp/recomendaciones`, {
        recomendaciones: [{ texto: 'Otra recomendación larga.' }],
      });
      expect(byOffice.status).toBe(403);
      const lines = await t.engine.db.withContext({ municipio: '25899' }, async (tx) =>
        rowsOf<{ tipo: string }>(
          await tx.execute(
            sql`SELECT tipo FROM participacion_linea_tiempo WHERE aporte_id = ${rec!.id}`,
          ),
        ),
      );
      expect(lines).toEqual([{ tipo: 'presentado' }]);
      const view = await getJson(`${P}/ctp`);
      expect(view.ctp).toMatchObject({ conceptoEn: '2026-02-25' });
      expect(view.recomendaciones).toContainEqual(
        expect.objectContaining({ codigo: rec!.codigo, estado: 'recibido' }),
      );
    });

    it('warns (never blocks) when the cabildo abierto comes after the first session', async () => {
      const concejo = await t.login(ACCOUNT['concejo.zipaquira']!);
      expect(
        (await send(`${P}/concejo`, { tipo: 'sesion', fecha: '2026-02-10' }, concejo)).status,
      ).toBe(200);
      const noDecision = await send(
        `${P}/concejo`,
        { tipo: 'decision', fecha: '2026-02-26' },
        concejo,
      );
      expect(noDecision.status).toBe(400);
      const late = await send(
        `${P}/concejo`,
        { tipo: 'cabildo_abierto', fecha: '2026-02-15' },
        concejo,
      );
      expect(late.status).toBe(200);
      const body = (await late.json()) as Body;
      expect(body.advertencias[0]).toMatchObject({ codigo: 'CABILDO_DESPUES_DEL_ESTUDIO' });
      expect(body.advertencias[0].citas[0].norma).toBe('Ley 507 de 1999');
      const summary = await getJson(`${P}/resumen`, concejo);
      expect(summary).toMatchObject({ registroIniciado: true, rondasCar: 1 });
      expect(summary.aportesPorEstado.recibido).toBeGreaterThan(0);
      expect(summary.advertencias.map((w: Body) => w.codigo)).toContain('CAR_DESACUERDO');
    });
  },
);
