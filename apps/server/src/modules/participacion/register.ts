import { rowsOf, type Tx } from '@ruta-pot/db';
import {
  ANSWER_OUTCOME_LABELS,
  type AnswerOutcome,
  APORTE_LIFECYCLE,
  type AporteState,
  aporteTimeline,
  availableTransitions,
  type ParticipationRole,
  type TimelineEntry,
} from '@ruta-pot/domain';
import { type SQL, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';

export interface RegisterFilter {
  estado?: string | undefined;
  tema?: string | undefined;
  origen?: string | undefined;
  q?: string | undefined;
  grupo?: string | undefined;
  despues?: string | undefined;
  limite: number;
}

const EXCERPT = 280;
const label = (estado: string) => APORTE_LIFECYCLE.labels[estado as AporteState] ?? estado;

/** Keyset cursor: the last row's instant and id, so page N costs what page 1 costs. */
function readCursor(text: string): { at: string; id: string } {
  const [at, id] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id))
    throw new AppError(
      'entrada_invalida',
      'El cursor de la página no es válido; vuelva a la primera página.',
    );
  return { at, id };
}
const writeCursor = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString('base64url');

function conditions(codigo: string, f: RegisterFilter): SQL {
  const parts: SQL[] = [sql`a.municipality_id = ${codigo}`];
  if (f.estado) parts.push(sql`a.estado = ${f.estado}`);
  if (f.tema) parts.push(sql`a.tema = ${f.tema}`);
  if (f.origen) parts.push(sql`a.origen = ${f.origen}`);
  if (f.grupo) parts.push(sql`g.codigo = ${f.grupo}`);
  if (f.q) {
    // A code (A-000123) or a radicado is found exactly; words by the Spanish search (ADR 0020).
    const code = f.q.trim().toUpperCase();
    parts.push(sql`(a.busqueda @@ websearch_to_tsquery('spanish', ruta_texto_busqueda(${f.q}))
      OR a.codigo = ${code} OR a.radicado = ${f.q.trim()})`);
  }
  if (f.despues) {
    const c = readCursor(f.despues);
    parts.push(sql`(a.creado_en, a.id) < (${c.at}::timestamptz, ${c.id}::uuid)`);
  }
  return sql.join(parts, sql` AND `);
}

/** The register's page: newest first, filtered, without personal data. */
export async function listAportes(deps: Deps, codigo: string, filter: RegisterFilter) {
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    const rows = rowsOf<{
      id: string;
      codigo: string;
      origen: string;
      estado: string;
      texto: string;
      tema: string | null;
      grupo: string | null;
      recibido_en: string;
      vence_en: string | null;
      es_peticion: boolean;
      geo: boolean;
      creado: string;
    }>(
      await tx.execute(sql`SELECT a.id, a.codigo, a.origen, a.estado, left(a.texto, ${EXCERPT + 1}) AS texto, a.tema,
          g.codigo AS grupo, a.recibido_en::text, a.vence_en::text, a.es_peticion, a.geom IS NOT NULL AS geo,
          to_char(a.creado_en AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS creado
        FROM participacion_aportes a
        LEFT JOIN participacion_grupos g ON g.municipality_id = a.municipality_id AND g.id = a.grupo_id
        WHERE ${conditions(codigo, filter)}
        ORDER BY a.creado_en DESC, a.id DESC LIMIT ${filter.limite + 1}`),
    );
    const counts = filter.despues
      ? []
      : rowsOf<{ estado: string; n: number }>(
          await tx.execute(sql`SELECT estado, n FROM participacion_aportes_conteo
            WHERE municipality_id = ${codigo} AND n > 0`),
        );
    const page = rows.slice(0, filter.limite);
    const last = page[page.length - 1];
    return {
      aportes: page.map((r) => ({
        id: r.id,
        codigo: r.codigo,
        origen: r.origen,
        estado: r.estado,
        estadoEtiqueta: label(r.estado),
        texto: r.texto.length > EXCERPT ? `${r.texto.slice(0, EXCERPT)}…` : r.texto,
        tema: r.tema,
        grupo: r.grupo,
        recibidoEn: r.recibido_en,
        venceEn: r.vence_en,
        esPeticion: r.es_peticion,
        tieneGeometria: r.geo,
      })),
      siguiente: rows.length > filter.limite && last ? writeCursor(last.creado, last.id) : null,
      porEstado: Object.fromEntries(counts.map((c) => [c.estado, c.n])),
    };
  });
}

