import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROUTE_SAMPLES } from '../../test/route-samples';
import { createTestApp, ENGINES, type TestApp } from '../../test/test-app';
import { DEMO_ACCOUNTS } from '../demo/demo-data';
import { POLICIES, type Policy } from './authz';

/** Zipaquirá: every demo role but Medellín's planning office has a seat here. */
const OWN = '25899';
/** Medellín: only its own planning office (and the administrator) can act there. */
const OTHER = '05001';
/** No municipality has this code. */
const MISSING = '99999';

interface Principal {
  label: string;
  email?: string;
  /** Roles held in OWN; the CAR reviewer's comes from its jurisdiction. */
  rolesInOwn: string[];
  admin?: boolean;
}

const PRINCIPALS: Principal[] = [
  { label: 'anónimo', rolesInOwn: [] },
  ...DEMO_ACCOUNTS.filter(
    (a) =>
      !a.email.startsWith('planeacion.medellin') && !a.email.startsWith('planeacion.santarosa'),
  ).map((a) => ({
    label: a.email,
    email: a.email,
    rolesInOwn:
      'autoridad' in a
        ? ['autoridad_ambiental']
        : a.roles.filter(([c]) => c === OWN).map(([, r]) => r as string),
    admin: 'admin' in a && a.admin,
  })),
];

/** Routes that read a record which exists only in OWN (the fixture process and its evidence). */
const needsOwnRecord = (key: string) =>
  Object.values(ROUTE_SAMPLES[key]?.params ?? {}).some((v) => v.startsWith('$')) ||
  key.endsWith('/procesos/actual');

function expectedStatus(policy: Policy, principal: Principal, codigo: string, key = ''): number {
  if (policy.kind === 'publico')
    return codigo === MISSING || (codigo !== OWN && needsOwnRecord(key)) ? 404 : 200;
  if (!principal.email) return 401;
  if (policy.kind === 'autenticado') return 200;
  if (policy.kind === 'plataforma') return principal.admin ? 200 : 404;
  if (codigo === MISSING) return 404;
  // An authorised write is not exercised (it would change the fixture), whatever it would answer.
  const inOther = ROUTE_SAMPLES[key]?.inOther;
  if (principal.admin && policy.administrador !== false) {
    if (codigo !== OWN && needsOwnRecord(key) && key.startsWith('GET')) return 404;
    if (ROUTE_SAMPLES[key]?.soloCreador) return 404;
    return codigo !== OWN && inOther ? inOther : 200;
  }
  const roles = codigo === OWN ? principal.rolesInOwn : [];
  if (roles.length === 0) return 404;
  if (!roles.some((r) => (policy.roles as readonly string[]).includes(r))) return 403;
  const creator = ROUTE_SAMPLES[key]?.soloCreador;
  return creator && principal.email !== creator ? 404 : 200;
}

const fixtureIds: Record<string, string> = {};

const codeOf = async (response: Response) =>
  ((await response.json()) as { error: { codigo: string } }).error.codigo;

function pathFor(key: string, codigo: string, params: Record<string, string> = {}) {
  let path = key.split(' ')[1]!.replace(':codigo', codigo);
  for (const [name, value] of Object.entries(params)) {
    path = path.replace(`:${name}`, value.startsWith('$') ? (fixtureIds[value] ?? value) : value);
  }
  return path;
}

