import { CITES } from '../citations.js';
import type { Question } from './types.js';

/**
 * Questions of the preparatory stage (team, contracting, information) and of the evaluation of
 * the plan in force, whose follow-up document is a legal requirement of the revision.
 */
export const PRELIMINAR_EVALUACION_QUESTIONS: readonly Question[] = [
  {
    id: 'preliminar-temas-priorizados',
    stage: 'preliminar',
    text: '¿Definió el equipo, con un método explícito y apoyado en experiencias de otros municipios, los temas estratégicos que tratará la revisión?',
    riskIfNo: {
      id: 'temas-sin-priorizar',
      title: 'Temas estratégicos sin priorizar',
      description:
        'Sin prioridades claras la revisión se dispersa y el contrato no apunta a los problemas reales del territorio.',
      severity: 'media',
    },
    actions: [
      'Priorice con el consejo de gobierno los problemas territoriales que la revisión debe resolver.',
      'Consulte casos de municipios de tamaño parecido que ya adoptaron su revisión.',
    ],
    sourceDifficulty: 'Sin banco de experiencias ni método para fijar temas estratégicos',
  },
  {
    id: 'preliminar-equipo-propio',
    stage: 'preliminar',
    text: '¿Tiene la oficina de planeación profesionales propios, con experiencia en ordenamiento, dedicados a la revisión?',
    riskIfNo: {
      id: 'sin-equipo-propio',
      title: 'Oficina de planeación sin equipo para la revisión',
      description:
        'Sin profesionales propios el municipio no puede dirigir, vigilar ni incidir en el contenido de la revisión.',
      severity: 'alta',
    },
    actions: [
      'Conforme un equipo municipal mínimo (urbanista, ambiental, abogado, SIG) con dedicación al proceso.',
      'Actualice las funciones de la oficina de planeación para incluir la revisión e implementación del POT.',
    ],
    sourceDifficulty: 'Sin equipo profesional propio; oficinas de planeación sin actualizar',
  },
  {
    id: 'preliminar-terminos-completos',
    stage: 'preliminar',
    text: '¿Incluyen los estudios previos y los términos de referencia todos los productos legales, perfiles razonables y acompañamiento hasta la concertación?',
    riskIfNo: {
      id: 'contratacion-deficiente',
      title: 'Contratación mal estructurada',
      description:
        'Pliegos incompletos o desproporcionados llevan a productos faltantes, procesos desiertos o contratos siniestrados.',
      severity: 'alta',
    },
    actions: [
      'Contraste los términos de referencia con la lista de productos exigidos que Ruta POT genera para su tipo de plan y de revisión.',
      'Exija en el contrato el apoyo técnico del consultor hasta la concertación ambiental y la adopción.',
      'Verifique la experiencia regional de los proponentes con criterios objetivos.',
    ],
    citations: [CITES.d4002art9],
    sourceDifficulty: 'Poca capacidad para estudios previos, pliegos y selección de consultores',
  },
  {
    id: 'preliminar-supervision-asignada',
    stage: 'preliminar',
    text: '¿Hay una supervisión o interventoría con capacidad técnica suficiente para revisar la calidad de cada producto?',
    riskIfNo: {
      id: 'supervision-debil',
      title: 'Supervisión técnica insuficiente',
      description:
        'Sin supervisión idónea se reciben productos incompletos o de baja calidad que después frenan la concertación.',
      severity: 'alta',
    },
    actions: [
      'Designe supervisión o contrate interventoría con perfiles en ordenamiento territorial.',
      'Defina listas de chequeo de calidad para cada producto antes de aprobar pagos.',
    ],
    sourceDifficulty: 'Pocos profesionales para supervisión e interventoría',
  },
  {
    id: 'preliminar-informacion-accesible',
    stage: 'preliminar',
    text: '¿Puede el equipo consultar sin demoras los archivos, estudios y datos técnicos que el municipio ha producido?',
    riskIfNo: {
      id: 'informacion-inaccesible',
      title: 'Información histórica de difícil acceso',
      description:
        'Cuando los archivos están dispersos o perdidos, la consultoría repite estudios o trabaja con supuestos.',
      severity: 'media',
    },
    actions: [
      'Centralice en planeación una copia digital de los estudios, planos y actos del ordenamiento.',
      'Solicite a las dependencias y entidades la entrega formal de su información con fecha límite.',
    ],
    sourceDifficulty: 'Acceso difícil a información histórica y técnica',
  },
  {
    id: 'preliminar-prioridad-gobierno',
    stage: 'preliminar',
    text: '¿Reconocen el alcalde y el consejo de gobierno la revisión del POT como una prioridad de la administración?',
    riskIfNo: {
      id: 'revision-sin-prioridad',
      title: 'La revisión no es prioridad de gobierno',
      description:
        'Sin respaldo del alcalde el proceso pierde recursos, tiempo y capacidad de decisión.',
      severity: 'media',
    },
    actions: [
      'Presente al consejo de gobierno el estado del plan y los plazos que corren, con el Estado del POT.',
      'Fije en el plan de acción anual los hitos de la revisión con sus responsables.',
    ],
    sourceDifficulty: 'Municipios poco conscientes de la importancia de revisar',
  },
  {
    id: 'evaluacion-documento-seguimiento',
    stage: 'evaluacion',
    text: '¿Elaboró el municipio el documento de seguimiento y evaluación de los resultados del plan vigente?',
    riskIfNo: {
      id: 'sin-documento-seguimiento',
      title: 'Sin documento de seguimiento y evaluación',
      description:
        'Es un requisito para presentar la revisión: sin él la concertación se detiene y la revisión puede repetir los errores del plan actual.',
      severity: 'alta',
    },
    actions: [
      'Inicie cuanto antes la evaluación del plan vigente y produzca el documento de seguimiento y evaluación.',
      'Use sus conclusiones para delimitar el alcance de la revisión.',
    ],
    citations: [CITES.d1232seguimiento, CITES.d4002art9],
    sourceDifficulty: 'No hay cultura de evaluación; el documento de evaluación es requisito',
  },
  {
    id: 'evaluacion-impacto-medido',
    stage: 'evaluacion',
    text: '¿Se midió, con indicadores del expediente municipal, el efecto de las decisiones del plan sobre el territorio?',
    riskIfNo: {
      id: 'impacto-sin-medir',
      title: 'Impacto del plan sin medir',
      description:
        'Sin indicadores no se sabe qué decisiones del plan funcionaron y cuáles deben corregirse.',
      severity: 'media',
    },
    actions: [
      'Defina indicadores de ejecución de proyectos, aplicación de normas y avance del modelo de ocupación.',
      'Alimente esos indicadores desde el expediente municipal.',
    ],
    citations: [CITES.art112],
    sourceDifficulty: 'Expediente no implementado: sin seguimiento al impacto',
  },
  {
    id: 'evaluacion-aciertos-identificados',
    stage: 'evaluacion',
    text: '¿Identificó la evaluación las normas y decisiones del plan actual que dieron buen resultado y deben mantenerse?',
    riskIfNo: {
      id: 'aciertos-sin-identificar',
      title: 'Aciertos del plan sin identificar',
      description:
        'La revisión podría cambiar justamente las normas que mejor han servido al municipio.',
      severity: 'baja',
    },
    actions: [
      'Incluya en la evaluación un capítulo de aciertos que la revisión no debe modificar.',
      'Valide ese listado con las dependencias que aplican las normas a diario.',
    ],
    sourceDifficulty: 'Riesgo de modificar las normas con mejor impacto',
  },
  {
    id: 'evaluacion-informes-articulados',
    stage: 'evaluacion',
    text: '¿Aprovechan los informes de seguimiento del POT los reportes que la administración ya produce para otros fines?',
    riskIfNo: {
      id: 'informes-duplicados',
      title: 'Informes de seguimiento desarticulados',
      description:
        'Producir reportes paralelos recarga a planeación y deja el seguimiento del POT para después.',
      severity: 'baja',
    },
    actions: [
      'Cruce los indicadores del POT con los del plan de desarrollo y los reportes sectoriales existentes.',
      'Integre el ordenamiento territorial en las funciones de seguimiento de cada dependencia.',
    ],
    sourceDifficulty: 'Informes de seguimiento desarticulados de los del POT',
  },
  {
    id: 'seguimiento-expediente-actualizado',
    stage: 'seguimiento',
    text: '¿Se mantiene al día el expediente municipal con la información de ejecución del plan adoptado?',
    riskIfNo: {
      id: 'expediente-desactualizado',
      title: 'Expediente municipal desactualizado',
      description:
        'Sin expediente al día la siguiente evaluación y la siguiente revisión empezarán de cero.',
      severity: 'alta',
    },
    actions: [
      'Asigne un responsable y una periodicidad para actualizar el expediente municipal.',
      'Guarde en el expediente los actos, estudios y cartografía que se produzcan en la ejecución.',
    ],
    citations: [CITES.art112],
    sourceDifficulty: 'Falta de continuidad del seguimiento; expediente sin implementar',
  },
  {
    id: 'seguimiento-medicion-anual',
    stage: 'seguimiento',
    text: '¿Mide la administración, al menos una vez al año, el avance de los programas, proyectos y normas del POT?',
    riskIfNo: {
      id: 'sin-medicion-anual',
      title: 'Sin medición periódica del POT',
      description:
        'Sin una medición anual no hay alertas a tiempo ni fundamentos para decidir la próxima revisión.',
      severity: 'media',
    },
    actions: [
      'Programe una medición anual del POT con los indicadores del expediente.',
      'Use la Calculadora de plazos y el Estado del POT para anticipar los vencimientos de cada contenido.',
    ],
    citations: [CITES.d1232seguimiento],
    sourceDifficulty: 'Ejecución del plan sin seguimiento',
  },
  {
    id: 'seguimiento-resultados-divulgados',
    stage: 'seguimiento',
    text: '¿Se presentan los resultados del seguimiento al consejo de gobierno, al consejo territorial de planeación y a la ciudadanía?',
    riskIfNo: {
      id: 'resultados-sin-divulgar',
      title: 'Seguimiento sin divulgar',
      description:
        'Si los resultados no circulan, los actores no se apropian del plan ni reclaman su cumplimiento.',
      severity: 'baja',
    },
    actions: [
      'Publique un informe anual corto de avance del POT.',
      'Presente el informe en una sesión del consejo territorial de planeación.',
    ],
    sourceDifficulty: 'Apropiación ciudadana e institucional del POT',
  },
  {
    id: 'seguimiento-control-urbano',
    stage: 'seguimiento',
    text: '¿Funciona un control urbano que verifique que las licencias y obras cumplen las normas del plan?',
    riskIfNo: {
      id: 'control-urbano-debil',
      title: 'Control urbano débil',
      description:
        'Sin control urbano las normas adoptadas no se cumplen y el modelo de ocupación se desdibuja.',
      severity: 'media',
    },
    actions: [
      'Asigne personal y procedimientos de control urbano con reporte periódico a planeación.',
      'Registre las infracciones urbanísticas como insumo del seguimiento.',
    ],
    sourceDifficulty: 'Se requiere control urbano eficiente en la implementación',
  },
];
