// Issue 4: the municipal dashboard (GET /api/v1/municipios/25899/tablero, demo session) with 50
// processes of history (1 in course through the API + 49 archived/adopted clones inserted with
// SQL as the database owner), PGlite and PostgreSQL, against a bare Hono endpoint.
import { detener } from './lib/children';
import { comoDueno } from './lib/dueno';
import { DEMO, iniciarSesion } from './lib/http';
import { type Carga, medirCarga } from './lib/load';
import {
  type Almacen,
  cargaHonoVacio,
  enCadaMotor,
  filasLatencia,
  NOTA_CARGA,
  resumenCarga,
} from './lib/motores';
import { iniciarRutaPot } from './lib/server';
import type { Fila, Resultado } from './lib/types';

const M = DEMO.municipio;
const RUTA = `/api/v1/municipios/${M}/tablero`;
const HISTORIA = 49;
const EVENTOS_POR_PROCESO = 3;
const META_P95 = 80;

/**
 * Clones the process in course (its items and events) into HISTORIA past processes with new
 * uuids, 120 days apart, alternately 'archivado' and 'adoptado', items 'aprobado'. Runs as the
 * owner (superuser: RLS does not apply); the last statement returns the counts.
 */
const SQL_HISTORIA = `
BEGIN;
CREATE TEMP TABLE bench_historia AS
  SELECT g AS n, gen_random_uuid() AS id FROM generate_series(1, ${HISTORIA}) AS g;
CREATE TEMP TABLE bench_actual AS
  SELECT * FROM procesos WHERE municipality_id = '${M}' AND estado = 'en_curso';
INSERT INTO procesos (municipality_id, id, tipo_revision, tipo_plan, estado, etapa_actual,
                      fecha_base, iniciado_en, iniciado_por, version)
  SELECT p.municipality_id, h.id, p.tipo_revision, p.tipo_plan,
         CASE WHEN h.n % 2 = 0 THEN 'adoptado' ELSE 'archivado' END,
         p.etapa_actual, p.fecha_base - h.n * 120, p.iniciado_en - make_interval(days => h.n * 120),
         p.iniciado_por, 1
    FROM bench_actual p CROSS JOIN bench_historia h;
INSERT INTO items_proceso (municipality_id, proceso_id, id, etapa, orden, nombre, descripcion,
                           requerido, condicion, escalas, citas, responsable_id, responsable_rol,
                           vence_el, estado, motivo_no_aplica, version, actualizado_en,
                           actualizado_por)
  SELECT i.municipality_id, h.id, i.id, i.etapa, i.orden, i.nombre, i.descripcion, i.requerido,
         i.condicion, i.escalas, i.citas, i.responsable_id, i.responsable_rol,
         i.vence_el - h.n * 120, 'aprobado', NULL, 2,
         i.actualizado_en - make_interval(days => h.n * 120), i.actualizado_por
    FROM items_proceso i
    JOIN bench_actual p ON p.municipality_id = i.municipality_id AND p.id = i.proceso_id
    CROSS JOIN bench_historia h;
INSERT INTO eventos_tramite (municipality_id, id, proceso_id, tipo, fecha, tramite, vence_el,
                             tipo_dias, citas, nota, evidencia_id, registrado_por, registrado_en)
  SELECT e.municipality_id, gen_random_uuid(), h.id, e.tipo, e.fecha - h.n * 120, e.tramite,
         e.vence_el - h.n * 120, e.tipo_dias, e.citas, e.nota, NULL, e.registrado_por,
         e.registrado_en - make_interval(days => h.n * 120)
    FROM eventos_tramite e
    JOIN bench_actual p ON p.municipality_id = e.municipality_id AND p.id = e.proceso_id
    CROSS JOIN bench_historia h;
COMMIT;
SELECT (SELECT count(*) FROM procesos WHERE municipality_id = '${M}')::int AS procesos,
       (SELECT count(*) FROM items_proceso WHERE municipality_id = '${M}')::int AS items,
       (SELECT count(*) FROM eventos_tramite WHERE municipality_id = '${M}')::int AS eventos;
`;

interface Conteo {
  procesos: number;
  items: number;
  eventos: number;
}

async function json<T>(res: Response, que: string, esperado = 200): Promise<T> {
  const texto = await res.text();
  if (res.status !== esperado) {
    throw new Error(
      `${que} respondió ${res.status} (se esperaba ${esperado}): ${texto.slice(0, 500)}`,
    );
  }
  return JSON.parse(texto) as T;
}

