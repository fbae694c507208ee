import { createRequire } from 'node:module';

import pg from 'pg';
import { describe, expect, it } from 'vitest';

import { assertPipelineDriver, PIPELINE_PG_VERSION } from './read-pipeline';

describe('the read pipeline refuses a node-postgres it was not built on (ADR 0026)', () => {
  it('accepts the pinned version with the Result methods it reads', () => {
    const installed = (createRequire(import.meta.url)('pg/package.json') as { version: string })
      .version;
    expect(installed).toBe(PIPELINE_PG_VERSION);
    expect(() => assertPipelineDriver(installed, pg.Result)).not.toThrow();
  });
  it('refuses another version or a Result without those methods, naming what to do', () => {
    expect(() => assertPipelineDriver('8.24.0', pg.Result)).toThrow(/fije pg en 8\.23\.1/);
    expect(() => assertPipelineDriver(PIPELINE_PG_VERSION, class {})).toThrow(
      /faltan addFields, parseRow, addRow, addCommandComplete/,
    );
  });
});
