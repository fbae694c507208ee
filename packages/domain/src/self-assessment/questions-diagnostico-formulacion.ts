import { CITES } from '../citations.js';
import type { Question } from './types.js';

/**
 * Questions of the technical core of the revision: an up-to-date diagnosis and decisions that
 * rest on it, with risk studies, participation and a costed execution programme.
 */
export const DIAGNOSTICO_FORMULACION_QUESTIONS: readonly Question[] = [
  {
    id: 'diagnostico-punto-partida',
    stage: 'diagnostico',
    text: '¿Parte el diagnóstico de los resultados de la evaluación del plan vigente para comparar el territorio actual con el deseado?',
    riskIfNo: {
      id: 'diagnostico-sin-evaluacion',
      title: 'Diagnóstico sin punto de partida',
      description:
        'Sin la evaluación previa no se puede contrastar la situación actual con la imagen objetivo del municipio.',
      severity: 'alta',
    },
    actions: [
      'Termine primero la evaluación del plan vigente y úsela como capítulo inicial del diagnóstico.',
    ],
    citations: [CITES.d1232seguimiento],
    sourceDifficulty: 'Sin resultados de evaluación no se define la imagen actual',
  },
  {
    id: 'diagnostico-cartografia-base',
    stage: 'diagnostico',
    text: '¿Dispone el municipio de cartografía básica y temática actualizada y de un sistema de información geográfica con equipos adecuados?',
    riskIfNo: {
      id: 'cartografia-debil',
      title: 'Cartografía y SIG insuficientes',
      description:
        'Sin cartografía confiable las decisiones del plan no se pueden localizar ni verificar.',
      severity: 'alta',
    },
    actions: [
      'Solicite al IGAC y al catastro la cartografía oficial disponible a la escala requerida.',
      'Destine equipos y licencias o software libre para el SIG de planeación.',
    ],
    citations: [CITES.d824],
    sourceDifficulty: 'Información cartográfica débil y SIG precarios',
  },
  {
    id: 'diagnostico-estudios-riesgo',
    stage: 'diagnostico',
    text: '¿Cuenta el municipio con los estudios básicos de amenaza y riesgo y con los estudios temáticos (suelos, coberturas, geología, ecosistemas) a escala adecuada?',
    riskIfNo: {
      id: 'sin-estudios-basicos',
      title: 'Faltan estudios básicos de riesgo y temáticos',
      description:
        'Sin estudios básicos de riesgo no puede avanzar una revisión de contenidos de mediano o largo plazo, y sin los temáticos el diagnóstico queda incompleto.',
      severity: 'alta',
    },
    actions: [
      'Verifique qué estudios existen, aunque estén dispersos, antes de contratar nuevos.',
      'Incluya en el alcance los estudios básicos de movimientos en masa, inundaciones y avenidas torrenciales.',
    ],
    citations: [CITES.d1077risk, CITES.ley1523, CITES.dl019],
    sourceDifficulty: 'Faltan estudios técnicos a escala, en especial de amenaza y riesgo',
  },
  {
    id: 'diagnostico-informacion-entidades',
    stage: 'diagnostico',
    text: '¿Ha gestionado formalmente la información que tienen la autoridad ambiental, la gobernación y las entidades nacionales?',
    riskIfNo: {
      id: 'informacion-interinstitucional-debil',
      title: 'Gestión de información interinstitucional débil',
      description:
        'La información de otras entidades llega tarde o no llega, y el diagnóstico queda con vacíos.',
      severity: 'media',
    },
    actions: [
      'Envíe solicitudes formales de información a la CAR, la gobernación y las entidades nacionales con plazo de respuesta.',
      'Pida a la CAR las determinantes ambientales vigentes desde el arranque.',
    ],
    sourceDifficulty: 'Relación interinstitucional débil y apoyo sin coordinar',
  },
  {
    id: 'diagnostico-actores-vinculados',
    stage: 'diagnostico',
    text: '¿Participan desde el inicio concejales, consejeros territoriales, líderes sociales y gremiales y la autoridad ambiental?',
    riskIfNo: {
      id: 'actores-ausentes',
      title: 'Actores clave ausentes del diagnóstico',
      description:
        'Sin quienes conocen el territorio el diagnóstico pierde realidad, y la concertación y la aprobación se complican después.',
      severity: 'media',
    },
    actions: [
      'Convoque talleres de diagnóstico por sectores y veredas con registro de asistencia y aportes.',
      'Invite a la autoridad ambiental a las mesas técnicas del diagnóstico.',
    ],
    citations: [CITES.art24num4],
    sourceDifficulty: 'Poca participación de actores clave y de autoridades ambientales',
  },
  {
    id: 'diagnostico-alcance-campo',
    stage: 'diagnostico',
    text: '¿Tiene el diagnóstico un alcance definido por escrito y se apoya en trabajo de campo de quienes conocen el municipio?',
    riskIfNo: {
      id: 'diagnostico-superficial',
      title: 'Diagnóstico superficial',
      description:
        'Un diagnóstico sin alcance ni campo ignora conflictos, restricciones y potencialidades y no sirve para decidir.',
      severity: 'media',
    },
    actions: [
      'Fije el contenido mínimo del diagnóstico en el contrato, por componente y por escala.',
      'Exija recorridos de campo con profesionales locales y la oficina de planeación.',
    ],
    citations: [CITES.d1232stages],
    sourceDifficulty: 'Contenido del diagnóstico sin reglamentar; desconocimiento del territorio',
  },
  {
    id: 'diagnostico-plan-desarrollo',
    stage: 'diagnostico',
    text: '¿Incorpora el diagnóstico del POT el diagnóstico y las decisiones del plan de desarrollo vigente?',
    riskIfNo: {
      id: 'diagnostico-desarticulado',
      title: 'Diagnóstico desconectado del plan de desarrollo',
      description:
        'Los dos instrumentos terminan describiendo territorios distintos y compitiendo por recursos.',
      severity: 'baja',
    },
    actions: [
      'Cruce el diagnóstico del plan de desarrollo con el del POT y registre las coincidencias y diferencias.',
    ],
    sourceDifficulty: 'Diagnóstico del plan de desarrollo ignorado en el POT',
  },
  {
    id: 'formulacion-decisiones-sustentadas',
    stage: 'formulacion',
    text: '¿Se apoya cada decisión de la formulación en un hallazgo del diagnóstico o de la evaluación?',
    riskIfNo: {
      id: 'decisiones-sin-soporte',
      title: 'Decisiones sin soporte técnico',
      description:
        'Las decisiones sin sustento generan conflictos al aplicarlas y son fáciles de cuestionar.',
      severity: 'alta',
    },
    actions: ['Elabore una matriz que relacione cada decisión con el hallazgo que la justifica.'],
    sourceDifficulty: 'Decisiones no sustentadas en diagnósticos; debilidad al decidir',
  },
  {
    id: 'formulacion-modelo-apropiado',
    stage: 'formulacion',
    text: '¿Participaron el alcalde y el consejo de gobierno en la definición del modelo de ocupación y lo respaldan?',
    riskIfNo: {
      id: 'modelo-sin-respaldo',
      title: 'Modelo de ocupación sin respaldo político',
      description:
        'Si la administración no se apropia del modelo, luego se opone o no lidera su adopción ni su ejecución.',
      severity: 'alta',
    },
    actions: [
      'Programe sesiones del consejo de gobierno para discutir y aprobar el modelo de ocupación.',
    ],
    sourceDifficulty: 'Escaso liderazgo y apropiación del modelo de ocupación',
  },
  {
    id: 'formulacion-participacion-documentada',
    stage: 'formulacion',
    text: '¿Hubo espacios de participación ciudadana en la formulación, con evidencias de convocatoria, asistencia y respuesta a las propuestas?',
    riskIfNo: {
      id: 'participacion-debil',
      title: 'Participación débil o sin evidencias',
      description:
        'Una participación deficiente produce decisiones ajenas a la comunidad y vicios que pueden llevar a la nulidad del acto.',
      severity: 'alta',
    },
    actions: [
      'Guarde convocatorias, listas de asistencia, actas y la matriz de respuesta a cada propuesta.',
      'Publique los documentos de la formulación antes de cada espacio de consulta.',
    ],
    citations: [CITES.art24num4],
    sourceDifficulty: 'Participación débil con riesgo de nulidad',
  },
  {
    id: 'formulacion-riesgo-incorporado',
    stage: 'formulacion',
    text: '¿Se tradujeron los estudios básicos de riesgo y los estudios temáticos en decisiones concretas de clasificación y uso del suelo?',
    riskIfNo: {
      id: 'riesgo-sin-incorporar',
      title: 'Estudios de riesgo sin incorporar',
      description:
        'Los estudios que no se reflejan en normas ni en la cartografía no protegen a nadie y frenan la concertación.',
      severity: 'alta',
    },
    actions: [
      'Verifique que las áreas con condición de amenaza y de riesgo aparezcan en la cartografía y en las normas.',
      'Defina qué estudios detallados se harán en la ejecución y con qué prioridad.',
    ],
    citations: [CITES.d1077risk, CITES.ley1523],
    sourceDifficulty: 'Debilidad para incorporar estudios técnicos y de riesgo',
  },
  {
    id: 'formulacion-productos-a-tiempo',
    stage: 'formulacion',
    text: '¿Valida la supervisión los productos de la formulación dentro del cronograma, sin retrasos contractuales que los vuelvan obsoletos?',
    riskIfNo: {
      id: 'formulacion-retrasada',
      title: 'Formulación retrasada o sin validar',
      description:
        'Los retrasos y la validación débil obligan a rehacer decisiones que ya perdieron actualidad.',
      severity: 'media',
    },
    actions: [
      'Lleve un cronograma con fechas de entrega, revisión y aprobación de cada producto.',
      'Registre los plazos de los trámites en la Calculadora de plazos para no perder fechas.',
    ],
    sourceDifficulty: 'Interventoría débil y dilación contractual',
  },
  {
    id: 'formulacion-programa-ejecucion',
    stage: 'formulacion',
    text: '¿Tienen los programas y proyectos metas medibles, costos y fuentes acordes con el marco fiscal y con el plan de desarrollo?',
    riskIfNo: {
      id: 'proyectos-no-ejecutables',
      title: 'Programa de ejecución no viable',
      description:
        'Proyectos sin costo ni fuente quedan en el papel y el plan de desarrollo no los puede financiar.',
      severity: 'alta',
    },
    actions: [
      'Costee cada proyecto y contrástelo con el marco fiscal de mediano plazo.',
      'Armonice el programa de ejecución con el plan de inversiones del plan de desarrollo.',
    ],
    citations: [CITES.art18],
    sourceDifficulty:
      'Programas poco medibles y costeables; desarticulación con el plan de desarrollo',
  },
  {
    id: 'formulacion-instrumentos-financiacion',
    stage: 'formulacion',
    text: '¿Define la formulación instrumentos de gestión y financiación (plusvalía, valorización, cargas y beneficios) aplicables al municipio?',
    riskIfNo: {
      id: 'instrumentos-sin-definir',
      title: 'Instrumentos de gestión y financiación sin definir',
      description:
        'Sin instrumentos el municipio no obtiene recursos del propio desarrollo territorial para ejecutar el plan.',
      severity: 'media',
    },
    actions: [
      'Seleccione los instrumentos que el municipio puede aplicar de verdad y defina su reglamentación.',
    ],
    sourceDifficulty: 'Debilidad técnica en instrumentos de gestión y financiación',
  },
];