describe.each(ENGINES)('authorization and tenant isolation on %s', (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
    // A process with one evidence file in OWN, so routes on its ids have something to find.
    const office = await t.login('planeacion.zipaquira@demo.rutapot.co');
    const started = await t.request(`/api/v1/municipios/${OWN}/procesos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipoRevision: 'revision_general' }),
    });
    fixtureIds.$proceso = ((await started.json()) as { id: string }).id;
    const form = new FormData();
    form.append('archivo', new File([new TextEncoder().encode('%PDF-1.7 prueba')], 'prueba.pdf'));
    const uploaded = await t.app.request(
      `/api/v1/municipios/${OWN}/procesos/${fixtureIds.$proceso}/items/dts-diagnostico/evidencias`,
      {
        method: 'POST',
        body: form,
        headers: { cookie: office },
      },
    );
    fixtureIds.$evidencia = ((await uploaded.json()) as { id: string }).id;
    // The expediente's catalogue indicators in OWN, so the indicator route has one to show.
    await t.request(`/api/v1/municipios/${OWN}/expediente/indicadores/catalogo`, {
      method: 'POST',
      cookie: office,
    });
    fixtureIds.$indicador = 'poblacion-total';
    // An archive document with its file in OWN (issue 15), for the download route.
    const archived = new FormData();
    for (const [k, v] of Object.entries({
      tipo: 'acta',
      titulo: 'Acta de muestra',
      fecha: '2025-01-02',
    }))
      archived.append(k, v);
    archived.append(
      'archivo',
      new File([new TextEncoder().encode('%PDF-1.7\nacta\n%%EOF')], 'acta.pdf'),
    );
    const archivedResponse = await t.app.request(
      `/api/v1/municipios/${OWN}/expediente/archivo/carga`,
      { method: 'POST', body: archived, headers: { cookie: office } },
    );
    fixtureIds.$documentoArchivo = ((await archivedResponse.json()) as { id: string }).id;
    // An aporte, a participation event and a published document in OWN (issue 13).
    const post = (path: string, body: unknown) =>
      t.request(`/api/v1/municipios/${OWN}/participacion/${path}`, {
        method: 'POST',
        cookie: office,
        body: JSON.stringify(body),
      });
    const idOf = async (response: Response) => ((await response.json()) as { id: string }).id;
    fixtureIds.$aporte = await idOf(
      await post('aportes', {
        origen: 'ventanilla',
        texto: 'Aporte de la matriz de autorización.',
        recibidoEn: '2026-03-02',
      }),
    );
    fixtureIds.$eventoParticipacion = await idOf(
      await post('eventos', { tipo: 'taller', titulo: 'Taller de muestra', fecha: '2026-02-20' }),
    );
    const doc = new FormData();
    doc.append('titulo', 'Documento técnico de soporte');
    doc.append('archivo', new File([new TextEncoder().encode('%PDF-1.7 documento')], 'dts.pdf'));
    const published = await t.app.request(`/api/v1/municipios/${OWN}/participacion/documentos`, {
      method: 'POST',
      body: doc,
      headers: { cookie: office },
    });
    fixtureIds.$documentoParticipacion = await idOf(published);
    // Two tiny layers in OWN and their saved suelo × amenaza analysis (issue 14).
    const square = (x: number, y: number, d: number) => [
      [
        [x, y],
        [x + d, y],
        [x + d, y + d],
        [x, y + d],
        [x, y],
      ],
    ];
    const layer = async (tipo: string, properties: Record<string, string>) => {
      const form = new FormData();
      const geojson = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties,
            geometry: { type: 'Polygon', coordinates: square(-74.01, 5.01, 0.01) },
          },
        ],
      };
      form.append('archivo', new File([JSON.stringify(geojson)], `${tipo}.geojson`));
      form.append('tipo', tipo);
      const imported = await t.app.request(`/api/v1/municipios/${OWN}/capas`, {
        method: 'POST',
        body: form,
        headers: { cookie: office },
      });
      return ((await imported.json()) as { capaId: string }).capaId;
    };
    fixtureIds.$capa = await layer('clasificacion_suelo', { clase: 'urbano' });
    const amenaza = await layer('amenaza_inundacion', { categoria: 'alta' });
    const analysis = await t.request(`/api/v1/municipios/${OWN}/capas/analisis`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ suelo: fixtureIds.$capa, amenaza }),
    });
    fixtureIds.$analisis = await idOf(analysis);
    // A resumable layer upload in OWN, the office's own (ADR 0028).
    const subida = await t.request(`/api/v1/municipios/${OWN}/capas/subidas`, {
      method: 'POST',
      cookie: office,
      headers: {
        'tus-resumable': '1.0.0',
        'upload-length': '10',
        'upload-metadata': `filename ${btoa('capa.geojson')}`,
      },
    });
    fixtureIds.$subida = (subida.headers.get('location') ?? '').split('/').pop()!;
  });
  afterAll(() => t.close());

  it('declares an authorization policy for every API route (default deny)', () => {
    const apiRoutes = t.app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL');
    expect(apiRoutes.length).toBeGreaterThan(5);
    const undeclared = apiRoutes
      .map((r) => `${r.method} ${r.path}`)
      .filter((key) => !POLICIES.has(key));
    expect(undeclared).toEqual([]);
  });

  it('has a sample request for every municipal route, so the matrix below covers it', () => {
    const municipal = [...POLICIES].filter(([, p]) => p.kind === 'municipio').map(([k]) => k);
    expect(municipal.filter((k) => !ROUTE_SAMPLES[k])).toEqual([]);
  });

  it('answers every route × principal × municipality as its policy says; cross-tenant is an indistinguishable 404', async () => {
    const failures: string[] = [];
    for (const [key, policy] of POLICIES) {
      if (!key.includes(':codigo')) continue;
      const sample = ROUTE_SAMPLES[key] ?? {};
      for (const principal of PRINCIPALS) {
        const cookie = principal.email ? await t.login(principal.email) : undefined;
        const bodies: Record<string, string> = {};
        for (const codigo of [OWN, OTHER, MISSING]) {
          const method = key.split(' ')[0]!;
          // Writes are checked for denial only: an allowed write would change the fixture.
          const expected = expectedStatus(policy, principal, codigo, key);
          if (method !== 'GET' && expected === 200) continue;
          const response = await t.request(
            pathFor(key, codigo, sample.params) + (sample.query ?? ''),
            {
              method,
              cookie,
              ...(sample.body ? { body: JSON.stringify(sample.body) } : {}),
            },
          );
          const text = await response.text();
          bodies[codigo] = text;
          if (response.status !== expected && !(expected === 200 && response.status === 204)) {
            failures.push(
              `${key} ${principal.label} ${codigo}: esperado ${expected}, recibido ${response.status} ${text.slice(0, 120)}`,
            );
          }
        }
        if (
          policy.kind === 'municipio' &&
          expectedStatus(policy, principal, OTHER, key) === 404 &&
          bodies[OTHER] !== undefined
        ) {
          if (bodies[OTHER] !== bodies[MISSING])
            failures.push(`${key} ${principal.label}: el 404 ajeno difiere del inexistente`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses every state change from another site (403) and every oversized body (413), before the route runs', async () => {
    const cookie = await t.login('planeacion.zipaquira@demo.rutapot.co');
    const tooBig = JSON.stringify({ relleno: 'x'.repeat(3 * 1024 * 1024) });
    const failures: string[] = [];
    let checked = 0;
    for (const key of POLICIES.keys()) {
      const method = key.split(' ')[0]!;
      if (method === 'GET') continue;
      checked += 1;
      const sample = ROUTE_SAMPLES[key] ?? {};
      const path = pathFor(key, OWN, sample.params) + (sample.query ?? '');
      const body = JSON.stringify(sample.body ?? {});
      // A page on another port of the same host: same site for the cookie, another origin.
      const forged = await t.request(path, {
        method,
        cookie,
        body,
        headers: { origin: 'http://localhost:4000', 'sec-fetch-site': 'same-site' },
      });
      const forgedCode = forged.status === 403 ? await codeOf(forged) : '';
      if (forgedCode !== 'prohibido') failures.push(`${key} CSRF: ${forged.status}`);
      const big = await t.request(path, { method, cookie, body: tooBig });
      const bigCode = big.status === 413 ? await codeOf(big) : '';
      if (bigCode !== 'demasiado_grande') failures.push(`${key} 3 MB: ${big.status}`);
    }
    expect(checked).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });

  it('never leaks another municipality in municipal listings', async () => {
    const cookie = await t.login('planeacion.zipaquira@demo.rutapot.co');
    const audit = await (
      await t.request(`/api/v1/municipios/${OWN}/auditoria?limite=500`, { cookie })
    ).text();
    expect(audit).not.toContain('05001');
    const members = await (
      await t.request(`/api/v1/municipios/${OWN}/miembros`, { cookie })
    ).text();
    expect(members).not.toContain('medellin');
  });
});
