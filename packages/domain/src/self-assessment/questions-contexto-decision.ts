import { CITES } from '../citations.js';
import type { Question } from './types.js';

/**
 * Questions of the first two steps of the route: the municipal context and the mayor's decision
 * to revise. They detect whether the administration knows where its plan stands before spending.
 */
export const CONTEXTO_DECISION_QUESTIONS: readonly Question[] = [
  {
    id: 'contexto-vigencia-conocida',
    stage: 'contexto',
    text: '¿Sabe la administración hasta qué fecha rigen los contenidos de corto, mediano y largo plazo de su plan de ordenamiento?',
    riskIfNo: {
      id: 'vigencia-desconocida',
      title: 'Vigencia del plan sin establecer',
      description:
        'Sin conocer la vigencia, el municipio no sabe si ya está obligado a revisar ni qué clase de revisión le corresponde.',
      severity: 'alta',
    },
    actions: [
      'Registre el plan vigente en Ruta POT para conocer su vigencia y el estado de cada contenido.',
      'Ubique el acuerdo o decreto de adopción y los de revisiones posteriores en el archivo municipal.',
    ],
    citations: [CITES.art28, CITES.ley1551],
    sourceDifficulty: 'No se identifica la vigencia del plan',
  },
  {
    id: 'contexto-tipo-revision-claro',
    stage: 'contexto',
    text: '¿Tiene claro el equipo qué clase de plan (POT, PBOT o EOT) corresponde al municipio y qué modalidad de revisión procede?',
    riskIfNo: {
      id: 'tipo-revision-confuso',
      title: 'Confusión sobre el tipo de plan o de revisión',
      description:
        'Elegir mal la modalidad de revisión o exigir un plan más complejo del necesario encarece el proceso y puede invalidarlo.',
      severity: 'media',
    },
    actions: [
      'Consulte en el Estado del POT el tipo de plan que corresponde por población y los tipos de revisión abiertos.',
      'Documente por escrito la modalidad elegida y la norma que la sustenta antes de contratar.',
    ],
    citations: [CITES.art9, CITES.d1077rev],
    sourceDifficulty: 'Confusión en los tipos de revisión; planes homologados por lo más exigente',
  },
  {
    id: 'contexto-seguimiento-continuo',
    stage: 'contexto',
    text: '¿Recibió la actual administración un registro del seguimiento y la evaluación del POT hechos en los gobiernos anteriores?',
    riskIfNo: {
      id: 'seguimiento-interrumpido',
      title: 'Seguimiento al POT interrumpido',
      description:
        'Sin seguimiento continuo no hay base para fijar las prioridades ni los motivos de la revisión.',
      severity: 'media',
    },
    actions: [
      'Solicite al empalme los informes de seguimiento al POT y al plan de desarrollo anteriores.',
      'Asigne en planeación un responsable permanente del seguimiento al POT.',
    ],
    citations: [CITES.d1232seguimiento],
    sourceDifficulty: 'Falta de continuidad del seguimiento y evaluación',
  },
  {
    id: 'contexto-capacidad-estimada',
    stage: 'contexto',
    text: '¿Ha valorado la alcaldía con qué capacidad económica, técnica y administrativa cuenta para adelantar la revisión?',
    riskIfNo: {
      id: 'capacidad-no-valorada',
      title: 'Capacidad municipal sin valorar',
      description:
        'Sin esa valoración el proceso se percibe como inalcanzable o se planea mal, y entonces sí resulta más costoso.',
      severity: 'media',
    },
    actions: [
      'Haga un inventario del personal, la información y los recursos disponibles para la revisión.',
      'Planee el alistamiento de la etapa preliminar para aprovechar lo que el municipio ya tiene.',
    ],
    sourceDifficulty:
      'Limitaciones económicas, técnicas y administrativas; idea de proceso costoso',
  },
  {
    id: 'contexto-plan-al-dia',
    stage: 'contexto',
    text: '¿Responde el plan vigente a la realidad actual del territorio, incluido el conocimiento de amenazas y riesgos?',
    riskIfNo: {
      id: 'plan-desactualizado',
      title: 'Plan desactualizado frente al territorio',
      description:
        'Un plan que no refleja el crecimiento urbano ni las amenazas actuales deja decisiones sin soporte y expone a la población.',
      severity: 'alta',
    },
    actions: [
      'Compare el modelo de ocupación adoptado con el crecimiento real del casco urbano y los centros poblados.',
      'Verifique si el plan incorporó estudios de amenaza y riesgo y en qué fecha.',
    ],
    citations: [CITES.ley1523],
    sourceDifficulty: 'Planes vencidos que no responden a las dinámicas ni al riesgo',
  },
  {
    id: 'contexto-participacion-preparada',
    stage: 'contexto',
    text: '¿Está preparada la administración para conducir una participación rigurosa y conciliar intereses sociales, políticos y técnicos?',
    riskIfNo: {
      id: 'participacion-sin-preparar',
      title: 'Participación sin preparar',
      description:
        'Los intereses en juego y un proceso participativo improvisado pueden frenar o anular la revisión.',
      severity: 'media',
    },
    actions: [
      'Defina una estrategia de participación con actores, momentos y evidencias desde el inicio.',
      'Identifique los sectores sociales, políticos y gremiales interesados y sus expectativas.',
    ],
    citations: [CITES.art24num4],
    sourceDifficulty: 'Intereses sectoriales y participación exigente sin preparación',
  },
  {
    id: 'contexto-liderazgo-propio',
    stage: 'contexto',
    text: '¿Lideran la alcaldía y la oficina de planeación el proceso, sin dejarlo por completo en manos de un consultor o de otra entidad?',
    riskIfNo: {
      id: 'proceso-delegado',
      title: 'Proceso delegado sin liderazgo municipal',
      description:
        'Cuando todo queda en un tercero, el proyecto suele no adoptarse y la implementación posterior se debilita.',
      severity: 'alta',
    },
    actions: [
      'Designe por acto administrativo al líder municipal del proceso y al equipo de planeación que lo acompaña.',
      'Acuerde con las entidades de asistencia técnica una ruta de trabajo con responsables municipales.',
    ],
    sourceDifficulty:
      'Delegación del proceso en consultorías o terceros; consultorías que no culminan',
  },
  {
    id: 'decision-costo-estimado',
    stage: 'decision',
    text: '¿Tiene el municipio un cálculo propio del costo de la revisión, basado en el alcance que necesita?',
    riskIfNo: {
      id: 'costo-incierto',
      title: 'Costo de la revisión incierto',
      description:
        'Sin un cálculo propio, las ofertas del mercado no se pueden comparar y se corre el riesgo de pagar de más o de contratar de menos.',
      severity: 'media',
    },
    actions: [
      'Estime el costo a partir de la lista de productos exigidos para su tipo de plan y de revisión.',
      'Pida cotizaciones comparables sobre un mismo alcance técnico.',
    ],
    sourceDifficulty: 'Costo poco claro y ofertas muy dispares',
  },
  {
    id: 'decision-recursos-asegurados',
    stage: 'decision',
    text: '¿Están apropiados en el presupuesto y en el plan de desarrollo los recursos que requiere la revisión en este cuatrienio?',
    riskIfNo: {
      id: 'recursos-insuficientes',
      title: 'Revisión sin recursos asegurados',
      description:
        'Si el plan de desarrollo no prevé la revisión, el proceso se detiene por falta de dinero a mitad de camino.',
      severity: 'alta',
    },
    actions: [
      'Incluya la revisión del POT como meta con recursos en el plan de desarrollo y en el plan plurianual.',
      'Programe los pagos según las etapas para no agotar el presupuesto antes de la adopción.',
    ],
    sourceDifficulty: 'Recursos escasos; plan de desarrollo desarticulado del POT',
  },
  {
    id: 'decision-fuentes-financiacion',
    stage: 'decision',
    text: '¿Ha identificado fuentes de financiación, como regalías o cofinanciación, y cuenta con quién formule el proyecto de inversión?',
    riskIfNo: {
      id: 'fuentes-sin-identificar',
      title: 'Fuentes de financiación sin identificar',
      description:
        'Desconocer las fuentes o no saber formular el proyecto de inversión retrasa el arranque del proceso.',
      severity: 'media',
    },
    actions: [
      'Revise las convocatorias del Sistema General de Regalías y de cofinanciación departamental.',
      'Solicite apoyo para formular el proyecto de inversión en la metodología exigida.',
    ],
    sourceDifficulty: 'Fuentes de financiación y proyecto de inversión poco claros',
  },
  {
    id: 'decision-expediente-conformado',
    stage: 'decision',
    text: '¿Cuenta el municipio con expediente municipal conformado, que muestre cuánto se ha ejecutado del plan actual?',
    riskIfNo: {
      id: 'sin-expediente',
      title: 'Sin expediente municipal',
      description:
        'Sin expediente no se conoce el avance del plan vigente y la decisión de revisar se toma a ciegas.',
      severity: 'alta',
    },
    actions: [
      'Conforme el expediente municipal con los documentos, planos e información georreferenciada del plan.',
      'Empiece por una matriz de los proyectos del POT con su estado de ejecución.',
    ],
    citations: [CITES.art112],
    sourceDifficulty: 'No hay expediente municipal y se desconoce el avance del POT',
  },
  {
    id: 'decision-avances-revisados',
    stage: 'decision',
    text: 'Si otra administración dejó una revisión avanzada pero no adoptada, ¿se ha evaluado técnicamente qué sirve de ella y qué falta?',
    riskIfNo: {
      id: 'avances-previos-sin-revisar',
      title: 'Avances anteriores sin valorar',
      description:
        'Se puede pagar dos veces por productos existentes o reutilizar estudios que ya perdieron validez.',
      severity: 'baja',
    },
    actions: [
      'Haga un balance de los productos entregados en el proceso anterior y de su vigencia técnica.',
      'Defina qué se conserva, qué se actualiza y qué se contrata de nuevo.',
    ],
    sourceDifficulty: 'Revisiones anteriores no adoptadas sin balance técnico',
  },
  {
    id: 'decision-inventario-informacion',
    stage: 'decision',
    text: '¿Sabe el municipio qué información de insumo tiene y cuál le hace falta para la revisión?',
    riskIfNo: {
      id: 'informacion-sin-inventario',
      title: 'Información de insumo sin inventariar',
      description:
        'Sin inventario no es posible valorar con acierto el alcance técnico y el costo de la revisión.',
      severity: 'media',
    },
    actions: [
      'Levante un inventario de estudios, cartografía y bases de datos disponibles, con su fecha y escala.',
      'Marque los vacíos de información que deberán cubrirse en el contrato.',
    ],
    sourceDifficulty: 'Falta claridad sobre la información disponible y la requerida',
  },
  {
    id: 'decision-orientacion-confiable',
    stage: 'decision',
    text: '¿Recibe la alcaldía orientación técnica y jurídica confiable para decidir el alcance y preparar la contratación?',
    riskIfNo: {
      id: 'orientacion-confusa',
      title: 'Orientación técnica y jurídica insuficiente',
      description:
        'Los mensajes contradictorios sobre la revisión generan incertidumbre y pliegos mal planteados.',
      severity: 'media',
    },
    actions: [
      'Pida asistencia técnica a la Federación, al departamento o al Ministerio de Vivienda.',
      'Apóyese en las fuentes legales que Ruta POT cita en cada resultado antes de decidir.',
    ],
    sourceDifficulty: 'Marco legal complejo y mensajes confusos para contratar',
  },
];