/** Through the API: starts the real process in course and records a few procedure events. */
async function procesoReal(base: string): Promise<string> {
  const cookie = await iniciarSesion(base);
  const headers = { cookie, 'content-type': 'application/json' };
  const api = `${base}/api/v1`;
  const propuesta = await json<{ fecha: string; propuesta: string | null }>(
    await fetch(`${api}/municipios/${M}/procesos/propuesta`, { headers }),
    'propuesta',
  );
  if (!propuesta.propuesta) throw new Error(`${M}: la ley no abre hoy ninguna revisión`);
  const proceso = await json<{ id: string }>(
    await fetch(`${api}/municipios/${M}/procesos`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ tipoRevision: propuesta.propuesta }),
    }),
    'POST procesos',
    201,
  );
  const { tipos } = await json<{ tipos: Array<{ tipo: string }> }>(
    await fetch(`${api}/norma/eventos-tramite`, { headers }),
    'eventos-tramite',
  );
  for (const { tipo } of tipos.slice(0, EVENTOS_POR_PROCESO)) {
    await json(
      await fetch(`${api}/municipios/${M}/procesos/${proceso.id}/eventos`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ tipo, fecha: propuesta.fecha }),
      }),
      `POST eventos (${tipo})`,
      201,
    );
  }
  return proceso.id;
}

/** Clones the history as the database owner and returns its counts. */
async function insertarHistoria(almacen: Almacen): Promise<Conteo> {
  const [conteo] = await comoDueno<Conteo>(almacen, SQL_HISTORIA, 180_000);
  if (!conteo) throw new Error('La carga de la historia no devolvió conteos.');
  return conteo;
}

interface Medida {
  conteo: Conteo;
  bytes: number;
  carga: Carga;
}

async function medirMotor(almacen: Almacen): Promise<Medida> {
  const primero = await iniciarRutaPot(almacen);
  let procesoId: string;
  try {
    procesoId = await procesoReal(primero.base);
  } finally {
    await detener(primero.child);
  }
  const conteo = await insertarHistoria(almacen);
  if (conteo.procesos !== HISTORIA + 1) {
    throw new Error(`${almacen.motor}: ${conteo.procesos} procesos tras la inserción`);
  }

  const servidor = await iniciarRutaPot(almacen);
  try {
    const cookie = await iniciarSesion(servidor.base);
    const res = await fetch(`${servidor.base}${RUTA}`, { headers: { cookie } });
    const tablero = await json<{ proceso: { id: string; estado: string } | null }>(res, RUTA);
    if (tablero.proceso?.id !== procesoId) {
      throw new Error(
        `${RUTA} muestra el proceso ${tablero.proceso?.id ?? 'ninguno'}, no el en curso ${procesoId}`,
      );
    }
    const bytes = Buffer.byteLength(JSON.stringify(tablero));
    const carga = await medirCarga(`${servidor.base}${RUTA}`, { pid: servidor.pid, cookie });
    return { conteo, bytes, carga };
  } finally {
    await detener(servidor.child);
  }
}

export async function tablero(): Promise<Resultado> {
  const hono = await cargaHonoVacio();
  const notas = [
    NOTA_CARGA,
    `historia: el servidor demo arranca (siembra y migra), se inicia un proceso real por la API (POST /api/v1/municipios/${M}/procesos) con ${EVENTOS_POR_PROCESO} eventos de trámite; con el servidor detenido se clonan sus ítems y eventos en ${HISTORIA} procesos pasados ('archivado'/'adoptado', cada 120 días hacia atrás) con SQL como dueño de la base (pg como postgres; PGlite + PostGIS sobre la carpeta); se reinicia y se mide con la cookie de ${DEMO.email}.`,
    resumenCarga('Hono vacío', hono),
  ];
  const medidas = await enCadaMotor('tablero', notas, medirMotor);
  const filas: Fila[] = [];
  for (const { motor, valor: m } of medidas) {
    filas.push(...filasLatencia(`${RUTA}, ${motor}`, m.carga, hono, META_P95));
    notas.push(
      `${motor}: ${m.conteo.procesos} procesos, ${m.conteo.items} ítems, ${m.conteo.eventos} eventos de trámite en ${M}; respuesta ${m.bytes} bytes.`,
      resumenCarga(`${RUTA} ${motor}`, m.carga),
    );
  }
  return {
    nombre: 'tablero',
    descripcion: `tablero municipal con ${HISTORIA + 1} procesos de historia, bajo carga (issue 4)`,
    filas,
    notas,
  };
}
