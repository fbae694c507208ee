import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';

/** Everything the memoria de participación shows; no personal data is read (Ley 1581 de 2012). */
export interface PackData {
  municipio: { codigo: string; nombre: string; departamento: string };
  proceso: boolean;
  eventos: {
    tipo: string;
    titulo: string;
    fecha: string;
    lugar: string;
    asistentes: number;
    acta: string | null;
    convocatoria: string | null;
  }[];
  aportes: {
    codigo: string;
    origen: string;
    estado: string;
    fecha: string;
    tema: string | null;
    grupo: string | null;
    resultado: string | null;
    razones: string | null;
    version: string | null;
    articulo: string | null;
    elemento: string | null;
  }[];
  rondas: {
    numero: number;
    estado: string;
    radicada: string;
    acta: string | null;
    actaEvidencia: string | null;
    observaciones: { tema: string; texto: string; respuesta: string | null }[];
  }[];
  /** La Ruta's record of the Consejo de Gobierno (Ley 388 art. 24 inciso 1), first of the steps. */
  consejoGobierno: { fecha: string; nota: string | null }[];
  ctp: { recibido: string; concepto: string | null; fecha: string | null } | null;
  concejo: { tipo: string; fecha: string; descripcion: string; decision: string | null }[];
}

/** Reads the participation record of one municipality, or null when it is not in the catalogue. */
export async function readPackData(deps: Deps, codigo: string): Promise<PackData | null> {
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    const [m] = rowsOf<PackData['municipio']>(
      await tx.execute(
        sql`SELECT codigo, nombre, departamento FROM municipios WHERE codigo = ${codigo}`,
      ),
    );
    if (!m) return null;
    const [p] = rowsOf<{ n: number }>(
      // A process: a revision in La Ruta, or a participation record already opened.
      await tx.execute(sql`SELECT (SELECT count(*) FROM procesos WHERE municipality_id = ${codigo})
        + (SELECT count(*) FROM participacion_eventos WHERE municipality_id = ${codigo})
        + (SELECT count(*) FROM participacion_aportes WHERE municipality_id = ${codigo})
        + (SELECT count(*) FROM participacion_rondas_car WHERE municipality_id = ${codigo}) AS n`),
    );
    const eventos = rowsOf<PackData['eventos'][number]>(
      await tx.execute(sql`SELECT tipo, titulo, fecha::text AS fecha, lugar, asistentes,
        acta_evidencia AS acta, convocatoria_evidencia AS convocatoria
        FROM participacion_eventos WHERE municipality_id = ${codigo} ORDER BY fecha, titulo`),
    );
    const aportes = rowsOf<PackData['aportes'][number]>(
      await tx.execute(sql`SELECT a.codigo, a.origen, a.estado, a.recibido_en::text AS fecha, a.tema,
        g.codigo AS grupo, r.resultado, r.razones, r.documento_version AS version, r.articulo,
        r.elemento_mapa AS elemento
        FROM participacion_aportes a
        LEFT JOIN participacion_grupos g ON g.municipality_id = a.municipality_id AND g.id = a.grupo_id
        LEFT JOIN participacion_respuestas r ON r.municipality_id = a.municipality_id AND r.aporte_id = a.id
        WHERE a.municipality_id = ${codigo} AND a.estado <> 'por_confirmar'
        ORDER BY a.codigo`),
    );
    const rondas = rowsOf<Omit<PackData['rondas'][number], 'observaciones'> & { id: string }>(
      await tx.execute(sql`SELECT id, numero, estado, radicada_en::text AS radicada,
        acta_fecha::text AS acta, acta_evidencia AS "actaEvidencia"
        FROM participacion_rondas_car WHERE municipality_id = ${codigo} ORDER BY numero`),
    );
    const obs = rowsOf<{ ronda_id: string; tema: string; texto: string; respuesta: string | null }>(
      await tx.execute(sql`SELECT ronda_id, tema, texto, respuesta FROM participacion_observaciones_car
        WHERE municipality_id = ${codigo} ORDER BY registrada_en`),
    );
    const consejoGobierno = rowsOf<PackData['consejoGobierno'][number]>(
      await tx.execute(sql`SELECT fecha::text AS fecha, nota FROM eventos_tramite
        WHERE municipality_id = ${codigo} AND tipo = 'consejo_gobierno' AND anulado_en IS NULL
        ORDER BY fecha`),
    );
    const [ctp] = rowsOf<NonNullable<PackData['ctp']>>(
      await tx.execute(sql`SELECT recibido_proyecto_en::text AS recibido, concepto,
        concepto_en::text AS fecha FROM participacion_concepto_ctp WHERE municipality_id = ${codigo}`),
    );
    const concejo = rowsOf<PackData['concejo'][number]>(
      await tx.execute(sql`SELECT tipo, fecha::text AS fecha, descripcion, decision
        FROM participacion_concejo WHERE municipality_id = ${codigo} ORDER BY fecha`),
    );
    return {
      municipio: m,
      proceso: Number(p?.n ?? 0) > 0,
      eventos,
      aportes,
      rondas: rondas.map(({ id, ...r }) => ({
        ...r,
        observaciones: obs.filter((o) => o.ronda_id === id).map(({ ronda_id: _, ...o }) => o),
      })),
      consejoGobierno,
      ctp: ctp ?? null,
      concejo,
    };
  });
}
