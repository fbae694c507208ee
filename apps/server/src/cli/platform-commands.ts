import { type Database, rowsOf, type SqlRunner, verifyAuditChains } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import { readConfig } from '../config/env';
import { readSource } from '../modules/catalog/fetch-source';
import { importDivipola, importPopulation } from '../modules/catalog/service';
import { importLimits, readLimitsSource } from '../modules/panorama/limits-import';
import { openPlatform } from '../platform';
import { type ParsedArgs, stringFlag, UsageError } from './args';

const CLI_ACTOR = { id: null, label: `cli (${process.env.USER ?? 'operador'})` };

async function withPlatform<T>(fn: (p: Awaited<ReturnType<typeof openPlatform>>) => Promise<T>) {
  const platform = await openPlatform(readConfig());
  try {
    return await fn(platform);
  } finally {
    await platform.close();
  }
}

/** Runs raw SQL as the application role in platform scope (sees every municipality's chain). */
function platformRunner(
  db: Database,
): (fn: (runner: SqlRunner) => Promise<unknown>) => Promise<unknown> {
  return (fn) =>
    db.withContext({ plataforma: true }, (tx) =>
      fn({
        exec: async (text) => void (await tx.execute(sql.raw(text))),
        query: async <Row>(text: string) => rowsOf<Row>(await tx.execute(sql.raw(text))),
      }),
    );
}

export async function importCommand(args: ParsedArgs, out: (line: string) => void) {
  const [, kind, source] = args.positional;
  if (!source || (kind !== 'divipola' && kind !== 'poblacion' && kind !== 'limites')) {
    throw new UsageError(
      'Uso: ruta-pot importar divipola|poblacion|limites <archivo o URL> [--fuente "texto"]',
    );
  }
  // Boundary files are larger (up to 100 MB), so they have their own reader.
  const bytes = kind === 'limites' ? await readLimitsSource(source) : await readSource(source);
  return withPlatform(async ({ deps }) => {
    const fuente = stringFlag(args, 'fuente');
    if (kind === 'divipola') {
      const r = await importDivipola(deps, { bytes, source, actor: CLI_ACTOR });
      out(
        `DIVIPOLA importada: ${r.leidos} municipios (${r.nuevos} nuevos, ${r.actualizados} actualizados; ${r.codificacion}).`,
      );
      for (const w of r.advertencias) out(`Advertencia: ${w}`);
    } else if (kind === 'limites') {
      const r = await importLimits(deps, {
        bytes,
        source,
        actor: CLI_ACTOR,
        ...(fuente ? { fuente } : {}),
      });
      out(
        `Límites importados: ${r.leidos} municipios (${r.nuevos} nuevos, ${r.actualizados} actualizados; código en «${r.propiedadCodigo}»).`,
      );
      if (r.sinLimite > 0)
        out(`Advertencia: ${r.sinLimite} municipios del catálogo quedan sin límite.`);
    } else {
      const r = await importPopulation(deps, {
        bytes,
        source,
        actor: CLI_ACTOR,
        ...(fuente ? { fuente } : {}),
      });
      out(
        `Población importada: ${r.filas} filas, ${r.municipios} municipios, años ${r.anios[0]}–${r.anios.at(-1)}.`,
      );
    }
    return 0;
  });
}

export async function auditCommand(args: ParsedArgs, out: (line: string) => void) {
  if (args.positional[1] !== 'verificar')
    throw new UsageError('Uso: ruta-pot auditoria verificar [--json]');
  return withPlatform(async ({ deps }) => {
    let report: Awaited<ReturnType<typeof verifyAuditChains>> | undefined;
    await platformRunner(deps.db)(async (runner) => {
      report = await verifyAuditChains(runner);
    });
    if (!report) return 1;
    if (args.flags.has('json')) out(JSON.stringify(report));
    else if (report.problems.length === 0) {
      out(`Bitácora íntegra: ${report.entries} entradas en ${report.scopes} cadenas verificadas.`);
    } else {
      out(`¡Bitácora alterada! ${report.problems.length} problemas:`);
      for (const p of report.problems) out(`  [${p.municipalityId} #${p.secuencia}] ${p.mensaje}`);
    }
    return report.problems.length === 0 ? 0 : 1;
  });
}
