import { readFileSync } from 'node:fs';

import { municipios, poblacionMunicipal } from '@ruta-pot/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { ImportError } from './import-error';
import { importDivipola, importPopulation } from './service';

const data = (file: string) => new Uint8Array(readFileSync(requireSharedData(`divipola/${file}`)));
const actor = { id: null, label: 'prueba' };

describe.each(ENGINES)('DANE importers on %s', (_name, open) => {
  let t: TestApp;
  const count = async () =>
    (await t.deps.db.orm.select({ n: sql<number>`count(*)::int` }).from(municipios))[0]!.n;
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('imports the raw datos.gov.co DIVIPOLA export with its spreadsheet-mangled codes', async () => {
    const result = await importDivipola(t.deps, {
      bytes: data('divipola_datosgov_raw.csv'),
      source: 'raw',
      actor,
    });
    expect(result.leidos).toBe(1121);
    expect(await count()).toBe(1121);
    const [medellin] = await t.deps.db.orm
      .select()
      .from(municipios)
      .where(eq(municipios.codigo, '05001'));
    expect(medellin!.nombre).toBe('MEDELLÍN');
    const codes = await t.deps.db.orm.select({ codigo: municipios.codigo }).from(municipios);
    expect(codes.every((c) => /^\d{5}$/.test(c.codigo))).toBe(true);
  });

  it('updates in place on re-import and never duplicates', async () => {
    const result = await importDivipola(t.deps, {
      bytes: data('divipola_datosgov_normalizado.csv'),
      source: 'normalizado',
      actor,
    });
    expect(result).toMatchObject({ leidos: 1121, nuevos: 0, actualizados: 1121 });
    expect(await count()).toBe(1121);
  });

  it('imports the derived list of 1,122 municipalities (adds Mapiripana)', async () => {
    await importDivipola(t.deps, {
      bytes: data('municipios_colombia.csv'),
      source: 'derivado',
      actor,
    });
    expect(await count()).toBe(1122);
  });

  it('imports DANE population by municipality and year', async () => {
    const result = await importPopulation(t.deps, {
      bytes: data('poblacion_municipal_dane_2012_2024.csv'),
      source: 'dane',
      actor,
    });
    expect(result).toMatchObject({ filas: 14586, municipios: 1122 });
    const [row] = await t.deps.db.orm
      .select()
      .from(poblacionMunicipal)
      .where(sql`${poblacionMunicipal.codigo} = '11001' AND ${poblacionMunicipal.anio} = 2024`);
    expect(row!.poblacion).toBe(7_929_539);
  });

  it('rejects malformed files with a Spanish message and writes nothing', async () => {
    const before = await count();
    const cases: [string, string][] = [
      ['columnas', 'a,b,c\n1,2,3\n'],
      [
        'duplicados',
        'COD_DPTO,NOM_DPTO,COD_MPIO,NOM_MPIO\n05,ANTIOQUIA,05001,MEDELLÍN\n05,ANTIOQUIA,05001,MEDELLÍN\n',
      ],
      ['código', 'COD_DPTO,NOM_DPTO,COD_MPIO,NOM_MPIO\n05,ANTIOQUIA,5A01,X\n'],
    ];
    for (const [label, text] of cases) {
      await expect(
        importDivipola(t.deps, { bytes: new TextEncoder().encode(text), source: label, actor }),
        label,
      ).rejects.toThrow(ImportError);
    }
    await expect(
      importDivipola(t.deps, {
        bytes: new Uint8Array([0, 1, 2, 255, 254, 0]),
        source: 'binario',
        actor,
      }),
    ).rejects.toThrow(ImportError);
    await expect(
      importPopulation(t.deps, {
        bytes: new TextEncoder().encode('cod_mpio,anio,poblacion_total\n99998,2024,10\n'),
        source: 'x',
        actor,
      }),
    ).rejects.toThrow(/no están en el catálogo/);
    expect(await count()).toBe(before);
  });
});
