import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { fromDay } from '../src/dates.js';
import { colombianHolidays, easterDay } from '../src/holidays.js';
import { requireSharedData } from './shared-data.js';

const md = (year: number, list: string): string[] =>
  list.split(',').map((s) => {
    const [day, mon] = s.trim().split('-');
    const m =
      ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(
        mon ?? '',
      ) + 1;
    return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });

describe('colombianHolidays — R-HOL-04 calendars', () => {
  it('2024', () => {
    expect(colombianHolidays(2024).map((h) => h.date)).toEqual(
      md(
        2024,
        '1-Jan, 8-Jan, 25-Mar, 28-Mar, 29-Mar, 1-May, 13-May, 3-Jun, 10-Jun, 1-Jul, 20-Jul, 7-Aug, 19-Aug, 14-Oct, 4-Nov, 11-Nov, 8-Dec, 25-Dec',
      ),
    );
  });
  it('2025 (30-Jun carries two holidays in one entry)', () => {
    const hs = colombianHolidays(2025);
    expect(hs.map((h) => h.date)).toEqual(
      md(
        2025,
        '1-Jan, 6-Jan, 24-Mar, 17-Apr, 18-Apr, 1-May, 2-Jun, 23-Jun, 30-Jun, 20-Jul, 7-Aug, 18-Aug, 13-Oct, 3-Nov, 17-Nov, 8-Dec, 25-Dec',
      ),
    );
    const jun30 = hs.find((h) => h.date === '2025-06-30');
    expect(jun30?.name).toBe('San Pedro y San Pablo y Sagrado Corazón de Jesús');
    expect(jun30?.moved).toBe(true);
  });
  it('2026 adds Chiquinquirá (9-Jul → Mon 13-Jul, Ley 2578 de 2026, to confirm)', () => {
    const hs = colombianHolidays(2026);
    expect(hs.map((h) => h.date)).toEqual(
      md(
        2026,
        '1-Jan, 12-Jan, 23-Mar, 2-Apr, 3-Apr, 1-May, 18-May, 8-Jun, 15-Jun, 29-Jun, 13-Jul, 20-Jul, 7-Aug, 17-Aug, 12-Oct, 2-Nov, 16-Nov, 8-Dec, 25-Dec',
      ),
    );
    const chiq = hs.find((h) => h.date === '2026-07-13');
    expect(chiq?.citations[0]).toMatchObject({ norm: 'Ley 2578 de 2026', confidence: '?' });
    expect(hs.find((h) => h.date === '2026-01-12')).toMatchObject({
      moved: true,
      name: 'Día de los Reyes Magos',
    });
    expect(hs.find((h) => h.date === '2026-06-29')).toMatchObject({ moved: false });
  });
  it('fixed holidays are not moved even on Sunday (R-HOL-01)', () => {
    expect(colombianHolidays(2022).map((h) => h.date)).toContain('2022-05-01');
    expect(colombianHolidays(2025).find((h) => h.date === '2025-07-20')?.moved).toBe(false);
  });
});

describe('colombianHolidays vs the real calendar CSV (2020–2030)', () => {
  const rows = readFileSync(requireSharedData('festivos/festivos_colombia_2020_2030.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const byYear = new Map<number, string[]>();
  for (const r of rows) {
    if (r[6] !== '1') continue;
    const y = Number(r[1]);
    byYear.set(y, [...(byYear.get(y) ?? []), r[0] ?? '']);
  }
  it.each(Array.from({ length: 11 }, (_, i) => 2020 + i))(
    '%d equals the rows with en_vacanza_holidays=1',
    (year) => {
      expect(colombianHolidays(year).map((h) => h.date)).toEqual(
        [...(byYear.get(year) ?? [])].sort(),
      );
    },
  );
});

describe('easter and range', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2200, '2200-04-06'],
  ] as const)('Easter %d = %s', (y, e) => {
    expect(fromDay(easterDay(y))).toBe(e);
  });
  it('every year 1984–2200 has 18 or 19 sorted unique dates, Mondays for moved ones', () => {
    for (let y = 1984; y <= 2200; y += 1) {
      const hs = colombianHolidays(y);
      const dates = hs.map((h) => h.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.length).toBeGreaterThanOrEqual(15);
      for (const h of hs) if (h.moved) expect(new Date(`${h.date}T00:00:00Z`).getUTCDay()).toBe(1);
    }
  });
  it.each([1983, 2201, 2024.5])('rejects year %d', (y) => {
    expect(() => colombianHolidays(y)).toThrow(
      expect.objectContaining({ code: 'date_out_of_range' }) as unknown,
    );
  });
});
