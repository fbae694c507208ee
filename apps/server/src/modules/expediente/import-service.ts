import { appendAudit, expedienteEjecucion, expedienteProyectos } from '@ruta-pot/db';
import type { ExecutionTerm, FundingSource } from '@ruta-pot/domain';
import { eq } from 'drizzle-orm';

import type { Deps } from '../../http/types';
import { saveProjects } from './projects-service';
import type { Actor } from './service';
import { recordMeasurements } from './service';
import type { ColumnSpec, ImportProblem } from './table-import';
import { importRefused, mapColumns, readTable } from './table-import';

/** Optional in every import: when present, each row must be of the municipality importing it. */
const MUNICIPALITY_COLUMN: ColumnSpec = {
  nombre: 'municipio',
  requerida: false,
  tipo: 'texto',
  alias: ['codigo_municipio', 'cod_mpio', 'divipola'],
};

/** Rows that name another municipality's DANE code (a file exported for several). */
function otherMunicipality(
  rows: readonly { linea: number; valores: Record<string, string | number | null> }[],
  codigo: string,
): ImportProblem[] {
  return rows
    .filter(
      (r) =>
        r.valores['municipio'] != null &&
        String(r.valores['municipio']).padStart(5, '0') !== codigo,
    )
    .map((r) => ({
      linea: r.linea,
      columna: 'municipio',
      mensaje: `la fila es del municipio ${String(r.valores['municipio'])}, no de ${codigo}.`,
    }));
}

const MEASUREMENT_COLUMNS: ColumnSpec[] = [
  { nombre: 'indicador', requerida: true, tipo: 'texto', alias: ['indicador_id', 'codigo'] },
  { nombre: 'anio', requerida: true, tipo: 'entero', alias: ['ano', 'vigencia'] },
  { nombre: 'valor', requerida: true, tipo: 'numero' },
  { nombre: 'evidencia', requerida: false, tipo: 'texto', alias: ['fuente', 'soporte'] },
  MUNICIPALITY_COLUMN,
];

const PROJECT_COLUMNS: ColumnSpec[] = [
  { nombre: 'codigo', requerida: true, tipo: 'texto' },
  { nombre: 'nombre', requerida: true, tipo: 'texto', alias: ['proyecto'] },
  { nombre: 'objetivo', requerida: false, tipo: 'texto' },
  { nombre: 'plazo', requerida: true, tipo: 'texto' },
  { nombre: 'anio_inicio', requerida: true, tipo: 'entero', alias: ['ano_inicio', 'inicio'] },
  { nombre: 'anio_fin', requerida: true, tipo: 'entero', alias: ['ano_fin', 'fin'] },
  { nombre: 'costo', requerida: true, tipo: 'no_negativo', alias: ['costo_cop', 'valor'] },
  { nombre: 'fuente', requerida: true, tipo: 'texto', alias: ['fuente_financiacion'] },
  {
    nombre: 'entidad',
    requerida: true,
    tipo: 'texto',
    alias: ['entidad_responsable', 'responsable'],
  },
  { nombre: 'bpin', requerida: false, tipo: 'texto' },
  { nombre: 'plan_desarrollo', requerida: false, tipo: 'entero' },
  { nombre: 'programa', requerida: false, tipo: 'texto', alias: ['meta', 'programa_meta'] },
  MUNICIPALITY_COLUMN,
];

const EXECUTION_COLUMNS: ColumnSpec[] = [
  { nombre: 'codigo', requerida: true, tipo: 'texto', alias: ['proyecto'] },
  { nombre: 'anio', requerida: true, tipo: 'entero', alias: ['ano', 'vigencia'] },
  { nombre: 'avance_fisico', requerida: true, tipo: 'porcentaje' },
  { nombre: 'ejecutado', requerida: true, tipo: 'no_negativo', alias: ['ejecutado_cop'] },
  MUNICIPALITY_COLUMN,
];

type Cell = string | number | null | undefined;
const str = (v: Cell) => (v === null || v === undefined ? null : String(v));
const num = (v: Cell) => (typeof v === 'number' ? v : Number(v));

