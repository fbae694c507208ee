import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/ruta-pot.mjs', import.meta.url).pathname;

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'America/Bogota' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ruta-pot CLI (motor normativo)', { timeout: 30_000 }, () => {
  it('tipo-plan --json prints the plan type and citations', () => {
    const r = cli('tipo-plan', '--poblacion', '120000', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      planType: string;
      citations: { norm: string; article: string }[];
    };
    expect(json.planType).toBe('POT');
    expect(json.citations[0]).toMatchObject({ norm: 'Ley 388 de 1997' });
  });

  it('vigencia --json gives ISO dates, formulation start and status', () => {
    const r = cli('vigencia', '--adopcion', '2002-03-15', '--fecha', '2026-01-01', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({
      shortTermEnd: '2007-12-31',
      mediumTermEnd: '2011-12-31',
      longTermEnd: '2015-12-31',
      formulationStart: '2015-07-01',
      status: 'vencido',
    });
  });

  it('plazo --json counts business days and says so', () => {
    const r = cli('plazo', '--tramite', 'concepto-ctp', '--desde', '2024-03-01', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ dueOn: '2024-04-17', dayKind: 'habiles' });
  });

  it('festivos --json lists the ISO dates of a year', () => {
    const dates = JSON.parse(cli('festivos', '--anio', '2025', '--json').stdout) as string[];
    // 18 holidays, two of them on 30 June (Sagrado Corazón + San Pedro y San Pablo): 17 dates.
    expect(dates).toHaveLength(17);
    expect(dates).toContain('2025-11-17');
    expect(dates).not.toContain('2025-04-20');
  });

  it('speaks Spanish without --json', () => {
    expect(cli('tipo-plan', '--poblacion', '29000').stdout).toMatch(/EOT.*\n.*Advertencia|EOT/);
  });

  it('exits with code 2 and a Spanish message on bad input', () => {
    for (const args of [
      ['vigencia', '--adopcion', '2023-02-29', '--json'],
      ['tipo-plan', '--poblacion', '-5', '--json'],
      ['plazo', '--tramite', 'inventado', '--desde', '2026-01-01', '--json'],
      ['festivos'],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^Error: /);
    }
  });
});
