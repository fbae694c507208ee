import { randomUUID } from 'node:crypto';

import { rowsOf } from '@ruta-pot/db';
import { ANSWER_OUTCOMES, APORTE_LIFECYCLE } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import type { Deps } from '../http/types';
import type { DemoStep } from './steps';

const Z = '25899';
const TEMAS = [
  'Perímetro urbano',
  'Espacio público',
  'Movilidad',
  'Riesgo',
  'Patrimonio',
  'Vivienda',
];
const EVENTOS: [string, string, string, number][] = [
  ['taller', 'Taller de diagnóstico, comuna centro', '2026-03-12', 64],
  ['taller', 'Taller rural, vereda San Jorge', '2026-03-19', 38],
  ['mesa', 'Mesa con gremios y Cámara de Comercio', '2026-04-02', 21],
  ['exhibicion', 'Exhibición de documentos en la Casa de la Cultura', '2026-05-04', 210],
  ['audiencia_publica', 'Audiencia pública con las JAL', '2026-05-20', 143],
  ['consejo_gobierno', 'Consejo de Gobierno: aprobación del proyecto', '2026-06-10', 14],
];
const OBS: [string, string, string | null][] = [
  [
    'determinantes_ambientales',
    'Incorporar la ronda hídrica del río Frío con la delimitación de la CAR.',
    'Se incorpora en el artículo 34 y en el plano de suelo de protección.',
  ],
  [
    'riesgo',
    'El estudio básico de inundación no cubre la quebrada El Amoladero.',
    'Se amplía el estudio a la quebrada y se condiciona el suelo de expansión norte.',
  ],
  [
    'areas_protegidas',
    'Ajustar el límite de la reserva forestal protectora del Neusa.',
    'Se adopta el límite oficial del RUNAP.',
  ],
];

async function seed(deps: Deps): Promise<void> {
  await deps.db.withContext({ municipio: Z }, async (tx) => {
    const [row] = rowsOf<{ n: number }>(
      await tx.execute(
        sql`SELECT count(*)::int AS n FROM participacion_aportes WHERE municipality_id = ${Z}`,
      ),
    );
    if (Number(row?.n ?? 0) > 0) return;
    for (const [tipo, titulo, fecha, asistentes] of EVENTOS)
      await tx.execute(sql`INSERT INTO participacion_eventos (municipality_id, id, tipo, titulo, fecha, lugar,
        asistentes, convocatoria_publicada_en, acta_evidencia, creado_en) VALUES (${Z}, ${randomUUID()}, ${tipo},
        ${titulo}, ${fecha}, 'Zipaquirá', ${asistentes}, (${fecha}::date - 10), ${`acta-${fecha}.pdf`}, now())`);
    const grupo = randomUUID();
    await tx.execute(
      sql`INSERT INTO participacion_grupos VALUES (${Z}, ${grupo}, 'G-1', 'Perímetro urbano', now())`,
    );
    const states = APORTE_LIFECYCLE.states;
    for (let i = 1; i <= 50; i++) {
      const id = randomUUID();
      const estado = states[i % states.length] ?? 'recibido';
      const tema = TEMAS[i % TEMAS.length] ?? null;
      const dia = String(1 + (i % 28)).padStart(2, '0');
      const origen = ['portal', 'evento', 'ventanilla', 'ctp', 'car'][i % 5] ?? 'portal';
      await tx.execute(sql`INSERT INTO participacion_aportes (municipality_id, id, codigo, origen, estado, texto,
        tema, grupo_id, recibido_en, creado_en, geom) VALUES (${Z}, ${id}, ${`A-${String(i).padStart(6, '0')}`},
        ${origen}, ${estado}, ${`Propuesta ciudadana número ${i} sobre ${tema ?? 'el plan'} en Zipaquirá.`},
        ${estado === 'recibido' || estado === 'por_confirmar' ? null : tema},
        ${estado === 'agrupado' ? grupo : null}, ${`2026-05-${dia}`}, now(),
        ${i % 3 === 0 ? sql`ST_Buffer(ST_SetSRID(ST_MakePoint(4886000 + ${(i * 37) % 3000}, 2112000 + ${(i * 53) % 3000}), 9377), 40)` : null})`);
      if (estado === 'respondido' || estado === 'incorporado') {
        const resultado = ANSWER_OUTCOMES[i % ANSWER_OUTCOMES.length] ?? 'no_aceptado';
        const acepta = resultado === 'aceptado' || resultado === 'aceptado_parcial';
        await tx.execute(sql`INSERT INTO participacion_respuestas (municipality_id, aporte_id, resultado, razones,
          documento_version, articulo, respondido_en) VALUES (${Z}, ${id}, ${resultado},
          'La oficina de planeación evaluó la propuesta con el equipo técnico del plan.',
          ${acepta ? 'v3' : null}, ${acepta ? `Artículo ${10 + i}` : null}, now())`);
      }
      await tx.execute(
        sql`INSERT INTO participacion_linea_tiempo VALUES (${Z}, ${id}, ${randomUUID()}, 'presentado', now(), '{}'::jsonb)`,
      );
    }
    const ronda = randomUUID();
    await tx.execute(sql`INSERT INTO participacion_rondas_car (municipality_id, id, numero, estado, radicada_en,
      acta_fecha, acta_evidencia, puntos_desacuerdo) VALUES (${Z}, ${ronda}, 1, 'concertada_parcial', '2026-06-15',
      '2026-08-20', 'acta-concertacion-car-2026-08-20.pdf', 'Límite del suelo de expansión norte.')`);
    for (const [tema, texto, respuesta] of OBS)
      await tx.execute(sql`INSERT INTO participacion_observaciones_car (municipality_id, ronda_id, id, tema, texto,
        respuesta, registrada_en, respondida_en) VALUES (${Z}, ${ronda}, ${randomUUID()}, ${tema}, ${texto},
        ${respuesta}, now(), now())`);
    await tx.execute(sql`INSERT INTO participacion_concepto_ctp VALUES (${Z}, '2026-08-25', '2026-09-30',
      'Concepto favorable con 6 recomendaciones sobre movilidad, espacio público y vivienda.', 'concepto-ctp-2026.pdf')`);
  });
}

/** Zipaquirá's participation history: events, 50 aportes in every state, a CAR round, the CTP. */
export const demoParticipacion: DemoStep = { nombre: 'participación de Zipaquirá', run: seed };