/** One aporte for the staff: the author only for the office (personal data, Ley 1581). */
export async function aporteDetail(
  deps: Deps,
  input: { codigo: string; id: string; roles: readonly ParticipationRole[]; office: boolean },
) {
  if (!/^[0-9a-f-]{36}$/i.test(input.id)) throw notFound();
  return deps.db.withContext({ municipio: input.codigo }, async (tx) => {
    const [a] = rowsOf<{
      id: string;
      codigo: string;
      origen: string;
      estado: string;
      texto: string;
      tema: string | null;
      etapa: string | null;
      documento: string | null;
      articulo: string | null;
      capa: string | null;
      grupo: string | null;
      recibido_en: string;
      vence_en: string | null;
      es_peticion: boolean;
      tipo_peticion: string | null;
      radicado: string | null;
      autor_nombre: string | null;
      autor_correo: string | null;
      geometria: string | null;
      evento: string | null;
    }>(
      await tx.execute(sql`SELECT a.id, a.codigo, a.origen, a.estado, a.texto, a.tema, a.etapa, a.documento,
          a.articulo, a.capa, g.codigo AS grupo, a.recibido_en::text, a.vence_en::text, a.es_peticion,
          a.tipo_peticion, a.radicado, a.autor_nombre, a.autor_correo,
          ST_AsGeoJSON(ST_Transform(a.geom, 4326), 6) AS geometria, e.titulo AS evento
        FROM participacion_aportes a
        LEFT JOIN participacion_grupos g ON g.municipality_id = a.municipality_id AND g.id = a.grupo_id
        LEFT JOIN participacion_eventos e ON e.municipality_id = a.municipality_id AND e.id = a.evento_id
        WHERE a.municipality_id = ${input.codigo} AND a.id = ${input.id}`),
    );
    if (!a) throw notFound();
    const [r] = rowsOf<{
      resultado: AnswerOutcome;
      razones: string;
      documento_version: string | null;
      articulo: string | null;
      elemento_mapa: string | null;
      respondido_en: string;
    }>(
      await tx.execute(sql`SELECT resultado, razones, documento_version, articulo, elemento_mapa, respondido_en::text
        FROM participacion_respuestas WHERE municipality_id = ${input.codigo} AND aporte_id = ${input.id}`),
    );
    const adjuntos = rowsOf<{ id: string; nombre: string; tipo_mime: string; bytes: number }>(
      await tx.execute(sql`SELECT id, nombre, tipo_mime, bytes::int FROM participacion_adjuntos
        WHERE municipality_id = ${input.codigo} AND aporte_id = ${input.id} ORDER BY creado_en`),
    );
    const entries = await readTimeline(tx, input.codigo, input.id);
    const estado = a.estado as AporteState;
    return {
      id: a.id,
      codigo: a.codigo,
      origen: a.origen,
      estado,
      estadoEtiqueta: label(estado),
      texto: a.texto,
      tema: a.tema,
      etapa: a.etapa,
      documento: a.documento,
      articulo: a.articulo,
      capa: a.capa,
      grupo: a.grupo,
      evento: a.evento,
      recibidoEn: a.recibido_en,
      venceEn: a.vence_en,
      peticion: a.es_peticion ? { tipo: a.tipo_peticion ?? 'general', radicado: a.radicado } : null,
      autor: input.office ? { nombre: a.autor_nombre, correo: a.autor_correo } : null,
      geometria: a.geometria ? (JSON.parse(a.geometria) as unknown) : null,
      adjuntos: adjuntos.map((f) => ({
        id: f.id,
        nombre: f.nombre,
        tipo: f.tipo_mime,
        bytes: Number(f.bytes),
      })),
      respuesta: r ? answerView(r) : null,
      lineaTiempo: aporteTimeline(entries).map((l) => ({ en: l.at, texto: l.text })),
      acciones: availableTransitions(APORTE_LIFECYCLE, { from: estado, roles: input.roles }).map(
        (t) => ({
          accion: t.action,
          a: t.to,
          etiqueta: t.label,
        }),
      ),
    };
  });
}

export function answerView(r: {
  resultado: AnswerOutcome;
  razones: string;
  documento_version: string | null;
  articulo: string | null;
  elemento_mapa: string | null;
}) {
  return {
    resultado: r.resultado,
    etiqueta: ANSWER_OUTCOME_LABELS[r.resultado],
    razones: r.razones,
    documentoVersion: r.documento_version,
    articulo: r.articulo,
    elementoMapa: r.elemento_mapa,
  };
}

export async function readTimeline(tx: Tx, codigo: string, id: string): Promise<TimelineEntry[]> {
  const rows = rowsOf<{
    tipo: TimelineEntry['kind'];
    en: string;
    detalle: TimelineEntry['detail'];
  }>(
    await tx.execute(sql`SELECT tipo, to_char(en AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS en, detalle
      FROM participacion_linea_tiempo WHERE municipality_id = ${codigo} AND aporte_id = ${id} ORDER BY en`),
  );
  return rows.map((r) => ({ kind: r.tipo, at: r.en, detail: r.detalle ?? {} }));
}
