/**
 * Demo data typed by hand so the platform starts with something real to show.
 * Sources: DANE DIVIPOLA (codes, names, the municipal seat's coordinates) and DANE population projections 2024 (post-COVID update of
 * the CNPV 2018 series). Plan instruments: Medellín Acuerdo 48 of 19-Dec-2014 (legal-rules.md
 * R-DOC-01); Zipaquirá Acuerdo 012 de 2000 and its 2003 revision (rcfdtools/R.SIGE). Where a
 * source gives only the year, the day is marked approximate in `nota`.
 */
export const DEMO_POPULATION_SOURCE =
  'DANE, proyecciones municipales 2024 (serie CNPV 2018, actualización post-COVID)';

export const DEMO_MUNICIPALITIES = [
  {
    codigo: '05001',
    nombre: 'Medellín',
    codigoDepartamento: '05',
    departamento: 'Antioquia',
    poblacion: 2_616_335,
    latitud: 6.257590259,
    longitud: -75.61103107,
  },
  {
    codigo: '25899',
    nombre: 'Zipaquirá',
    codigoDepartamento: '25',
    departamento: 'Cundinamarca',
    poblacion: 160_629,
    latitud: 5.06631685,
    longitud: -74.04960323,
  },
  {
    codigo: '25126',
    nombre: 'Cajicá',
    codigoDepartamento: '25',
    departamento: 'Cundinamarca',
    poblacion: 101_582,
    latitud: 4.930402779,
    longitud: -74.02985115,
  },
  {
    codigo: '66682',
    nombre: 'Santa Rosa de Cabal',
    codigoDepartamento: '66',
    departamento: 'Risaralda',
    poblacion: 79_960,
    latitud: 4.833789828,
    longitud: -75.54950174,
  },
  {
    codigo: '25785',
    nombre: 'Tabio',
    codigoDepartamento: '25',
    departamento: 'Cundinamarca',
    poblacion: 26_505,
    latitud: 4.951520046,
    longitud: -74.08449648,
  },
] as const;

export const DEMO_PLANS = [
  {
    codigo: '05001',
    instrumento: 'Acuerdo 48 de 2014',
    adopcion: '2014-12-19',
    revisionGeneral: null,
  },
  {
    codigo: '25899',
    instrumento: 'Acuerdo 012 de 2000 (revisado por el Acuerdo 008 de 2003)',
    adopcion: '2000-06-30',
    revisionGeneral: '2003-06-30',
    nota: 'Fechas de demostración: la fuente solo da el año de cada acuerdo.',
  },
] as const;

export const DEMO_AUTHORITIES = [
  {
    id: 'car-cundinamarca',
    sigla: 'CAR',
    nombre: 'Corporación Autónoma Regional de Cundinamarca',
    municipios: ['25899', '25126', '25785'],
  },
  {
    id: 'carder',
    sigla: 'CARDER',
    nombre: 'Corporación Autónoma Regional de Risaralda',
    municipios: ['66682'],
  },
] as const;

/** One password for every demo account; printed in the README. Never used outside the demo. */
export const DEMO_PASSWORD = 'RutaPOT-demo-2026';

export const DEMO_ACCOUNTS = [
  {
    email: 'admin@demo.rutapot.co',
    nombre: 'Administración de la plataforma',
    admin: true,
    roles: [],
  },
  {
    email: 'planeacion.zipaquira@demo.rutapot.co',
    nombre: 'Oficina de Planeación de Zipaquirá',
    roles: [['25899', 'planeacion']],
  },
  {
    email: 'alcaldia.zipaquira@demo.rutapot.co',
    nombre: 'Despacho del Alcalde de Zipaquirá',
    roles: [['25899', 'alcaldia']],
  },
  {
    email: 'consultor.zipaquira@demo.rutapot.co',
    nombre: 'Consultoría POT Zipaquirá',
    roles: [['25899', 'consultor']],
  },
  {
    email: 'interventor.zipaquira@demo.rutapot.co',
    nombre: 'Interventoría POT Zipaquirá',
    roles: [['25899', 'interventor']],
  },
  {
    email: 'ctp.zipaquira@demo.rutapot.co',
    nombre: 'Consejo Territorial de Planeación de Zipaquirá',
    roles: [['25899', 'consejo_territorial']],
  },
  {
    email: 'concejo.zipaquira@demo.rutapot.co',
    nombre: 'Concejo Municipal de Zipaquirá',
    roles: [['25899', 'concejo']],
  },
  {
    email: 'ciudadano.zipaquira@demo.rutapot.co',
    nombre: 'Ciudadana de Zipaquirá',
    roles: [['25899', 'ciudadano']],
  },
  {
    email: 'revisor@demo.car.gov.co',
    nombre: 'Revisora CAR Cundinamarca',
    autoridad: 'car-cundinamarca',
    roles: [],
  },
  {
    email: 'asesor@demo.fcm.org.co',
    nombre: 'Asesor de la Federación',
    roles: [
      ['25899', 'asesor'],
      ['66682', 'asesor'],
    ],
  },
  {
    email: 'planeacion.medellin@demo.rutapot.co',
    nombre: 'Departamento Administrativo de Planeación de Medellín',
    roles: [['05001', 'planeacion']],
  },
  {
    email: 'planeacion.santarosa@demo.rutapot.co',
    nombre: 'Secretaría de Planeación de Santa Rosa de Cabal',
    roles: [['66682', 'planeacion']],
  },
] as const satisfies ReadonlyArray<{
  email: string;
  nombre: string;
  admin?: boolean;
  autoridad?: string;
  roles: ReadonlyArray<readonly [string, string]>;
}>;
