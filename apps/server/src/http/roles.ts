/**
 * Roles a person can hold in a municipality (issue 2). The environmental authority's role comes
 * from its jurisdiction, the advisor's from an explicit grant; the platform administrator is not
 * a municipal role.
 */
const MUNICIPAL_ROLES = [
  'alcaldia',
  'planeacion',
  'consultor',
  'interventor',
  'autoridad_ambiental',
  'consejo_territorial',
  'concejo',
  'asesor',
  'ciudadano',
] as const;
export type MunicipalRole = (typeof MUNICIPAL_ROLES)[number];

export const ROLE_LABELS: Record<MunicipalRole, string> = {
  alcaldia: 'Alcaldía',
  planeacion: 'Oficina de planeación',
  consultor: 'Consultor',
  interventor: 'Interventor / supervisor',
  autoridad_ambiental: 'Autoridad ambiental (CAR)',
  consejo_territorial: 'Consejo Territorial de Planeación',
  concejo: 'Concejo municipal',
  asesor: 'Asesor (federación / departamento)',
  ciudadano: 'Ciudadano',
};

/** Roles that run the municipality's own process. */
export const MANAGING_ROLES: readonly MunicipalRole[] = ['alcaldia', 'planeacion'];
/** Every role with a seat in the municipality's process (citizens excluded). */
export const PARTICIPANT_ROLES: readonly MunicipalRole[] = MUNICIPAL_ROLES.filter(
  (r) => r !== 'ciudadano',
);
