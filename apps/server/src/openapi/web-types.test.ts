import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { WEB_TYPES_FILE, webApiTypes } from './web-types';

describe("the web's API types", () => {
  it('match the server’s OpenAPI document (run `npm run api:tipos` after changing a route)', async () => {
    const committed = readFileSync(WEB_TYPES_FILE, 'utf8');
    const generated = await webApiTypes();
    expect(generated.length).toBeGreaterThan(10_000);
    expect(
      committed === generated,
      'apps/web/src/api/esquema.d.ts está desactualizado: ejecute npm run api:tipos',
    ).toBe(true);
  }, 60_000);
});
