import { z } from '@hono/zod-openapi';

import type { Clock } from './types';

/** Today's date in Colombia (UTC−5 all year, no daylight saving) from the injected clock. */
export function todayInColombia(clock: Clock): string {
  return new Date(clock.now().getTime() - 5 * 3600_000).toISOString().slice(0, 10);
}

/** A calendar date in ISO form; impossible dates are rejected later by the domain's parser. */
export const isoDate = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `«${name}» debe tener el formato AAAA-MM-DD.`)
    .openapi({ example: '2026-03-02' });
