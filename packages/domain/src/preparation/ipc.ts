import type { Citation } from '../citations.js';
import { DomainError } from '../errors.js';
import { PREP_CITES } from './citations.js';

/** One year of the IPC series: annual variation to December, in percent. */
export interface IpcYear {
  year: number;
  variationPct: number;
  citation: Citation;
}

/**
 * IPC (consumer price index) annual variation, December to December, from the DANE yearly
 * bulletins. EDITABLE: replace or extend with the current DANE figure; every cost estimate states
 * which years it applied. Values are [K] (transcribed from knowledge of the bulletins).
 */
export const IPC_SERIES: readonly IpcYear[] = [
  [2015, 6.77],
  [2016, 5.75],
  [2017, 4.09],
  [2018, 3.18],
  [2019, 3.8],
  [2020, 1.61],
  [2021, 5.62],
  [2022, 13.12],
  [2023, 9.28],
  [2024, 5.2],
].map(([year, variationPct]) => ({
  year: year!,
  variationPct: variationPct!,
  citation: PREP_CITES.daneIpc,
}));

/** Last year with an IPC figure in {@link IPC_SERIES}. */
export const IPC_LAST_YEAR = IPC_SERIES.at(-1)!.year;

/**
 * Factor that takes pesos of `fromYear` to pesos of `toYear`: the product of (1 + IPC) for the
 * years after `fromYear` up to `toYear`. Throws when a year is missing from the series.
 */
export function ipcFactor(
  input: { fromYear: number; toYear: number },
  series: readonly IpcYear[] = IPC_SERIES,
): { factor: number; years: IpcYear[] } {
  const { fromYear, toYear } = input;
  if (toYear < fromYear)
    throw new DomainError(
      'invalid_input',
      `El año de precios (${toYear}) no puede ser anterior al año base (${fromYear}).`,
    );
  const years: IpcYear[] = [];
  let factor = 1;
  for (let y = fromYear + 1; y <= toYear; y++) {
    const row = series.find((r) => r.year === y);
    if (!row)
      throw new DomainError(
        'invalid_input',
        `No hay IPC del año ${y} en la serie (última: ${series.at(-1)?.year ?? '—'}). Agréguelo o use un año de precios anterior.`,
        { year: y },
      );
    factor *= 1 + row.variationPct / 100;
    years.push(row);
  }
  return { factor, years };
}

/** A peso amount taken from the pesos of one year to another, with the conversion in words. */
export interface ConvertedPesos {
  valor: number;
  anio: number;
  factor: number;
  /** «$ X de 2019 × 1,2345 (IPC 2020–2024) = $ Y de 2024» (no number without its assumption). */
  texto: string;
}

const pesosText = (n: number) => `$ ${Math.round(n).toLocaleString('es-CO')}`;

/**
 * Converts `cop` pesos of `fromYear` to pesos of `toYear` by IPC, forwards or backwards (a case
 * costed after the chosen year is deflated by the same series). Null when the series lacks a
 * year: the reader then shows the amount in its own year, never a guessed conversion.
 */
export function convertPesos(
  input: { cop: number; fromYear: number; toYear: number },
  series: readonly IpcYear[] = IPC_SERIES,
): ConvertedPesos | null {
  const { cop, fromYear, toYear } = input;
  try {
    const forward = toYear >= fromYear;
    const { factor: f } = ipcFactor(
      forward ? { fromYear, toYear } : { fromYear: toYear, toYear: fromYear },
      series,
    );
    const factor = forward ? f : 1 / f;
    const valor = Math.round(cop * factor);
    const span = forward ? `${fromYear + 1}–${toYear}` : `${toYear + 1}–${fromYear}`;
    const texto =
      fromYear === toYear
        ? `${pesosText(cop)} de ${fromYear} (mismo año, sin ajuste)`
        : `${pesosText(cop)} de ${fromYear} × ${factor.toFixed(4).replace('.', ',')} (IPC ${span}, DANE) = ${pesosText(valor)} de ${toYear}`;
    return { valor, anio: toYear, factor, texto };
  } catch {
    return null;
  }
}

/**
 * Checks a price year the municipality chooses for its estimate and terms: between the cost
 * parameters' base year and the last year of the IPC series (no conversion to unknown years).
 */
export function priceYearProblem(year: number, baseYear: number): string | null {
  if (!Number.isInteger(year) || year < baseYear || year > IPC_LAST_YEAR)
    return `El año de precios debe estar entre ${baseYear} y ${IPC_LAST_YEAR} (último año con IPC del DANE).`;
  return null;
}
