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

function expectedStatus(policy: Policy, principal: Principal, codigo: string): number {
  if (policy.kind === 'publico') return codigo === MISSING ? 404 : 200;
  if (!principal.email) return 401;
  if (policy.kind === 'autenticado') return 200;
  if (policy.kind === 'plataforma') return principal.admin ? 200 : 404;
  if (codigo === MISSING) return 404;
  if (principal.admin && policy.administrador !== false) return 200;
  const roles = codigo === OWN ? principal.rolesInOwn : [];
  if (roles.length === 0) return 404;
  return roles.some((r) => (policy.roles as readonly string[]).includes(r)) ? 200 : 403;
}

const pathFor = (key: string, codigo: string) => key.split(' ')[1]!.replace(':codigo', codigo);

describe.each(ENGINES)('authorization and tenant isolation on %s', (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
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
          const expected = expectedStatus(policy, principal, codigo);
          if (method !== 'GET' && expected === 200) continue;
          const response = await t.request(pathFor(key, codigo) + (sample.query ?? ''), {
            method,
            cookie,
            ...(sample.body ? { body: JSON.stringify(sample.body) } : {}),
          });
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
          expectedStatus(policy, principal, OTHER) === 404 &&
          bodies[OTHER] !== undefined
        ) {
          if (bodies[OTHER] !== bodies[MISSING])
            failures.push(`${key} ${principal.label}: el 404 ajeno difiere del inexistente`);
        }
      }
    }
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
