import { readFileSync } from 'node:fs';

import { bancoCasos } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { ImportError } from '../catalog/import-error';
import { importBank, searchBank, similarCases } from './bank-service';

const actsCsv = new Uint8Array(
  readFileSync(requireSharedData('pot/pot_instrumentos_documentados.csv')),
);
const actor = { id: null, label: 'prueba' };
const HEADER =
  'codigo_municipio,municipio,tipo_plan,tipo_revision,anio_inicio,anio_fin,costo_cop,anio_costo,duracion_meses,modalidad,resultado,poblacion,acto,objeto,lecciones,fuente';
const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(ENGINES)('bank of experiences on %s', (_name, open) => {
  let t: TestApp;
  const count = async () =>
    (
      await t.deps.db.withContext({ plataforma: true }, (tx) =>
        tx.select({ n: sql<number>`count(*)::int` }).from(bancoCasos),
      )
    )[0]!.n;
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('imports the documented acts: Concejo acts become cases, CAR resolutions their documents', async () => {
    const r = await importBank(t.deps, { bytes: actsCsv, source: 'csv', actor });
    expect(r).toEqual({ leidos: 5, nuevos: 5, actualizados: 0 });
    const again = await importBank(t.deps, { bytes: actsCsv, source: 'csv', actor });
    expect(again).toEqual({ leidos: 5, nuevos: 0, actualizados: 5 });
    const zipa = await searchBank(t.deps, { filtros: { texto: 'Zipaquira' } });
    expect(zipa).toHaveLength(4);
    const adoption = zipa.find((c) => c.acto === 'Acuerdo Municipal 012 de 2000')!;
    expect(adoption.tipoRevision).toBe('adopcion');
    expect(adoption.documentos[0]!.titulo).toContain('Resolución CAR 1839 de 1999');
    expect(adoption.departamento).toBe('Cundinamarca');
    expect(adoption.poblacion).toBe(160_629);
    const medellin = await searchBank(t.deps, { filtros: { texto: 'medellín' } });
    expect(medellin[0]!.tipoRevision).toBe('sin_determinar');
  });

  it('writes nothing when a row is broken and names every bad line', async () => {
    const before = await count();
    const file = `${HEADER}\n25785,Tabio,EOT,revision_general,2019,2021,900000000,2020,24,concurso_meritos,adoptado,26505,Acuerdo 1 de 2021,,,Prueba\n25785,Tabio,XYZ,revision_general,2019,2021,-5,2020,24,,adoptado,,,,,Prueba\n`;
    const error = await importBank(t.deps, { bytes: bytes(file), source: 'x', actor }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    const problems = (error as ImportError).problems.map((p) => p.message).join(' ');
    expect(problems).toContain('Línea 3');
    expect(problems).toContain('tipo de plan «XYZ»');
    expect(problems).toContain('El costo «-5»');
    expect(await count()).toBe(before);
  });

  it('refuses a case cost without the year of its pesos, by row, and the table refuses it too', async () => {
    const before = await count();
    const file = `${HEADER}\n25785,Tabio,EOT,revision_general,2019,2021,900000000,,24,,adoptado,,,,,Prueba\n`;
    const error = await importBank(t.deps, { bytes: bytes(file), source: 'x', actor }).catch(
      (e: unknown) => e,
    );
    const problems = (error as ImportError).problems.map((p) => p.message).join(' ');
    expect(problems).toMatch(/Línea 2.*un costo necesita el año de sus pesos \(anio_costo\)/);
    // Last fence (migration 202612041203): a cost without its year never reaches the table.
    await expect(
      t.engine.owner.query(
        `INSERT INTO banco_casos (id, municipality_id, municipio, codigo_departamento, departamento,
           tipo_plan, tipo_revision, costo_cop, resultado, fuente)
         VALUES (gen_random_uuid(), '25785', 'Tabio', '25', 'Cundinamarca', 'EOT',
           'revision_general', 900000000, 'adoptado', 'Prueba')`,
      ),
    ).rejects.toThrow(/banco_casos_costo_con_anio/);
    expect(await count()).toBe(before);
  });

  describe('Spanish search ignores accents and word endings', () => {
    beforeAll(async () => {
      const rows = [
        '25785,Tabio,EOT,revision_general,2019,2021,900000000,2020,24,concurso_meritos,adoptado,26505,Acuerdo 1 de 2021,Revisión con estudios de amenaza por inundaciones del río Frío,La concertación con la CAR tardó por la cartografía,Prueba',
        '66682,Santa Rosa de Cabal,PBOT,revision_excepcional,2020,2022,,,,,anulado,79960,Acuerdo 9 de 2022,Revisión excepcional por avenida torrencial,El tribunal anuló el acuerdo por falta de cabildo abierto,Prueba',
        '25126,Cajicá,POT,modificacion_excepcional,2021,2023,,,,,suspendido,101582,Acuerdo 3 de 2023,Modificaciones excepcionales de norma urbanística,Medida cautelar,Prueba',
      ];
      await importBank(t.deps, {
        bytes: bytes(`${HEADER}\n${rows.join('\n')}\n`),
        source: 'prueba',
        actor,
      });
    });
    const found = async (texto: string) =>
      (await searchBank(t.deps, { filtros: { texto } })).map((c) => c.municipio);

    it('«inundación» finds «inundaciones», without the accent too', async () => {
      expect(await found('inundación')).toEqual(['Tabio']);
      expect(await found('inundacion')).toEqual(['Tabio']);
      expect(await found('INUNDACIONES')).toEqual(['Tabio']);
    });
    it('stems plurals and verb forms: «anulación» finds «anuló», «modificación» finds «Modificaciones»', async () => {
      expect(await found('anulado')).toEqual(['Santa Rosa de Cabal']);
      expect(await found('modificacion norma urbanistica')).toEqual(['Cajicá']);
      // The real Zipaquirá acts «modifica excepcionalmente» match as well.
      expect(await found('modificacion excepcional')).toContain('Zipaquirá');
      expect(await found('avenidas torrenciales')).toEqual(['Santa Rosa de Cabal']);
      expect(await found('concertacion cartografia')).toEqual(['Tabio']);
      expect(await found('cajica')).toEqual(['Cajicá']);
    });
    it('filters by department, plan type, outcome and population band', async () => {
      const f = async (filtros: Parameters<typeof searchBank>[1]['filtros']) =>
        (await searchBank(t.deps, { filtros })).map((c) => c.municipio).sort();
      expect(await f({ texto: 'revision', departamento: '66' })).toEqual(['Santa Rosa de Cabal']);
      expect(await f({ resultado: 'anulado' })).toEqual(['Santa Rosa de Cabal']);
      expect(await f({ tipoPlan: 'EOT' })).toEqual(['Tabio']);
      expect(await f({ banda: 'de_10000_a_30000' })).toEqual(['Tabio']);
    });
    it('ranks the best match first', async () => {
      const r = await searchBank(t.deps, { filtros: { texto: 'cabildo abierto tribunal' } });
      expect(r[0]!.municipio).toBe('Santa Rosa de Cabal');
    });
  });

  it('lists similar municipalities: same plan type, same department first', async () => {
    const s = await similarCases(t.deps, { codigo: '25785' });
    expect(s.tipoPlan).toBe('EOT');
    expect(s.casos.every((c) => c.tipoPlan === 'EOT')).toBe(true);
    const z = await similarCases(t.deps, { codigo: '25899' });
    expect(z.casos[0]!.codigoDepartamento).toBe('25');
    expect(z.casos.some((c) => c.codigo === '25899')).toBe(false);
  });
});
