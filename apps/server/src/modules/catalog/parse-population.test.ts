import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { decodeWindows1252 } from './decode-text';
import { ImportError } from './import-error';
import { parsePopulation } from './parse-population';

const dataFile = (name: string): Uint8Array => readFileSync(requireSharedData(`divipola/${name}`));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.codePointAt(0) ?? 0);

function populationError(bytes: Uint8Array): ImportError {
  try {
    parsePopulation(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('parsePopulation did not throw');
}

describe('parsePopulation with the real DANE file', () => {
  const result = parsePopulation(dataFile('poblacion_municipal_dane_2012_2024.csv'));
  const find = (codigo: string, anio: number) =>
    result.rows.find((r) => r.codigo === codigo && r.anio === anio);

  it('reads 14,586 rows (1,122 municipalities × 13 years)', () => {
    expect(result.encoding).toBe('utf-8');
    expect(result.rows).toHaveLength(14586);
    expect(new Set(result.rows.map((r) => r.codigo)).size).toBe(1122);
    expect(result.warnings).toEqual([]);
  });

  it('has the DANE figures for Medellín and Bogotá in 2024', () => {
    expect(find('05001', 2024)).toEqual({
      codigo: '05001',
      anio: 2024,
      poblacion: 2616335,
      hombres: 1232017,
      mujeres: 1384318,
    });
    expect(find('11001', 2024)?.poblacion).toBe(7929539);
  });
});

describe('parsePopulation with DANE-style and malformed files', () => {
  it('accepts DANE column names without case or accents, thousands separators and «;»', () => {
    const text =
      'DPMP;AÑO;POBLACIÓN\n5001;2024;"2.616.335"\n11001;2024;7,929,539\n05002;2023;21 468\n';
    expect(parsePopulation(utf8(text)).rows).toEqual([
      { codigo: '05001', anio: 2024, poblacion: 2616335, hombres: null, mujeres: null },
      { codigo: '11001', anio: 2024, poblacion: 7929539, hombres: null, mujeres: null },
      { codigo: '05002', anio: 2023, poblacion: 21468, hombres: null, mujeres: null },
    ]);
  });

  it('accepts CODIGO / ANO / TOTAL and YEAR headers', () => {
    expect(parsePopulation(utf8('Codigo,Ano,Total\n05001,2020,10\n')).rows).toHaveLength(1);
    expect(parsePopulation(utf8('cod_mpio,year,poblacion\n05001,2020,10\n')).rows).toHaveLength(1);
  });

  it('reads a Windows-1252 file (Excel) with «AÑO» in the header', () => {
    const result = parsePopulation(latin1('COD_MPIO;AÑO;POBLACIÓN TOTAL\n05001;2024;2616335\n'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.rows[0]?.poblacion).toBe(2616335);
  });

  it('keeps only the «Total» rows of DANE projection files split by área geográfica', () => {
    const text = [
      'DP,DPNOM,DPMP,MPIO,AÑO,ÁREA GEOGRÁFICA,Total Hombres,Total Mujeres,Total',
      '05,Antioquia,05001,Medellín,2024,Total,1232017,1384318,2616335',
      '05,Antioquia,05001,Medellín,2024,Cabecera Municipal,1200000,1350000,2550000',
      '05,Antioquia,05001,Medellín,2024,Centros Poblados y Rural Disperso,32017,34318,66335',
    ].join('\n');
    const result = parsePopulation(utf8(text));
    expect(result.rows).toEqual([
      { codigo: '05001', anio: 2024, poblacion: 2616335, hombres: 1232017, mujeres: 1384318 },
    ]);
    expect(result.warnings).toEqual([
      'Se omitieron 2 filas por área (cabecera, rural); se usó el total.',
    ]);
  });

  it('warns when men + women do not add up to the total', () => {
    const text = 'cod_mpio,anio,poblacion_total,hombres,mujeres\n05001,2024,100,40,50\n';
    expect(parsePopulation(utf8(text)).warnings).toEqual([
      'En 1 fila, hombres + mujeres no suma la población total.',
    ]);
  });

  it('rejects missing columns with the list of what was found', () => {
    expect(populationError(utf8('municipio,valor\nx,1\n')).message).toBe(
      'El archivo no tiene las columnas esperadas. Faltan: COD_MPIO, AÑO, POBLACION. Columnas encontradas: municipio, valor.',
    );
  });

  it('collects every invalid value before throwing', () => {
    const text = [
      'cod_mpio,anio,poblacion_total,hombres,mujeres',
      '05001,2024,2616335,1232017,1384318',
      '5A01,2024,10,,',
      '05002,1984,10,,',
      '05004,2024,-5,,',
      '05021,2024,12.5,,',
      '05030,,,,',
      '05031,2024,10,-1,x',
    ].join('\n');
    const error = populationError(utf8(text));
    expect(error.message).toMatch(
      /^El archivo de población tiene 8 problemas; no se importó ninguna fila\./,
    );
    expect(error.problems.map((p) => p.message)).toEqual([
      'Línea 3: código de municipio «5A01» no válido (se esperan 5 dígitos).',
      'Línea 4: año «1984» no válido (se espera un año entre 1985 y 2100).',
      'Línea 5: la población «-5» no puede ser un número negativo.',
      'Línea 6: la población «12.5» no es un número entero válido.',
      'Línea 7: falta el año.',
      'Línea 7: falta la población.',
      'Línea 8: el número de hombres «-1» no puede ser un número negativo.',
      'Línea 8: el número de mujeres «x» no es un número entero válido.',
    ]);
  });

  it('rejects a duplicated (municipio, año) pair, naming both lines', () => {
    const text = 'cod_mpio,anio,poblacion_total\n05001,2024,1\n05002,2024,2\n5001,2024,3\n';
    const error = populationError(utf8(text));
    expect(error.problems).toEqual([
      {
        line: 4,
        message: 'Población duplicada para el municipio «05001» en el año 2024 (líneas 2 y 4).',
      },
    ]);
    expect(error.message).toContain('«05001» en el año 2024');
  });

  it('rejects empty, header-only, binary and double-encoded files', () => {
    expect(populationError(new Uint8Array()).message).toContain('El archivo está vacío');
    expect(populationError(utf8('cod_mpio,anio,poblacion_total\n')).message).toBe(
      'El archivo de población solo tiene el encabezado; no hay filas de datos.',
    );
    expect(populationError(new Uint8Array([0x00, 0x01, 0x02, 0xff])).message).toContain(
      'no parece un archivo de texto (CSV)',
    );
    const mojibake = utf8(decodeWindows1252(utf8('cod_mpio,año,poblacion\n05001,2024,1\n')));
    expect(populationError(mojibake).message).toContain('tildes dañadas');
  });

  it('rejects an unterminated quote', () => {
    const error = populationError(utf8('cod_mpio,anio,poblacion_total\n"05001,2024,1\n'));
    expect(error.message).toContain(
      'Línea 2: hay unas comillas (") que abren un campo y nunca se cierran',
    );
  });
});
