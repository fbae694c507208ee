import { parseArgs as parseNodeArgs } from 'node:util';

/** Thrown for bad command-line input: the CLI prints the message and exits with code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** Flags that take no value, so `--json texto` leaves «texto» as a positional argument. */
const BOOLEAN_FLAGS = ['json', 'help', 'sobrescribir', 'plataforma', 'contar-periodo-adopcion'];

/** Flags that take a value (`--name value` or `--name=value`). */
const STRING_FLAGS = [
  'adopcion',
  'anio',
  'anio-precios',
  'banda',
  'correo',
  'departamento',
  'desde',
  'equipo',
  'fecha',
  'fuente',
  'limite',
  'municipio',
  'nombre',
  'poblacion',
  'resultado',
  'revision-general',
  'salida',
  'tipo-plan',
  'tipo-revision',
  'tramite',
];

const OPTIONS: Record<string, { type: 'boolean' | 'string' }> = {};
for (const name of BOOLEAN_FLAGS) OPTIONS[name] = { type: 'boolean' };
for (const name of STRING_FLAGS) OPTIONS[name] = { type: 'string' };

/**
 * Reads `argv` with Node's `util.parseArgs`, in its lenient mode so that the CLI keeps its
 * contract: a value may start with a dash (`--poblacion -5` reaches the command, which answers
 * in Spanish), a missing value (`--fecha` last, or followed by another `--flag`) is reported by
 * {@link stringFlag} when the command reads it, and an undeclared `--flag` is accepted and
 * ignored as before (taking the next argument as its value unless it starts with `--`).
 * Arguments with a single dash (`-5`, `-h`) stay positional, as they always were. The one
 * intended change: a declared boolean flag no longer swallows the argument after it.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { tokens } = parseNodeArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  let consumed = -1;
  for (const [i, token] of tokens.entries()) {
    if (token.index === consumed) continue;
    if (token.kind === 'positional') positional.push(token.value);
    else if (token.kind === 'option' && !token.rawName.startsWith('--')) {
      // `-abc` gives one token per letter, all with the same index.
      if (tokens[i - 1]?.index !== token.index) positional.push(argv[token.index] ?? '');
    } else if (token.kind === 'option' && typeof token.value === 'string') {
      if (token.inlineValue === false && token.value.startsWith('--')) {
        // `--salida --json`: no value; the flag reports it when read and `--json` still counts.
        flags.set(token.name, true);
        const rest = parseArgs(argv.slice(token.index + 1));
        positional.push(...rest.positional);
        for (const [name, value] of rest.flags) flags.set(name, value);
        break;
      }
      flags.set(token.name, token.value);
    } else if (token.kind === 'option') {
      const next = argv[token.index + 1];
      if (!(token.name in OPTIONS) && next !== undefined && !next.startsWith('--')) {
        flags.set(token.name, next);
        consumed = token.index + 1;
      } else flags.set(token.name, true);
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  if (value === true) throw new UsageError(`La opción --${name} necesita un valor.`);
  return value;
}

export function requiredFlag(args: ParsedArgs, name: string): string {
  const value = stringFlag(args, name);
  if (value === undefined) throw new UsageError(`Falta la opción --${name}.`);
  return value;
}
