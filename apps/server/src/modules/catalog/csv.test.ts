import { describe, expect, it } from 'vitest';

import { parseCsv } from './csv';
import { ImportError } from './import-error';

function csvError(text: string): ImportError {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('parseCsv did not throw');
}

describe('parseCsv', () => {
  it('parses a simple comma-separated file with line numbers', () => {
    expect(parseCsv('a,b\n1,2\n3,4\n')).toEqual({
      header: ['a', 'b'],
      rows: [
        { line: 2, cells: ['1', '2'] },
        { line: 3, cells: ['3', '4'] },
      ],
    });
  });

  it('handles quoted fields with delimiters, escaped quotes and line breaks (RFC 4180)', () => {
    const text = 'nombre,nota\r\n"BOGOTÁ, D.C.","dice ""hola"""\r\n"dos\r\nlíneas",x\r\nfin,y\r\n';
    const { rows } = parseCsv(text);
    expect(rows).toEqual([
      { line: 2, cells: ['BOGOTÁ, D.C.', 'dice "hola"'] },
      { line: 3, cells: ['dos\r\nlíneas', 'x'] },
      { line: 5, cells: ['fin', 'y'] },
    ]);
  });

  it('accepts LF, CRLF and lone CR line endings and a missing final newline', () => {
    expect(parseCsv('a\r1\r2').rows.map((r) => r.cells[0])).toEqual(['1', '2']);
    expect(parseCsv('a\r\n1\n2').rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('detects semicolon (Excel es-CO) and tab delimiters from the header', () => {
    expect(parseCsv('cod;nombre\n05001;"A;B"\n').rows[0]?.cells).toEqual(['05001', 'A;B']);
    expect(parseCsv('cod\tnombre\n05001\tMEDELLÍN, ANT\n').rows[0]?.cells).toEqual([
      '05001',
      'MEDELLÍN, ANT',
    ]);
    expect(parseCsv('"a,b";c;d\n1;2;3\n').header).toEqual(['a,b', 'c', 'd']);
  });

  it('honours a forced delimiter', () => {
    expect(parseCsv('a;b,c\n1;2,3\n', { delimiter: ',' }).header).toEqual(['a;b', 'c']);
  });

  it('skips fully empty lines, including rows of bare delimiters, keeping real line numbers', () => {
    const { rows } = parseCsv('\n\na,b\n\n1,2\n,\n  \n3,4\n\n');
    expect(rows).toEqual([
      { line: 5, cells: ['1', '2'] },
      { line: 8, cells: ['3', '4'] },
    ]);
  });

  it('trims header names and strips a BOM left in the text', () => {
    expect(parseCsv('\uFEFF COD_MPIO , NOM_MPIO\n1,2').header).toEqual(['COD_MPIO', 'NOM_MPIO']);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('a,b\n5" pulgadas,2\n').rows[0]?.cells).toEqual(['5" pulgadas', '2']);
  });

  it('reports every row whose cell count differs from the header, with its line', () => {
    const error = csvError('a,b,c\n1,2,3\n1,2\n1,2,3\n1,2,3,4\n');
    expect(error.problems.map((p) => p.line)).toEqual([3, 5]);
    expect(error.problems[0]?.message).toBe(
      'Línea 3: tiene 2 columnas y el encabezado tiene 3. Revise el separador y las comillas de esa fila.',
    );
    expect(error.problems[1]?.message).toContain('Línea 5: tiene 4 columnas');
    expect(error.message).toContain(
      'El archivo CSV tiene 2 problemas; no se importó ninguna fila.',
    );
    expect(error.message).toContain('el encabezado tiene 3');
  });

  it('rejects an unterminated quote, naming the line where it opens', () => {
    const error = csvError('a,b\n1,2\n3,"sin cerrar\n4,5\n');
    expect(error.message).toContain('Línea 3');
    expect(error.message).toContain('nunca se cierran');
    expect(error.problems).toEqual([{ line: 3, message: 'Línea 3: comillas sin cerrar.' }]);
  });

  it('rejects text after a closing quote (an unescaped quote inside a quoted field)', () => {
    const error = csvError('a,b\n"La "Y" vereda",2\n');
    expect(error.message).toContain('Línea 2: hay texto después de unas comillas de cierre');
  });

  it('rejects an empty or blank file', () => {
    expect(csvError('').message).toBe(
      'El archivo está vacío: no tiene encabezado ni filas de datos.',
    );
    expect(csvError('\n \r\n,,\n').message).toContain('El archivo está vacío');
  });

  it('returns no rows for a header-only file (callers decide)', () => {
    expect(parseCsv('a,b\n')).toEqual({ header: ['a', 'b'], rows: [] });
  });
});
