import { describe, expect, it } from 'vitest';

import { DATA_LAW, DATA_POLICY, dataRequestDue } from '../src/accounts/data-policy.js';
import { createBusinessCalendar } from '../src/business-calendar.js';
import type { IsoDate } from '../src/dates.js';

const calendar = createBusinessCalendar();

describe('personal data of the platform’s users (Ley 1581 de 2012)', () => {
  it('answers a consulta in 10 business days and a reclamo in 15, skipping holidays', () => {
    const receivedOn = '2026-03-02' as IsoDate;
    expect(dataRequestDue({ kind: 'consulta', receivedOn, calendar })).toBe('2026-03-16');
    // 23 March 2026 is a holiday (San José, moved to Monday).
    expect(dataRequestDue({ kind: 'supresion', receivedOn, calendar })).toBe('2026-03-24');
  });

  it('publishes a versioned policy that names the law it follows', () => {
    expect(DATA_POLICY.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(DATA_POLICY.parrafos.join(' ')).toMatch(/10 días hábiles.*15 días hábiles/);
    expect(DATA_LAW.map((c) => c.norm)).toContain('Ley 1581 de 2012');
  });
});
