// `npm test`: every test on a fresh machine (README, command 2; .ci/run calls it). Installs what
// is missing, then runs format, lint, types, unit, database (PGlite and PostgreSQL) and browser
// tests, and closes with one "N passed, N failed" line.
import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

import { ensureNpmDependencies } from './ensure-deps.mjs';
import { ensureSystem } from './ensure-system.mjs';

ensureNpmDependencies();
await ensureSystem();
mkdirSync('test-results', { recursive: true });

const env = { ...process.env, TZ: 'America/Bogota' };
const steps = [
  ['formato', 'npx prettier --check .'],
  ['lint', 'npx eslint . --max-warnings 0'],
  ['tipos', 'npm run typecheck --silent'],
  ['web (build)', 'npm run build -w @ruta-pot/web --silent'],
];
// Every step runs even when an earlier one fails, so one run reports every problem.
const failedSteps = [];
for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command}`);
  try {
    execSync(command, { stdio: 'inherit', env });
  } catch {
    console.log(`✗ ${name}: falló`);
    failedSteps.push(name);
  }
}

let passed = 0;
let failed = 0;
let exitCode = failedSteps.length > 0 ? 1 : 0;
for (const project of ['unit', 'db', 'e2e']) {
  const report = `test-results/vitest-${project}.json`;
  console.log(`\n▶ pruebas ${project}`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { stdio: 'inherit', env },
  );
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  } catch {
    failed += 1;
  }
  if (run.status !== 0) exitCode = 1;
}
if (failedSteps.length > 0) console.log(`\nPasos fallidos: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed + failedSteps.length} failed`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
