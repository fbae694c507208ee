import { CITES } from '../citations.js';
import type { Question } from './types.js';

/**
 * Questions of the political stage (environmental concertation, CTP, cabildo abierto, Concejo)
 * and of implementation, where the plan lives or dies through each development plan.
 */
export const CONCERTACION_IMPLEMENTACION_QUESTIONS: readonly Question[] = [
  {
    id: 'concertacion-car-preparada',
    stage: 'concertacion',
    text: '¿Tiene el municipio un equipo técnico capaz de sustentar ante la autoridad ambiental cómo se incorporaron las determinantes ambientales?',
    riskIfNo: {
      id: 'concertacion-car-desigual',
      title: 'Concertación ambiental en desventaja',
      description:
        'Sin criterios claros ni equipo que los sustente, la concertación se alarga más allá de los plazos legales o fracasa.',
      severity: 'alta',
    },
    actions: [
      'Prepare una matriz de cumplimiento de cada determinante ambiental con su soporte cartográfico.',
      'Calcule con la Calculadora de plazos el término de la concertación con la CAR.',
    ],
    citations: [CITES.art24num1, CITES.ley2079art26],
    sourceDifficulty: 'Desbalance frente a la CAR; determinantes sin criterios; plazos superados',
  },
  {
    id: 'concertacion-ctp-informado',
    stage: 'concertacion',
    text: '¿Conocen los miembros del consejo territorial de planeación y del concejo el contenido, el alcance y el trámite de la revisión?',
    riskIfNo: {
      id: 'instancias-desinformadas',
      title: 'Consejo territorial y concejo sin información',
      description:
        'Sin conocimiento del proyecto, el concepto del consejo es pobre y el debate en el concejo se vuelve político.',
      severity: 'media',
    },
    actions: [
      'Ofrezca sesiones de explicación del proyecto al consejo territorial y a los concejales.',
      'Entregue el proyecto completo al consejo territorial y controle su plazo de concepto.',
    ],
    citations: [CITES.art24num3],
    sourceDifficulty: 'Baja participación del CTP; desconocimiento de CTP y concejo',
  },
  {
    id: 'concertacion-cabildo-abierto',
    stage: 'concertacion',
    text: '¿Está previsto el cabildo abierto antes de que el concejo estudie el proyecto, y la respuesta escrita a las intervenciones?',
    riskIfNo: {
      id: 'sin-cabildo',
      title: 'Cabildo abierto sin prever',
      description:
        'Omitir el cabildo abierto es un vicio de procedimiento que puede llevar a la nulidad del acuerdo.',
      severity: 'alta',
    },
    actions: [
      'Acuerde con la mesa directiva del concejo la fecha del cabildo abierto antes del primer debate.',
      'Publique las respuestas de la administración a cada intervención del cabildo.',
    ],
    citations: [CITES.ley507art2],
    sourceDifficulty: 'Procesos demandados por vicios de procedimiento',
  },
  {
    id: 'concertacion-consenso-concejo',
    stage: 'concertacion',
    text: '¿Se han construido acuerdos con las comunidades y las bancadas del concejo sobre las decisiones principales del proyecto?',
    riskIfNo: {
      id: 'sin-consenso',
      title: 'Falta de consenso político y social',
      description:
        'Las diferencias políticas se imponen sobre los argumentos técnicos y el proyecto puede ser negado o archivado.',
      severity: 'alta',
    },
    actions: [
      'Realice reuniones técnicas con cada bancada y con las comunidades afectadas por las decisiones clave.',
      'Controle con la Calculadora de plazos el término del concejo para decidir.',
    ],
    citations: [CITES.art25, CITES.ley810],
    sourceDifficulty: 'Consensos difíciles; diferencias políticas en el concejo',
  },
  {
    id: 'concertacion-beneficios-comunicados',
    stage: 'concertacion',
    text: '¿Explica la administración a la ciudadanía, con ejemplos concretos, los beneficios del nuevo ordenamiento y de sus instrumentos?',
    riskIfNo: {
      id: 'beneficios-sin-comunicar',
      title: 'Beneficios del plan sin comunicar',
      description:
        'Si nadie entiende qué gana el municipio, el proyecto carece de apoyo para ser aprobado.',
      severity: 'baja',
    },
    actions: ['Prepare piezas sencillas que muestren qué cambia en cada barrio y vereda.'],
    sourceDifficulty: 'Poco consenso sobre la importancia; beneficios sin mostrar',
  },
  {
    id: 'concertacion-acompanamiento-asegurado',
    stage: 'concertacion',
    text: '¿Seguirá el equipo formulador apoyando a la administración hasta que el concejo decida, y puede planeación defender el proyecto por sí misma?',
    riskIfNo: {
      id: 'contrato-termina-antes',
      title: 'Sin acompañamiento técnico hasta la adopción',
      description:
        'Cuando el contrato termina antes de la concertación o de la adopción, nadie sustenta el proyecto en las instancias.',
      severity: 'alta',
    },
    actions: [
      'Prorrogue o ajuste el contrato para cubrir la concertación, la consulta y el debate en el concejo.',
      'Prepare a planeación para exponer y defender cada componente del proyecto.',
    ],
    sourceDifficulty: 'Contratos que terminan antes de adoptar; capacidad débil para discutir',
  },
  {
    id: 'implementacion-programa-ejecucion',
    stage: 'implementacion',
    text: '¿Está el programa de ejecución del POT incorporado en el plan de inversiones del plan de desarrollo, con proyectos financiables?',
    riskIfNo: {
      id: 'programa-ejecucion-desarticulado',
      title: 'Programa de ejecución fuera del plan de desarrollo',
      description:
        'Si las administraciones siguientes no lo integran, los proyectos del POT no se financian ni se ejecutan.',
      severity: 'alta',
    },
    actions: [
      'Incluya los proyectos del programa de ejecución en el plan plurianual de inversiones.',
      'Deje en el empalme la relación de proyectos del POT pendientes para el siguiente gobierno.',
    ],
    citations: [CITES.art18],
    sourceDifficulty: 'Desarticulación con el plan de desarrollo; proyectos sin financiación',
  },
  {
    id: 'implementacion-instrumentos-reglamentados',
    stage: 'implementacion',
    text: '¿Ya se reglamentaron y se aplican la plusvalía, la valorización y los demás instrumentos que adoptó el plan revisado?',
    riskIfNo: {
      id: 'instrumentos-sin-aplicar',
      title: 'Instrumentos aprobados sin aplicar',
      description:
        'Sin reglamentación los instrumentos no recaudan y el plan queda sin recursos propios.',
      severity: 'media',
    },
    actions: [
      'Priorice la reglamentación de los instrumentos con mayor potencial de recaudo.',
      'Capacite a hacienda y planeación en la liquidación de cada instrumento.',
    ],
    sourceDifficulty: 'Desconocimiento y baja reglamentación de instrumentos',
  },
  {
    id: 'implementacion-capacidad-suficiente',
    stage: 'implementacion',
    text: '¿Tiene la administración la capacidad técnica, administrativa y jurídica para aplicar lo acordado en el plan?',
    riskIfNo: {
      id: 'capacidad-implementacion-debil',
      title: 'Capacidad insuficiente para implementar',
      description:
        'Una oficina de planeación sin capacidad no aplica las normas ni gestiona los proyectos del plan.',
      severity: 'media',
    },
    actions: [
      'Ajuste la planta o los contratos de apoyo de planeación a las tareas de implementación.',
    ],
    sourceDifficulty: 'Capacidad técnica, administrativa y jurídica insuficiente',
  },
  {
    id: 'implementacion-proyectos-en-marcha',
    stage: 'implementacion',
    text: '¿Avanza la ejecución de los proyectos del POT de forma continua, sin frenarse con cada cambio de gobierno?',
    riskIfNo: {
      id: 'ejecucion-discontinua',
      title: 'Ejecución discontinua',
      description:
        'Los proyectos del plan se abandonan y el plan pierde sentido para la comunidad.',
      severity: 'media',
    },
    actions: ['Revise cada año el avance de los proyectos del POT en el consejo de gobierno.'],
    sourceDifficulty: 'Ejecución interrumpida de los proyectos adoptados',
  },
  {
    id: 'implementacion-apropiacion',
    stage: 'implementacion',
    text: '¿Usa la administración el POT como guía de sus decisiones territoriales, más allá de un requisito cumplido?',
    riskIfNo: {
      id: 'plan-sin-apropiar',
      title: 'POT sin apropiar',
      description:
        'Si el plan se ve como un trámite, no se aprovecha su potencial para orientar el desarrollo del municipio.',
      severity: 'baja',
    },
    actions: [
      'Exija que los proyectos de inversión indiquen con qué decisión del POT se relacionan.',
    ],
    sourceDifficulty: 'No se ven las potencialidades del POT',
  },
  {
    id: 'implementacion-asistencia-tecnica',
    stage: 'implementacion',
    text: '¿Recibe el municipio asistencia técnica de entidades nacionales o departamentales para implementar y armonizar el plan con otros instrumentos?',
    riskIfNo: {
      id: 'sin-asistencia-tecnica',
      title: 'Implementación sin asistencia técnica',
      description:
        'Sin acompañamiento externo es más difícil armonizar el POT con los demás instrumentos de planificación.',
      severity: 'baja',
    },
    actions: [
      'Solicite acompañamiento al Ministerio de Vivienda, a la gobernación o a la Federación.',
    ],
    sourceDifficulty: 'Se necesita más asistencia técnica nacional',
  },
];
