import {
  type Citation,
  colombianHolidays,
  computeDeadline,
  computeVigencias,
  createBusinessCalendar,
  determinePlanType,
  parseIsoDate,
} from '@ruta-pot/domain';

import { todayInColombia } from '../http/dates';
import { type ParsedArgs, requiredFlag, stringFlag, UsageError } from './args';

type Out = (line: string) => void;

const cite = (citations: readonly Citation[]) =>
  citations
    .map(
      (c) =>
        `${c.norm}, art. ${c.article}${c.confidence === 'K' || c.confidence === '?' ? ' (por confirmar)' : ''}`,
    )
    .join('; ');

function integerFlag(args: ParsedArgs, name: string): number {
  const text = requiredFlag(args, name);
  if (!/^-?\d+$/.test(text.replace(/[._]/g, '')))
    throw new UsageError(`--${name} debe ser un número entero: «${text}».`);
  return Number(text.replace(/[._]/g, ''));
}

function planType(args: ParsedArgs, out: Out) {
  const result = determinePlanType({ population: integerFlag(args, 'poblacion') });
  if (args.flags.has('json'))
    out(
      JSON.stringify({
        planType: result.planType,
        citations: result.citations,
        warnings: result.warnings,
      }),
    );
  else {
    out(`${result.planType}: ${result.explanation}`);
    for (const w of result.warnings) out(`Advertencia: ${w.message}`);
    out(`Fuente: ${cite(result.citations)}`);
  }
  return 0;
}

function vigencia(args: ParsedArgs, out: Out) {
  const revision = stringFlag(args, 'revision-general');
  const result = computeVigencias({
    adoptionDate: parseIsoDate(requiredFlag(args, 'adopcion')),
    ...(revision ? { lastGeneralRevisionDate: parseIsoDate(revision) } : {}),
    asOf: parseIsoDate(stringFlag(args, 'fecha') ?? todayInColombia({ now: () => new Date() })),
    options: { countAdoptionPeriod: args.flags.has('contar-periodo-adopcion') },
  });
  if (args.flags.has('json')) {
    const {
      shortTermEnd,
      mediumTermEnd,
      longTermEnd,
      formulationStart,
      status,
      citations,
      warnings,
    } = result;
    out(
      JSON.stringify({
        shortTermEnd,
        mediumTermEnd,
        longTermEnd,
        formulationStart,
        status,
        citations,
        warnings,
      }),
    );
  } else {
    out(
      `Corto plazo hasta ${result.shortTermEnd}; mediano plazo hasta ${result.mediumTermEnd}; largo plazo hasta ${result.longTermEnd}.`,
    );
    out(
      `Iniciar la formulación de la revisión general a más tardar el ${result.formulationStart}.`,
    );
    out(`Estado: ${result.statusExplanation}`);
    for (const w of result.warnings) out(`Advertencia: ${w.message}`);
    out(`Fuentes: ${cite(result.citations)}`);
  }
  return 0;
}

function plazo(args: ParsedArgs, out: Out) {
  const result = computeDeadline({
    procedure: requiredFlag(args, 'tramite'),
    from: parseIsoDate(requiredFlag(args, 'desde')),
    calendar: createBusinessCalendar(),
  });
  if (args.flags.has('json'))
    out(
      JSON.stringify({
        dueOn: result.dueOn,
        dayKind: result.dayKind,
        days: result.days,
        citations: result.citations,
      }),
    );
  else {
    out(
      `${result.name}: vence el ${result.dueOn} (${result.days} días ${result.dayKind === 'habiles' ? 'hábiles' : 'calendario'}).`,
    );
    out(result.explanation);
    out(`Fuentes: ${cite(result.citations)}`);
  }
  return 0;
}

function festivos(args: ParsedArgs, out: Out) {
  const year = integerFlag(args, 'anio');
  if (year < 1984 || year > 2200)
    throw new UsageError('--anio debe estar entre 1984 y 2200 (Ley 51 de 1983).');
  const holidays = colombianHolidays(year);
  if (args.flags.has('json')) out(JSON.stringify(holidays.map((h) => h.date)));
  else
    for (const h of holidays)
      out(`${h.date}  ${h.name}${h.moved ? ' (trasladado al lunes, Ley 51 de 1983)' : ''}`);
  return 0;
}

/** Pure rule commands of the motor normativo: no database, instant answers. */
export const normaCommands: Record<string, (args: ParsedArgs, out: Out) => number> = {
  'tipo-plan': planType,
  vigencia,
  plazo,
  festivos,
};
