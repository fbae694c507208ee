import { describe, expect, it } from 'vitest';

import { parseArgs, requiredFlag, stringFlag, UsageError } from './args';

function parsed(...argv: string[]) {
  const { positional, flags } = parseArgs(argv);
  return { positional, flags: Object.fromEntries(flags) };
}

describe('parseArgs (util.parseArgs with the CLI contract)', () => {
  it('reads positionals, `--name value`, `--name=value` and boolean flags', () => {
    expect(parsed('vigencia', '--adopcion', '2002-03-15', '--fecha=2026-01-01', '--json')).toEqual({
      positional: ['vigencia'],
      flags: { adopcion: '2002-03-15', fecha: '2026-01-01', json: true },
    });
  });

  it('keeps a value that starts with a dash for the command to judge', () => {
    expect(parsed('tipo-plan', '--poblacion', '-5').flags).toEqual({ poblacion: '-5' });
    expect(parsed('x', '--fecha=').flags).toEqual({ fecha: '' });
  });

  it('keeps the whole value after the first `=`', () => {
    expect(parsed('x', '--equipo=a=b').flags).toEqual({ equipo: 'a=b' });
  });

  it('lets the last repeated flag win', () => {
    expect(parsed('x', '--anio', '2024', '--anio', '2025').flags).toEqual({ anio: '2025' });
  });

  it('does not let a boolean flag swallow the next argument', () => {
    expect(parsed('banco', 'buscar', '--json', 'ladera')).toEqual({
      positional: ['banco', 'buscar', 'ladera'],
      flags: { json: true },
    });
  });

  it('accepts an undeclared flag as before, with the next argument as its value', () => {
    expect(parsed('importar', '--inventada', 'valor', 'archivo.csv', '--otra')).toEqual({
      positional: ['importar', 'archivo.csv'],
      flags: { inventada: 'valor', otra: true },
    });
    expect(parsed('x', '--inventada', '-5', '--rara', '--json')).toEqual({
      positional: ['x'],
      flags: { inventada: '-5', rara: true, json: true },
    });
  });

  it('keeps single-dash arguments positional', () => {
    expect(parsed('-h', '-abc', 'x').positional).toEqual(['-h', '-abc', 'x']);
  });

  it('reports a value-taking flag given without a value, in Spanish', () => {
    const last = parseArgs(['avisos', 'enviar', '--fecha']);
    expect(() => stringFlag(last, 'fecha')).toThrow(
      new UsageError('La opción --fecha necesita un valor.'),
    );
    const followed = parseArgs(['x', '--municipio', '--json', 'y']);
    expect(followed.flags.get('json')).toBe(true);
    expect(followed.positional).toEqual(['x', 'y']);
    expect(() => requiredFlag(followed, 'municipio')).toThrow(
      new UsageError('La opción --municipio necesita un valor.'),
    );
  });

  it('says which required flag is missing', () => {
    expect(() => requiredFlag(parseArgs(['x']), 'municipio')).toThrow(
      new UsageError('Falta la opción --municipio.'),
    );
    expect(requiredFlag(parseArgs(['x', '--municipio', '05001']), 'municipio')).toBe('05001');
    expect(stringFlag(parseArgs(['x']), 'anio')).toBeUndefined();
  });
});
