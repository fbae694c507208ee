import type { RuleWarning } from '../citations.js';
import { CITES } from '../citations.js';
import type { PlanType } from '../plan-type.js';
import type { RevisionType } from '../revision-types.js';

/** A consultant profile with its dedication per plan type (share of the contract duration). */
export interface TeamProfile {
  id: string;
  name: string;
  /** Spanish minimum qualification. */
  qualification: string;
  /** Monthly fee (honorarios) in pesos of the cost base year, before the factor multiplicador. */
  monthlyFee: number;
  /** Dedication (persons × share of the duration) by plan type; 0 = not needed as a profile. */
  dedication: Record<PlanType, number>;
}

/**
 * Team profiles proportionate to the plan type (R-TYPE-04: an EOT has minimum content, a PBOT a
 * simplified urban component). EDITABLE reference values of the platform, not a legal rule.
 */
export const TEAM_PROFILES: readonly TeamProfile[] = [
  p(
    'director',
    'Director(a) del equipo',
    'Urbanista, arquitecto(a) o ingeniero(a) con posgrado en planificación y experiencia en POT',
    16_000_000,
    [1, 1, 1],
  ),
  p(
    'abogado',
    'Abogado(a) en derecho urbano',
    'Abogado(a) con experiencia en normas urbanísticas',
    12_000_000,
    [0.6, 0.5, 0.4],
  ),
  p(
    'ambiental',
    'Especialista ambiental',
    'Profesional ambiental con experiencia en determinantes y concertación con la CAR',
    11_000_000,
    [0.6, 0.5, 0.4],
  ),
  p(
    'riesgo',
    'Especialista en gestión del riesgo',
    'Geólogo(a), ingeniero(a) geotecnista o hidráulico(a)',
    11_000_000,
    [0.5, 0.4, 0.3],
  ),
  p(
    'sig',
    'Especialista SIG y cartografía',
    'Profesional en SIG con experiencia en cartografía para ordenamiento (LADM_COL-POT)',
    8_000_000,
    [1, 0.8, 0.6],
  ),
  p(
    'economista',
    'Economista (financiación y gestión del suelo)',
    'Economista con experiencia en instrumentos de gestión y financiación del suelo',
    11_000_000,
    [0.5, 0.35, 0.2],
  ),
  p(
    'social',
    'Profesional social (participación)',
    'Profesional en ciencias sociales con experiencia en participación comunitaria',
    8_000_000,
    [0.8, 0.6, 0.5],
  ),
  p(
    'movilidad',
    'Especialista en movilidad y servicios públicos',
    'Ingeniero(a) de transporte o sanitario(a)',
    11_000_000,
    [0.5, 0.3, 0],
  ),
  p(
    'apoyo',
    'Profesionales de apoyo',
    'Profesionales en arquitectura, ingeniería o geografía',
    5_000_000,
    [2, 1, 0.5],
  ),
];

function p(
  id: string,
  name: string,
  ...rest: [string, number, [number, number, number]]
): TeamProfile {
  const [qualification, monthlyFee, [pot, pbot, eot]] = rest;
  return { id, name, qualification, monthlyFee, dedication: { POT: pot, PBOT: pbot, EOT: eot } };
}

/** Formulation months for a revisión general by plan type (editable reference). */
const BASE_MONTHS: Record<PlanType, number> = { POT: 18, PBOT: 15, EOT: 12 };

/** Share of the revisión general's work each revision type needs (editable reference). */
export const SCOPE_FACTOR: Record<RevisionType, number> = {
  revision_general: 1,
  revision_mediano_plazo: 0.75,
  revision_corto_plazo: 0.5,
  modificacion_excepcional: 0.45,
  revision_excepcional: 0.55,
};

/** Formulation months (diagnóstico to proyecto de acuerdo) for a plan and revision type. */
export function formulationMonths(planType: PlanType, rev: RevisionType): number {
  return Math.round(BASE_MONTHS[planType] * SCOPE_FACTOR[rev] * 2) / 2;
}

/** Team months per profile proportionate to the plan and revision type (zero ones left out). */
export function proportionateTeam(
  planType: PlanType,
  rev: RevisionType,
): Array<{ profile: TeamProfile; months: number }> {
  const months = formulationMonths(planType, rev);
  return TEAM_PROFILES.filter((pr) => pr.dedication[planType] > 0).map((profile) => ({
    profile,
    months: Math.round(profile.dedication[planType] * months * 10) / 10,
  }));
}

/**
 * Warns when the requested team asks more than the plan type needs (more than 1,5 times the
 * proportionate months, or a profile the type does not need), as overblown profiles raise cost
 * without adding legal content (R-TYPE-04).
 */
export function checkRequestedTeam(input: {
  planType: PlanType;
  revisionType: RevisionType;
  requested: Readonly<Record<string, number>>;
}): RuleWarning[] {
  const team = proportionateTeam(input.planType, input.revisionType);
  const warnings: RuleWarning[] = [];
  for (const [id, months] of Object.entries(input.requested)) {
    const profile = TEAM_PROFILES.find((pr) => pr.id === id);
    const base = team.find((t) => t.profile.id === id);
    const name = profile?.name ?? id;
    if (!base) {
      warnings.push({
        code: 'PROFILE_NOT_NEEDED',
        message: `El perfil «${name}» no es necesario como perfil independiente para un ${input.planType}: su contenido es mínimo o simplificado (Ley 388 arts. 16 y 17).`,
        citations: [CITES.art11a17],
      });
    } else if (months > base.months * 1.5) {
      warnings.push({
        code: 'PROFILE_OVERSIZED',
        message: `Se piden ${String(months).replace('.', ',')} meses de «${name}»; lo proporcional a un ${input.planType} es ${String(base.months).replace('.', ',')}. Un equipo sobredimensionado encarece el contrato sin agregar contenido legal.`,
        citations: [CITES.art11a17],
      });
    }
  }
  return warnings;
}