/** Imports yearly measurements from CSV or Excel; refused whole, by row and column, on any problem. */
export async function importMeasurements(
  deps: Deps,
  input: { codigo: string; actor: Actor; bytes: Uint8Array },
) {
  const { rows, problems } = mapColumns(await readTable(input.bytes), MEASUREMENT_COLUMNS);
  problems.push(...otherMunicipality(rows, input.codigo));
  if (problems.length > 0) throw importRefused(problems);
  return recordMeasurements(deps, {
    codigo: input.codigo,
    actor: input.actor,
    mediciones: rows.map((r) => ({
      indicadorId: String(r.valores['indicador']),
      anio: num(r.valores['anio']),
      valor: num(r.valores['valor']),
      evidencia: str(r.valores['evidencia']),
    })),
  });
}

/** Imports the programa de ejecución's projects as offices export them (CSV or Excel). */
export async function importProjects(
  deps: Deps,
  input: { codigo: string; actor: Actor; bytes: Uint8Array },
) {
  const { rows, problems } = mapColumns(await readTable(input.bytes), PROJECT_COLUMNS);
  problems.push(...otherMunicipality(rows, input.codigo));
  if (problems.length > 0) throw importRefused(problems);
  return saveProjects(deps, {
    codigo: input.codigo,
    actor: input.actor,
    proyectos: rows.map(({ linea, valores: v }) => ({
      linea,
      codigo: String(v['codigo']),
      nombre: String(v['nombre']),
      objetivo: str(v['objetivo']),
      plazo: String(v['plazo']).toLowerCase() as ExecutionTerm,
      anioInicio: num(v['anio_inicio']),
      anioFin: num(v['anio_fin']),
      costoCop: num(v['costo']),
      fuente: String(v['fuente']).toLowerCase() as FundingSource,
      entidadResponsable: String(v['entidad']),
      bpin: str(v['bpin']),
      planesDesarrollo:
        v['plan_desarrollo'] === null
          ? []
          : [{ anioInicio: num(v['plan_desarrollo']), programa: str(v['programa']) }],
    })),
  });
}

/** Imports yearly physical and financial execution of existing projects, by project code. */
export async function importExecution(
  deps: Deps,
  input: { codigo: string; actor: Actor; bytes: Uint8Array },
) {
  const { rows, problems } = mapColumns(await readTable(input.bytes), EXECUTION_COLUMNS);
  problems.push(...otherMunicipality(rows, input.codigo));
  if (problems.length > 0) throw importRefused(problems);
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    const projects = await tx
      .select({ id: expedienteProyectos.id, codigo: expedienteProyectos.codigo })
      .from(expedienteProyectos)
      .where(eq(expedienteProyectos.municipalityId, input.codigo));
    const idOf = new Map(projects.map((p) => [p.codigo, p.id]));
    const missing: ImportProblem[] = rows
      .filter((r) => !idOf.has(String(r.valores['codigo'])))
      .map((r) => ({
        linea: r.linea,
        columna: 'codigo',
        mensaje: `el proyecto ${String(r.valores['codigo'])} no existe en el programa de ejecución.`,
      }));
    const seen = new Set<string>();
    for (const r of rows) {
      const key = `${String(r.valores['codigo'])}:${String(r.valores['anio'])}`;
      if (seen.has(key))
        missing.push({
          linea: r.linea,
          columna: 'anio',
          mensaje: `el proyecto y el año ${key} están repetidos.`,
        });
      seen.add(key);
    }
    if (missing.length > 0) throw importRefused(missing);
    for (const { valores: v } of rows) {
      const row = {
        avanceFisico: num(v['avance_fisico']),
        ejecutadoCop: Math.round(num(v['ejecutado'])),
      };
      await tx
        .insert(expedienteEjecucion)
        .values({
          municipalityId: input.codigo,
          proyectoId: idOf.get(String(v['codigo']))!,
          anio: num(v['anio']),
          ...row,
        })
        .onConflictDoUpdate({
          target: [
            expedienteEjecucion.municipalityId,
            expedienteEjecucion.proyectoId,
            expedienteEjecucion.anio,
          ],
          set: row,
        });
    }
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'expediente.ejecucion',
      objeto: `expediente:${input.codigo}`,
      detalle: { filas: rows.length },
      ocurridoEn: deps.clock.now(),
    });
    return { guardadas: rows.length };
  });
}
