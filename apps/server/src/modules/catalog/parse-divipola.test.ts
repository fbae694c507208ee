import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { decodeWindows1252 } from './decode-text';
import { ImportError } from './import-error';
import { parseDivipola } from './parse-divipola';

const dataFile = (name: string): Uint8Array => readFileSync(requireSharedData(`divipola/${name}`));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.codePointAt(0) ?? 0);

const HEADER = 'COD_DPTO,NOM_DPTO,COD_MPIO,NOM_MPIO,TIPO,LATITUD,LONGITUD';
const csv = (...lines: string[]): Uint8Array => utf8([HEADER, ...lines].join('\n'));

function divipolaError(bytes: Uint8Array): ImportError {
  try {
    parseDivipola(bytes);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('parseDivipola did not throw');
}

describe('parseDivipola with the real DANE files', () => {
  const raw = parseDivipola(dataFile('divipola_datosgov_raw.csv'));

  it('reads the datos.gov.co export: 1,121 municipalities with repaired 5-digit codes', () => {
    expect(raw.encoding).toBe('utf-8');
    expect(raw.municipalities).toHaveLength(1121);
    for (const m of raw.municipalities) {
      expect(m.codigo).toMatch(/^\d{5}$/);
      expect(m.codigoDepartamento).toMatch(/^\d{2}$/);
      expect(m.codigo.startsWith(m.codigoDepartamento)).toBe(true);
    }
    expect(new Set(raw.municipalities.map((m) => m.codigo)).size).toBe(1121);
  });

  it('keeps names exactly as in the file (accents intact)', () => {
    const medellin = raw.municipalities.find((m) => m.codigo === '05001');
    expect(medellin).toEqual({
      codigo: '05001',
      nombre: 'MEDELL\u00CDN',
      codigoDepartamento: '05',
      departamento: 'ANTIOQUIA',
      tipo: 'Municipio',
      latitud: 6.257590259,
      longitud: -75.61103107,
    });
    const bogota = raw.municipalities.find((m) => m.codigo === '11001');
    expect(bogota?.nombre).toBe('BOGOT\u00C1, D.C.');
    expect(raw.municipalities.find((m) => m.codigo === '88001')?.tipo).toBe('Isla');
  });

  it('warns about ignored columns and repaired codes', () => {
    expect(raw.warnings).toContain('Se ignoraron las columnas: Geo Municipio.');
    expect(raw.warnings.some((w) => w.includes('Se corrigieron 1121 códigos'))).toBe(true);
  });

  it('reads the normalized derivative with the same codes as the raw export', () => {
    const normalized = parseDivipola(dataFile('divipola_datosgov_normalizado.csv'));
    expect(normalized.municipalities).toHaveLength(1121);
    expect(normalized.municipalities.map((m) => m.codigo).sort()).toEqual(
      raw.municipalities.map((m) => m.codigo).sort(),
    );
    expect(normalized.municipalities).toEqual(raw.municipalities);
    expect(normalized.warnings).toEqual([]);
  });

  it('reads municipios_colombia.csv (1,122, extra columns ignored, one without coordinates)', () => {
    const all = parseDivipola(dataFile('municipios_colombia.csv'));
    expect(all.municipalities).toHaveLength(1122);
    const mapiripana = all.municipalities.find((m) => m.codigo === '94663');
    expect(mapiripana).toMatchObject({ nombre: 'MAPIRIPANA', tipo: null, latitud: null });
    expect(all.warnings).toContain('1 de 1122 municipios no tiene coordenadas.');
  });
});

describe('parseDivipola with edited or malformed files', () => {
  it('repairs codes mangled by spreadsheets and comma decimals', () => {
    const result = parseDivipola(
      csv(
        '5,ANTIOQUIA,"5,001",MEDELLÍN,Municipio,"6,25184","-75,56359"',
        '"05",ANTIOQUIA,5.002,ABEJORRAL,Municipio,5.8,-75.4',
        '5.0,ANTIOQUIA,5004,ABRIAQUÍ,Municipio,,',
        "08,ATLÁNTICO,'08001,BARRANQUILLA,Municipio,10.96,-74.79",
      ),
    );
    expect(result.municipalities.map((m) => [m.codigoDepartamento, m.codigo])).toEqual([
      ['05', '05001'],
      ['05', '05002'],
      ['05', '05004'],
      ['08', '08001'],
    ]);
    expect(result.municipalities[0]).toMatchObject({ latitud: 6.25184, longitud: -75.56359 });
    expect(result.municipalities[2]).toMatchObject({ latitud: null, longitud: null });
    expect(result.warnings.some((w) => w.includes('solo 4 municipios'))).toBe(true);
  });

  it('matches headers without case or accents, by prefix for TIPO, and with «;»', () => {
    const text = [
      'Cod_Dpto;Nom_Dpto;COD_MPIO;Nom_Mpio;TIPO: MUNICIPIO / ISLA / ÁREA NO MUNICIPALIZADA;Latitud;Longitud',
      '91;AMAZONAS;91263;EL ENCANTO;Área no municipalizada;-1,99;-72,72',
    ].join('\r\n');
    const [row] = parseDivipola(utf8(text)).municipalities;
    expect(row).toEqual({
      codigo: '91263',
      nombre: 'EL ENCANTO',
      codigoDepartamento: '91',
      departamento: 'AMAZONAS',
      tipo: 'Área no municipalizada',
      latitud: -1.99,
      longitud: -72.72,
    });
  });

  it('accepts the minimal file without TIPO, LATITUD and LONGITUD, trimming names', () => {
    const result = parseDivipola(
      utf8('cod_dpto,nom_dpto,cod_mpio,nom_mpio\n05, ANTIOQUIA ,05001,  MEDELLÍN \n'),
    );
    expect(result.municipalities).toEqual([
      {
        codigo: '05001',
        nombre: 'MEDELLÍN',
        codigoDepartamento: '05',
        departamento: 'ANTIOQUIA',
        tipo: null,
        latitud: null,
        longitud: null,
      },
    ]);
  });

  it('accepts a Latin-1 / Windows-1252 file and decodes the accents', () => {
    const result = parseDivipola(
      latin1(
        `${HEADER}\n05,ANTIOQUIA,05001,MEDELLÍN,Municipio,6.25,-75.6\n54,NORTE DE SANTANDER,54001,SAN JOSÉ DE CÚCUTA,Municipio,7.9,-72.5\n05,ANTIOQUIA,05541,PEÑOL,Municipio,6.2,-75.2\n`,
      ),
    );
    expect(result.encoding).toBe('windows-1252');
    expect(result.municipalities.map((m) => m.nombre)).toEqual([
      'MEDELLÍN',
      'SAN JOSÉ DE CÚCUTA',
      'PEÑOL',
    ]);
    expect(result.warnings[0]).toContain('Windows-1252');
  });

  it('rejects a file without the expected columns, listing missing and found ones', () => {
    const error = divipolaError(utf8('a,b\n1,2\n'));
    expect(error.message).toBe(
      'El archivo no tiene las columnas esperadas. Faltan: COD_DPTO, NOM_DPTO, COD_MPIO, NOM_MPIO. Columnas encontradas: a, b.',
    );
  });

  it('hints at the delimiter when only one column is found', () => {
    const error = divipolaError(utf8('COD_DPTO|NOM_DPTO|COD_MPIO|NOM_MPIO\n05|A|05001|B\n'));
    expect(error.message).toContain('revise que el separador');
  });

  it('rejects a binary file', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(divipolaError(zip).message).toContain('no parece un archivo de texto (CSV)');
  });

  it('rejects a double-encoded UTF-8 file (mojibake)', () => {
    const good = `${HEADER}\n05,ANTIOQUIA,05001,Medellín,Municipio,6.25,-75.6\n`;
    const error = divipolaError(utf8(decodeWindows1252(utf8(good))));
    expect(error.message).toContain('tildes dañadas');
    expect(error.message).toContain('«Medellín»');
  });

  it('rejects duplicate municipality codes, naming the lines', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `05,ANTIOQUIA,0510${i},M${i},Municipio,6,-75`);
    const error = divipolaError(
      csv(
        '05,ANTIOQUIA,05001,MEDELLÍN,Municipio,6,-75',
        ...rows,
        '05,ANTIOQUIA,"5,001",OTRO,Municipio,6,-75',
      ),
    );
    expect(error.message).toContain('Código de municipio duplicado «05001» en las líneas 2 y 9.');
    expect(error.problems).toEqual([
      { line: 9, message: 'Código de municipio duplicado «05001» en las líneas 2 y 9.' },
    ]);
  });

  it('collects every row problem before throwing, so nothing is imported', () => {
    const error = divipolaError(
      csv(
        '05,ANTIOQUIA,05001,MEDELLÍN,Municipio,6.25,-75.6',
        '05,ANTIOQUIA,08001,BARRANQUILLA,Municipio,10.9,-74.8',
        '05,ANTIOQUIA,050011,X,Municipio,6,-75',
        '5A,ANTIOQUIA,05002,,Municipio,6,-75',
        '05,ANTIOQUIA,05004,ABRIAQUÍ,Municipio,96.6,-76.0',
        '05,ANTIOQUIA,5A01,Y,Municipio,6,-75',
        '05,ANTIOQUIA,05021,Z,Municipio,-75.1,6.3',
        '05,ANTIOQUIA,05030,W,Municipio,6.2.3,',
      ),
    );
    expect(error.message).toMatch(
      /^El archivo DIVIPOLA tiene \d+ problemas; no se importó ninguna fila\./,
    );
    const messages = error.problems.map((p) => p.message);
    expect(messages).toEqual([
      'Línea 3: el código de municipio «08001» no corresponde al departamento «05» (debe empezar por 05).',
      'Línea 4: código de municipio «050011» no válido (se esperan 5 dígitos).',
      'Línea 5: código de departamento «5A» no válido (se esperan 2 dígitos).',
      'Línea 5: falta el nombre del municipio.',
      'Línea 6: latitud 96.6 fuera de Colombia (se espera entre -5 y 17).',
      'Línea 7: código de municipio «5A01» no válido (se esperan 5 dígitos).',
      'Línea 8: latitud «-75.1» y longitud «6.3» parecen intercambiadas.',
      'Línea 9: latitud «6.2.3» no es un número válido.',
    ]);
    expect(error.problems.map((p) => p.line)).toEqual([3, 4, 5, 5, 6, 7, 8, 9]);
  });

  it('rejects a file with an unterminated quote', () => {
    const error = divipolaError(
      csv(
        '05,ANTIOQUIA,05001,"MEDELLÍN,Municipio,6,-75',
        '05,ANTIOQUIA,05002,ABEJORRAL,Municipio,6,-75',
      ),
    );
    expect(error.message).toContain(
      'Línea 2: hay unas comillas (") que abren un campo y nunca se cierran',
    );
  });

  it('rejects rows with a wrong number of cells', () => {
    const error = divipolaError(csv('05,ANTIOQUIA,05001,MEDELLÍN,Municipio,6,-75,extra'));
    expect(error.message).toContain('Línea 2: tiene 8 columnas y el encabezado tiene 7');
  });

  it('rejects an empty file and a header-only file', () => {
    expect(divipolaError(new Uint8Array()).message).toContain('El archivo está vacío');
    expect(divipolaError(utf8('\uFEFF' + HEADER + '\r\n')).message).toBe(
      'El archivo DIVIPOLA solo tiene el encabezado; no hay filas de municipios.',
    );
  });

  it('rejects ambiguous headers instead of guessing', () => {
    const error = divipolaError(
      utf8('cod_dpto,nom_dpto,cod_mpio,nom_mpio,tipo_a,tipo_b\n05,A,05001,B,x,y\n'),
    );
    expect(error.message).toContain('varias columnas que podrían ser TIPO: «tipo_a» y «tipo_b»');
  });

  it('warns when a department code appears with different names', () => {
    const result = parseDivipola(csv('05,ANTIOQUIA,05001,A,,,', '05,ANTIOKIA,05002,B,,,'));
    expect(result.warnings).toContain(
      'El departamento 05 aparece con nombres distintos: «ANTIOQUIA» (línea 2) y «ANTIOKIA» (línea 3).',
    );
  });
});
