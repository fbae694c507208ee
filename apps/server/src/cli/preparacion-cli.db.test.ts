import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { cliRunner, embeddedEnv } from '../../test/cli-harness';
import { requireSharedData } from '../../test/shared-data';

describe(
  'ruta-pot costo and banco on an embedded data folder (CLI contracts)',
  { timeout: 240_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-cli-prep-'));
    const cli = cliRunner(embeddedEnv(dir));

    it('says what is missing (exit 2), then prints the estimate with every assumption once the data is there', async () => {
      expect(
        (await cli('importar', 'divipola', requireSharedData('divipola/municipios_colombia.csv')))
          .code,
      ).toBe(0);
      const missing = await cli(
        'costo',
        '--municipio',
        '25899',
        '--tipo-revision',
        'revision_general',
        '--json',
      );
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/Falta: la población del municipio.*el área del municipio/);
      expect(missing.out).toBe('');
      const noTerms = await cli(
        'terminos-referencia',
        '--municipio',
        '25899',
        '--tipo-revision',
        'revision_general',
        '--salida',
        join(dir, 'x'),
      );
      expect(noTerms.code).toBe(2);
      expect(noTerms.err).toMatch(/Falta: la población del municipio/);
      expect(
        (
          await cli(
            'importar',
            'poblacion',
            requireSharedData('divipola/poblacion_municipal_dane_2012_2024.csv'),
          )
        ).code,
      ).toBe(0);
      // Only Zipaquirá's boundary (real MGN 2018 feature), to keep the test quick.
      const mgn = JSON.parse(
        readFileSync(requireSharedData('limites/mgn2018_municipios.geojson'), 'utf8'),
      ) as {
        features: Array<{ properties: { MPIO_CCNCT: string } }>;
      };
      const zipa = join(dir, 'zipaquira.geojson');
      writeFileSync(
        zipa,
        JSON.stringify({
          type: 'FeatureCollection',
          features: mgn.features.filter((f) => f.properties.MPIO_CCNCT === '25899'),
        }),
      );
      expect((await cli('importar', 'limites', zipa)).code).toBe(0);
      const r = await cli(
        'costo',
        '--municipio',
        '25899',
        '--tipo-revision',
        'revision_general',
        '--json',
      );
      expect(r.code, r.err).toBe(0);
      const json = JSON.parse(r.out) as {
        esperado: number;
        bajo: number;
        alto: number;
        moneda: string;
        anioPrecios: number;
        supuestos: Array<{ esperado: number; supuesto: string }>;
      };
      expect(Object.keys(json)).toEqual([
        'bajo',
        'esperado',
        'alto',
        'moneda',
        'anioPrecios',
        'supuestos',
      ]);
      expect(json.moneda).toBe('COP');
      expect(json.bajo).toBeLessThan(json.esperado);
      expect(json.esperado).toBeLessThan(json.alto);
      expect(json.supuestos.reduce((a, s) => a + s.esperado, 0)).toBe(json.esperado);
      expect(json.supuestos.every((s) => s.supuesto.length > 0)).toBe(true);
      const older = JSON.parse(
        (
          await cli(
            'costo',
            '--municipio',
            '25899',
            '--tipo-revision',
            'revision_general',
            '--anio-precios',
            '2023',
            '--json',
          )
        ).out,
      ) as { esperado: number; anioPrecios: number };
      expect(older.anioPrecios).toBe(2023);
      expect(older.esperado).toBeLessThan(json.esperado);
      const out = join(dir, 'tdr');
      const terms = await cli(
        'terminos-referencia',
        '--municipio',
        '25899',
        '--tipo-revision',
        'modificacion_excepcional',
        '--salida',
        out,
      );
      expect(terms.code, terms.err).toBe(0);
      expect(terms.out).toMatch(/productos exigidos por la ley/);
      expect(readFileSync(join(out, 'terminos-referencia.docx')).subarray(0, 2).toString()).toBe(
        'PK',
      );
      expect(readFileSync(join(out, 'terminos-referencia.pdf')).subarray(0, 5).toString()).toBe(
        '%PDF-',
      );
      const badType = await cli(
        'terminos-referencia',
        '--municipio',
        '25899',
        '--tipo-revision',
        'x',
        '--salida',
        out,
      );
      expect(badType.code).toBe(2);
    });

    it('refuses an unknown revision type and a bad code with a Spanish message and exit 2', async () => {
      const bad = await cli(
        'costo',
        '--municipio',
        '25899',
        '--tipo-revision',
        'revision_total',
        '--json',
      );
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(
        /Tipo de revisión desconocido: «revision_total»\. Tipos válidos: revision_general/,
      );
      const code = await cli('costo', '--municipio', '2589', '--tipo-revision', 'revision_general');
      expect(code.code).toBe(2);
      expect(code.err).toMatch(/5 dígitos/);
    });

    it('imports the documented acts and searches them best first, ignoring accents', async () => {
      const imported = await cli(
        'banco',
        'importar',
        requireSharedData('pot/pot_instrumentos_documentados.csv'),
      );
      expect(imported.code, imported.err).toBe(0);
      expect(imported.out).toMatch(/5 casos leídos \(5 nuevos/);
      const found = await cli('banco', 'buscar', 'modificacion excepcional', '--json');
      const casos = JSON.parse(found.out) as Array<{
        municipio: string;
        acto: string;
        relevancia: number;
      }>;
      expect(casos.map((c) => c.acto).sort()).toEqual([
        'Acuerdo Municipal 012 de 2013',
        'Acuerdo Municipal 023 de 2020',
      ]);
      expect(casos[0]!.relevancia).toBeGreaterThanOrEqual(casos[1]!.relevancia);
      const broken = join(dir, 'roto.csv');
      writeFileSync(
        broken,
        'codigo_municipio,municipio,tipo_plan,tipo_revision,resultado,fuente\n123,X,POT,revision_general,adoptado,f\n',
      );
      const refused = await cli('banco', 'importar', broken);
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/línea 2: Línea 2: el código DANE «123» debe tener 5 dígitos/);
      expect(JSON.parse((await cli('banco', 'buscar', 'zipaquira', '--json')).out)).toHaveLength(4);
    });
  },
);
