import { parseCsv } from '../catalog/csv';
import { decodeText } from '../catalog/decode-text';
import { ImportError, type ImportProblem } from '../catalog/import-error';
import { DEPARTAMENTOS } from './departments';

/** Bank case outcomes. */
export const RESULTADOS = ['adoptado', 'no_adoptado', 'anulado', 'suspendido'] as const;
/** Revision kinds of a bank case: the motor's types plus first adoption and «not stated». */
export const TIPOS_CASO = [
  'adopcion',
  'sin_determinar',
  'revision_general',
  'revision_mediano_plazo',
  'revision_corto_plazo',
  'modificacion_excepcional',
  'revision_excepcional',
] as const;
export const MODALIDADES = ['concurso_meritos', 'convenio_interadministrativo', 'otra'] as const;

/** One case ready to insert (validated). */
export interface CaseDraft {
  claveImportacion: string;
  municipalityId: string;
  municipio: string;
  codigoDepartamento: string;
  departamento: string;
  tipoPlan: 'POT' | 'PBOT' | 'EOT';
  tipoRevision: (typeof TIPOS_CASO)[number];
  anioInicio: number | null;
  anioFin: number | null;
  costoCop: number | null;
  anioCosto: number | null;
  duracionMeses: number | null;
  modalidad: (typeof MODALIDADES)[number] | null;
  resultado: (typeof RESULTADOS)[number];
  poblacion: number | null;
  acto: string | null;
  objeto: string;
  lecciones: string;
  documentos: Array<{ tipo: string; titulo: string; referencia: string }>;
  fuente: string;
}

type Cells = Record<string, string>;
const ACTS_HEADER = ['cod_mpio', 'instrumento', 'tipo_acto', 'emisor', 'numero', 'anio'];
const BANK_HEADER = [
  'codigo_municipio',
  'municipio',
  'tipo_plan',
  'tipo_revision',
  'resultado',
  'fuente',
];

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Revision kind from an act's object text; empty text is «sin determinar» (never guessed). */
export function kindFromObject(objeto: string): CaseDraft['tipoRevision'] {
  const t = objeto.toLowerCase();
  if (t.trim() === '') return 'sin_determinar';
  if (/excepcional/.test(t)) return 'modificacion_excepcional';
  if (/se adopta el plan|adopta el plan/.test(t)) return 'adopcion';
  if (/ajuste|revisi[oó]n/.test(t)) return 'revision_general';
  return 'sin_determinar';
}

class RowCheck {
  constructor(
    readonly line: number,
    readonly problems: ImportProblem[],
  ) {}
  fail(message: string): null {
    this.problems.push({ line: this.line, message: `Línea ${this.line}: ${message}` });
    return null;
  }
  int(value: string | undefined, label: string, range: [number, number]): number | null {
    const v = (value ?? '').trim().replace(/\./g, '');
    if (v === '') return null;
    const n = Number(v.replace(',', '.'));
    if (!Number.isFinite(n) || n < range[0] || n > range[1])
      return this.fail(`${label} «${value}» debe ser un número entre ${range[0]} y ${range[1]}.`);
    return n;
  }
  oneOf<T extends string>(
    value: string | undefined,
    allowed: readonly T[],
    label: string,
  ): T | null {
    const v = (value ?? '').trim();
    if ((allowed as readonly string[]).includes(v)) return v as T;
    return this.fail(`${label} «${v}» no es válido; use ${allowed.join(', ')}.`);
  }
}

function place(check: RowCheck, code: string, names: ReadonlyMap<string, string>) {
  if (!/^\d{5}$/.test(code)) return check.fail(`el código DANE «${code}» debe tener 5 dígitos.`);
  const dep = code.slice(0, 2);
  const departamento = names.get(dep) ?? DEPARTAMENTOS[dep];
  if (!departamento)
    return check.fail(`el código DANE «${code}» no corresponde a un departamento.`);
  return { municipalityId: code, codigoDepartamento: dep, departamento };
}

function fromAct(c: Cells, check: RowCheck, names: ReadonlyMap<string, string>): CaseDraft | null {
  const where = place(check, c.cod_mpio ?? '', names);
  const plan = check.oneOf(c.instrumento, ['POT', 'PBOT', 'EOT'] as const, 'El instrumento');
  const anio = check.int(c.anio, 'El año', [1990, 2100]);
  if (!where || !plan) return null;
  const acto = `${c.tipo_acto} ${c.numero} de ${c.anio}`.trim();
  return {
    ...where,
    claveImportacion: `acto:${c.cod_mpio}:${c.tipo_acto}:${c.numero}:${c.anio}`,
    municipio: titleCase(c.municipio ?? ''),
    tipoPlan: plan,
    tipoRevision: kindFromObject(c.objeto ?? ''),
    anioInicio: null,
    anioFin: anio,
    costoCop: null,
    anioCosto: null,
    duracionMeses: null,
    modalidad: null,
    resultado: 'adoptado',
    poblacion: null,
    acto,
    objeto: c.objeto ?? '',
    lecciones: '',
    documentos: [],
    fuente: `${c.fuente_repo ?? ''} ${c.fuente_path ?? ''} @ ${c.fuente_commit ?? ''}`.trim(),
  };
}

