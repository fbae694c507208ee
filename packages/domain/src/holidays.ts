import type { Citation } from './citations.js';
import { CITES } from './citations.js';
import type { IsoDate } from './dates.js';
import { dayNumberFromYmd, fromDay, weekdayOfDay } from './dates.js';
import { DomainError } from './errors.js';

/** A national public holiday (día festivo) as observed. */
export interface Holiday {
  /** Observed date (after the Ley Emiliani move, if any). */
  date: IsoDate;
  /** Spanish name; names joined with « y » when two holidays share a date. */
  name: string;
  /** True if the rest day was moved to a Monday (Ley 51 de 1983 art. 1). */
  moved: boolean;
  citations: Citation[];
}

/** Supported year range for computed holidays (Ley 51 de 1983 applies from 1984). */
export const HOLIDAY_YEAR_RANGE = { min: 1984, max: 2200 } as const;

/** First year of the Chiquinquirá holiday (Ley 2578 de 2026, pending confirmation). */
const CHIQUINQUIRA_FROM = 2026;

/**
 * Gregorian Easter Sunday as a day number (anonymous Gregorian computus,
 * Meeus/Jones/Butcher). Used for Jueves/Viernes Santo and the moved Easter feasts.
 */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberFromYmd({ y: year, m: month, d: day });
}

/** Next Monday on or after a day number (Ley Emiliani move). */
function mondayOnOrAfter(day: number): number {
  return day + ((8 - weekdayOfDay(day)) % 7);
}

const FIXED: Array<[number, number, string]> = [
  [1, 1, 'Año Nuevo'],
  [5, 1, 'Día del Trabajo'],
  [7, 20, 'Día de la Independencia'],
  [8, 7, 'Batalla de Boyacá'],
  [12, 8, 'Inmaculada Concepción'],
  [12, 25, 'Navidad'],
];

const MOVABLE: Array<[number, number, string]> = [
  [1, 6, 'Día de los Reyes Magos'],
  [3, 19, 'Día de San José'],
  [6, 29, 'San Pedro y San Pablo'],
  [8, 15, 'Asunción de la Virgen'],
  [10, 12, 'Día de la Raza'],
  [11, 1, 'Todos los Santos'],
  [11, 11, 'Independencia de Cartagena'],
];

const LEY51_FIXED: Citation = { ...CITES.ley51, note: 'Festivo fijo: no se traslada (R-HOL-01).' };
const LEY51_MOVED: Citation = {
  ...CITES.ley51,
  note: 'Ley Emiliani: se traslada al lunes siguiente (R-HOL-02).',
};
const EASTER_CITE: Citation = {
  ...CITES.ley51,
  confidence: 'K',
  note: 'Fecha según la Pascua gregoriana (R-HOL-03).',
};

/**
 * Colombian national holidays of a year (1984–2200), computed from Ley 51 de 1983: fixed dates,
 * Emiliani dates moved to Monday, Easter-based feasts (R-HOL-01..03), plus Chiquinquirá
 * (9 July, moved to Monday) from 2026. Sorted by date; one entry per date.
 */
export function colombianHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < HOLIDAY_YEAR_RANGE.min || year > HOLIDAY_YEAR_RANGE.max) {
    throw new DomainError(
      'date_out_of_range',
      `Los festivos se calculan para los años ${HOLIDAY_YEAR_RANGE.min} a ${HOLIDAY_YEAR_RANGE.max}.`,
      { year },
    );
  }
  const raw: Array<{ day: number; name: string; moved: boolean; cite: Citation }> = [];
  for (const [m, d, name] of FIXED)
    raw.push({ day: dayNumberFromYmd({ y: year, m, d }), name, moved: false, cite: LEY51_FIXED });
  const movable = [...MOVABLE];
  if (year >= CHIQUINQUIRA_FROM) movable.push([7, 9, 'Nuestra Señora del Rosario de Chiquinquirá']);
  for (const [m, d, name] of movable) {
    const nominal = dayNumberFromYmd({ y: year, m, d });
    const day = mondayOnOrAfter(nominal);
    const cite = name.includes('Chiquinquirá') ? CITES.ley2578 : LEY51_MOVED;
    raw.push({ day, name, moved: day !== nominal, cite });
  }
  const e = easterDay(year);
  raw.push({ day: e - 3, name: 'Jueves Santo', moved: false, cite: EASTER_CITE });
  raw.push({ day: e - 2, name: 'Viernes Santo', moved: false, cite: EASTER_CITE });
  raw.push({ day: e + 43, name: 'Ascensión del Señor', moved: true, cite: EASTER_CITE });
  raw.push({ day: e + 64, name: 'Corpus Christi', moved: true, cite: EASTER_CITE });
  raw.push({ day: e + 71, name: 'Sagrado Corazón de Jesús', moved: true, cite: EASTER_CITE });
  raw.sort((x, y) => x.day - y.day);
  const out: Holiday[] = [];
  let prevDay = Number.NaN;
  for (const h of raw) {
    const last = out[out.length - 1];
    if (last !== undefined && h.day === prevDay) {
      last.name = `${last.name} y ${h.name}`;
      last.moved = last.moved || h.moved;
      if (!last.citations.includes(h.cite)) last.citations.push(h.cite);
      continue;
    }
    out.push({ date: fromDay(h.day), name: h.name, moved: h.moved, citations: [h.cite] });
    prevDay = h.day;
  }
  return out;
}

/** Day numbers of the holidays of a year (internal fast path for the business calendar). */
export function holidayDayNumbers(year: number): number[] {
  return colombianHolidays(year).map((h) =>
    dayNumberFromYmd({
      y: Number(h.date.slice(0, 4)),
      m: Number(h.date.slice(5, 7)),
      d: Number(h.date.slice(8, 10)),
    }),
  );
}
