import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

// Mounted by the lead in modules/index.ts; until then the test mounts it itself.

type Body = Record<string, any>;
const P = '/api/v1/municipios/25899/participacion';
const PUB = '/api/v1/publico/25899/participacion/documentos';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);

describe.each(ENGINES)('Participation workspace: documents on %s (issue 13)', (_n, open) => {
  let t: TestApp;
  let office: string;
  const upload = (fields: Record<string, string | File>, cookie = office) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return t.app.request(`${P}/documentos`, { method: 'POST', body: form, headers: { cookie } });
  };

  beforeAll(async () => {
    t = await createTestApp(open);
    office = await t.login(ACCOUNT['planeacion.zipaquira']!);
  });
  afterAll(() => t.close());

  it('keeps every version, publishes them and serves published files to anyone', async () => {
    const v1 = await upload({
      titulo: 'Documento técnico de soporte',
      resumen: 'Primera versión para discusión.',
      archivo: new File([pdf('v1')], 'DTS v1.pdf'),
    });
    expect(v1.status).toBe(200);
    const first = (await v1.json()) as Body;
    expect(first).toMatchObject({ version: 1, nombreArchivo: 'DTS v1.pdf' });
    const v2 = (await (
      await upload({
        titulo: 'Documento técnico de soporte',
        archivo: new File([pdf('v2')], 'DTS v2.pdf'),
      })
    ).json()) as Body;
    expect(v2.version).toBe(2);
    const draft = (await (
      await upload({
        titulo: 'Proyecto de acuerdo',
        publicar: 'no',
        archivo: new File([pdf('borrador')], 'acuerdo.pdf'),
      })
    ).json()) as Body;
    expect(draft.publicadoEn).toBeNull();

    const staff = (await (await t.request(`${P}/documentos`, { cookie: office })).json()) as Body;
    expect(staff.documentos).toHaveLength(3);
    const pub = (await (await t.request(PUB)).json()) as Body;
    expect(pub.documentos.map((d: Body) => d.version)).toEqual([2, 1]);
    const file = await t.request(`${PUB}/${first.id}/archivo`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(await file.arrayBuffer())).toContain('v1');
    expect((await t.request(`${PUB}/${draft.id}/archivo`)).status).toBe(404);
    expect((await t.request('/api/v1/publico/99999/participacion/documentos')).status).toBe(404);
  });

  it('refuses bad uploads and other roles, writing nothing', async () => {
    const count = () =>
      t.engine.db.withContext({ municipio: '25899' }, async (tx) =>
        rowsOf<{ n: number }>(
          await tx.execute(sql`SELECT count(*)::int AS n FROM participacion_documentos`),
        ),
      );
    const before = (await count())[0]!.n;
    const exe = await upload({
      titulo: 'Programa',
      archivo: new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], 'dts.pdf'),
    });
    expect(exe.status).toBe(422);
    const noTitle = await upload({ archivo: new File([pdf('x')], 'x.pdf') });
    expect(noTitle.status).toBe(400);
    const extra = await upload({
      titulo: 'Algo',
      otro: 'x',
      archivo: new File([pdf('x')], 'x.pdf'),
    });
    expect(extra.status).toBe(400);
    const consultor = await t.login(ACCOUNT['consultor.zipaquira']!);
    const denied = await upload(
      { titulo: 'Documento', archivo: new File([pdf('x')], 'x.pdf') },
      consultor,
    );
    expect(denied.status).toBe(403);
    expect((await count())[0]!.n).toBe(before);
  });
});
