import type { BusinessCalendar } from '../business-calendar.js';
import type { Citation } from '../citations.js';
import type { IsoDate } from '../dates.js';

/**
 * Personal data of the people who use Ruta POT (issue 18): an account holds a citizen's name and
 * e-mail, so it needs prior, express and informed authorisation and a published treatment policy
 * (Ley 1581 de 2012 arts. 9 y 12, Decreto 1377 de 2013 arts. 5 y 13, compiled in Decreto 1074 de
 * 2015). The text is versioned: a person accepts a version, on a date, and may withdraw it or ask
 * to see, correct or delete their data.
 */
export const DATA_LAW: readonly Citation[] = [
  {
    norm: 'Ley 1581 de 2012',
    article: '9, 12, 14 y 15',
    url: 'https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=49981',
    confidence: 'K',
    note: 'Autorización previa, expresa e informada; consultas en 10 días hábiles y reclamos en 15.',
  },
  {
    norm: 'Decreto 1377 de 2013 (compilado en el Decreto 1074 de 2015)',
    article: '5 y 13',
    confidence: 'K',
    note: 'Autorización y política de tratamiento de la información.',
  },
];

export interface DataPolicy {
  version: string;
  titulo: string;
  /** Plain-Spanish paragraphs, shown before anyone gives their data. */
  parrafos: readonly string[];
}

/** The policy in force. A new version is a new object: earlier acceptances keep their version. */
export const DATA_POLICY: DataPolicy = {
  version: '2026-12-04',
  titulo: 'Política de tratamiento de datos personales de Ruta POT',
  parrafos: [
    'Responsable: la entidad que opera esta instalación de Ruta POT (el municipio, el departamento o la federación que la administra).',
    'Datos que se tratan: su nombre y su correo electrónico, los municipios que sigue y, cuando participe, sus aportes. No se piden datos sensibles.',
    'Para qué: identificarle al ingresar, enviarle los enlaces de su cuenta, avisarle de lo que pasa en el plan de ordenamiento que sigue y dar respuesta a sus aportes. Sus datos no se venden ni se ceden a terceros, y en los documentos públicos de participación su nombre se reemplaza por un seudónimo.',
    'Sus derechos: conocer, actualizar y rectificar sus datos, pedir prueba de esta autorización, revocarla y pedir que se supriman sus datos, ante la entidad responsable o la Superintendencia de Industria y Comercio. Puede hacerlo desde «Mi cuenta».',
    'Plazos: las consultas se responden en máximo 10 días hábiles y los reclamos (corrección, supresión, revocatoria) en máximo 15 días hábiles.',
  ],
};

export type DataRequestKind = 'consulta' | 'rectificacion' | 'supresion' | 'revocatoria';

export const DATA_REQUEST_LABELS: Readonly<Record<DataRequestKind, string>> = {
  consulta: 'Conocer mis datos',
  rectificacion: 'Corregir mis datos',
  supresion: 'Suprimir mis datos',
  revocatoria: 'Revocar la autorización',
};

/**
 * When a data request must be answered: a consulta in 10 business days (Ley 1581 art. 14), a
 * reclamo — correction, deletion, revocation — in 15 (art. 15), both from the day after it is
 * received. The extensions the law allows (5 and 8 more days, with notice) are not assumed.
 */
export function dataRequestDue(input: {
  kind: DataRequestKind;
  receivedOn: IsoDate;
  calendar: BusinessCalendar;
}): IsoDate {
  return input.calendar.addBusinessDays(input.receivedOn, input.kind === 'consulta' ? 10 : 15);
}
