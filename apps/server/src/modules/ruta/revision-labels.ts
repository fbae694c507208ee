/** Spanish names of the revision types (Decreto 1077 de 2015 as modified by Decreto 1232 de 2020). */
export const REVISION_LABELS: Record<string, string> = {
  revision_general: 'Revisión general',
  revision_mediano_plazo: 'Revisión de contenidos de mediano plazo',
  revision_corto_plazo: 'Revisión de contenidos de corto plazo',
  modificacion_excepcional: 'Modificación excepcional de norma urbanística',
  revision_excepcional: 'Revisión excepcional',
};