function fromBankRow(
  c: Cells,
  check: RowCheck,
  names: ReadonlyMap<string, string>,
): CaseDraft | null {
  const where = place(check, c.codigo_municipio ?? '', names);
  const plan = check.oneOf(c.tipo_plan, ['POT', 'PBOT', 'EOT'] as const, 'El tipo de plan');
  const tipo = check.oneOf(c.tipo_revision, TIPOS_CASO, 'El tipo de revisión');
  const resultado = check.oneOf(c.resultado, RESULTADOS, 'El resultado');
  const modalidad =
    (c.modalidad ?? '').trim() === ''
      ? null
      : check.oneOf(c.modalidad, MODALIDADES, 'La modalidad');
  const anioInicio = check.int(c.anio_inicio, 'El año de inicio', [1990, 2100]);
  const anioFin = check.int(c.anio_fin, 'El año de fin', [1990, 2100]);
  const costo = check.int(c.costo_cop, 'El costo', [1, 999_999_999_999]);
  const anioCosto = check.int(c.anio_costo, 'El año del costo', [1990, 2100]);
  const duracion = check.int(c.duracion_meses, 'La duración en meses', [1, 239]);
  const poblacion = check.int(c.poblacion, 'La población', [0, 20_000_000]);
  if (costo !== null && anioCosto === null)
    check.fail('un costo necesita el año de sus pesos (anio_costo).');
  if (anioInicio !== null && anioFin !== null && anioFin < anioInicio)
    check.fail('el año de fin es anterior al de inicio.');
  if (!(c.municipio ?? '').trim()) check.fail('falta el nombre del municipio.');
  if (!(c.fuente ?? '').trim()) check.fail('falta la fuente del caso.');
  if (!where || !plan || !tipo || !resultado) return null;
  return {
    ...where,
    claveImportacion: `caso:${c.codigo_municipio}:${tipo}:${anioFin ?? anioInicio ?? ''}:${(c.acto ?? '').trim()}`,
    municipio: (c.municipio ?? '').trim(),
    tipoPlan: plan,
    tipoRevision: tipo,
    anioInicio,
    anioFin,
    costoCop: costo,
    anioCosto,
    duracionMeses: duracion,
    modalidad,
    resultado,
    poblacion,
    acto: (c.acto ?? '').trim() || null,
    objeto: (c.objeto ?? '').trim(),
    lecciones: (c.lecciones ?? '').trim(),
    documentos: [],
    fuente: (c.fuente ?? '').trim(),
  };
}

/** CAR resolutions in the acts file become documents of the municipality's next case. */
function attachCarActs(
  cases: CaseDraft[],
  carActs: Array<{ code: string; year: number; text: string }>,
) {
  for (const act of carActs) {
    const target = cases
      .filter((c) => c.municipalityId === act.code && (c.anioFin ?? 0) >= act.year)
      .sort((a, b) => (a.anioFin ?? 0) - (b.anioFin ?? 0))[0];
    target?.documentos.push({
      tipo: 'acta_concertacion',
      titulo: act.text,
      referencia: 'Autoridad ambiental',
    });
  }
}

/**
 * Parses a bank import file: the documented-acts CSV (`cod_mpio, instrumento, tipo_acto, …`) or
 * the bank's own CSV (`codigo_municipio, municipio, tipo_plan, tipo_revision, resultado, fuente, …`).
 * All-or-nothing: every broken row is reported in one ImportError and nothing is returned.
 */
export function parseBankFile(
  bytes: Uint8Array,
  departmentNames: ReadonlyMap<string, string>,
): CaseDraft[] {
  const table = parseCsv(decodeText(bytes).text);
  const header = table.header.map((h) => h.toLowerCase());
  const isActs = ACTS_HEADER.every((h) => header.includes(h));
  const isBank = BANK_HEADER.every((h) => header.includes(h));
  if (!isActs && !isBank)
    throw new ImportError(
      `Encabezado no reconocido. Use el formato de actos (${ACTS_HEADER.join(', ')}) o el del banco (${BANK_HEADER.join(', ')}).`,
    );
  const problems: ImportProblem[] = [];
  const cases: CaseDraft[] = [];
  const carActs: Array<{ code: string; year: number; text: string }> = [];
  for (const row of table.rows) {
    const cells: Cells = Object.fromEntries(header.map((h, i) => [h, (row.cells[i] ?? '').trim()]));
    const check = new RowCheck(row.line, problems);
    if (isActs && (cells.emisor ?? '').toUpperCase() === 'CAR') {
      const year = check.int(cells.anio, 'El año', [1990, 2100]);
      if (year !== null)
        carActs.push({
          code: cells.cod_mpio ?? '',
          year,
          text: `${cells.tipo_acto} CAR ${cells.numero} de ${cells.anio}: ${cells.objeto}`,
        });
      continue;
    }
    const draft = isActs
      ? fromAct(cells, check, departmentNames)
      : fromBankRow(cells, check, departmentNames);
    if (draft) cases.push(draft);
  }
  if (problems.length > 0)
    throw new ImportError(
      `El archivo tiene ${problems.length} filas con errores; no se importó nada.`,
      problems,
    );
  if (cases.length === 0) throw new ImportError('El archivo no tiene casos para importar.');
  attachCarActs(cases, carActs);
  return cases;
}
