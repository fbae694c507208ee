import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { IPC_LAST_YEAR, REVISION_TYPES } from '@ruta-pot/domain';

import { readConfig } from '../config/env';
import { todayInColombia } from '../http/dates';
import { AppError } from '../http/errors';
import {
  type BandaPoblacion,
  BANDAS_POBLACION,
  importBank,
  searchBank,
} from '../modules/preparacion/bank-service';
import { loadBasis } from '../modules/preparacion/basis';
import { render, torDocument } from '../modules/preparacion/documents';
import { estimateFor, termsFor } from '../modules/preparacion/service';
import { openPlatform, type Platform } from '../platform';
import { type ParsedArgs, requiredFlag, stringFlag, UsageError } from './args';

type Out = (line: string) => void;
const CLI_ACTOR = { id: null, label: `cli (${process.env.USER ?? 'operador'})` };
const pesos = (n: number) =>
  `$${Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

/** Opens the platform, runs `fn`, closes; service input errors become exit-2 usage errors. */
async function withPlatformInput<T>(fn: (p: Platform) => Promise<T>): Promise<T> {
  const platform = await openPlatform(readConfig());
  try {
    return await fn(platform);
  } catch (error) {
    if (error instanceof AppError && error.code === 'no_encontrado')
      throw new UsageError(
        'El municipio no está en el catálogo: importe la DIVIPOLA o revise el código DANE.',
      );
    if (error instanceof AppError && error.code === 'entrada_invalida')
      throw new UsageError(error.message);
    throw error;
  } finally {
    await platform.close();
  }
}

/** Validates --municipio and --tipo-revision before opening the database. */
function municipalityAndType(args: ParsedArgs) {
  const codigo = requiredFlag(args, 'municipio');
  if (!/^\d{5}$/.test(codigo))
    throw new UsageError(`El código DANE del municipio tiene 5 dígitos (ej. 25899): «${codigo}».`);
  const tipo = requiredFlag(args, 'tipo-revision');
  if (!(REVISION_TYPES as readonly string[]).includes(tipo))
    throw new UsageError(
      `Tipo de revisión desconocido: «${tipo}». Tipos válidos: ${REVISION_TYPES.join(', ')}.`,
    );
  return { codigo, tipo };
}

/** `ruta-pot costo --municipio CODIGO --tipo-revision ID [--anio-precios AAAA] [--json]`. */
async function costo(args: ParsedArgs, out: Out) {
  const { codigo, tipo } = municipalityAndType(args);
  const year = stringFlag(args, 'anio-precios');
  if (year !== undefined && !/^\d{4}$/.test(year))
    throw new UsageError(
      `--anio-precios debe ser un año (AAAA), hasta ${IPC_LAST_YEAR}: «${year}».`,
    );
  const r = await withPlatformInput(({ deps }) =>
    estimateFor(deps, {
      codigo,
      tipoRevision: tipo,
      ...(year ? { anioPrecios: Number(year) } : {}),
    }),
  );
  const e = r.estimate;
  if (args.flags.has('json')) {
    out(
      JSON.stringify({
        bajo: e.bajo,
        esperado: e.esperado,
        alto: e.alto,
        moneda: e.moneda,
        anioPrecios: e.anioPrecios,
        supuestos: e.supuestos,
      }),
    );
    return 0;
  }
  out(
    `Costo estimado (${r.tipoPlan}, ${tipo}), pesos de ${e.anioPrecios}: esperado ${pesos(e.esperado)} (bajo ${pesos(e.bajo)}, alto ${pesos(e.alto)}).`,
  );
  for (const l of e.supuestos)
    out(`  ${l.paso}. ${l.concepto}: ${pesos(l.esperado)} — ${l.supuesto}`);
  for (const w of r.financiacion.advertencias) out(`Advertencia: ${w.message}`);
  return 0;
}

function bankFilters(args: ParsedArgs) {
  const banda = stringFlag(args, 'banda');
  if (banda !== undefined && !(banda in BANDAS_POBLACION))
    throw new UsageError(
      `--banda no válida: «${banda}». Use ${Object.keys(BANDAS_POBLACION).join(', ')}.`,
    );
  const limite = stringFlag(args, 'limite');
  if (limite !== undefined && !/^\d{1,3}$/.test(limite))
    throw new UsageError('--limite debe ser un entero entre 1 y 100.');
  return {
    departamento: stringFlag(args, 'departamento'),
    tipoPlan: stringFlag(args, 'tipo-plan'),
    resultado: stringFlag(args, 'resultado'),
    banda: banda as BandaPoblacion | undefined,
    ...(limite ? { limite: Number(limite) } : {}),
  };
}

/** `ruta-pot banco importar ARCHIVO` and `ruta-pot banco buscar "TEXTO" [--json]`. */
async function banco(args: ParsedArgs, out: Out) {
  const [, action, value] = args.positional;
  if (action === 'importar' && value) {
    const bytes = new Uint8Array(
      await readFile(value).catch(() => {
        throw new UsageError(`No se pudo leer el archivo «${value}».`);
      }),
    );
    const r = await withPlatformInput(({ deps }) =>
      importBank(deps, { bytes, source: value, actor: CLI_ACTOR }),
    );
    out(
      `Banco de experiencias: ${r.leidos} casos leídos (${r.nuevos} nuevos, ${r.actualizados} actualizados).`,
    );
    return 0;
  }
  if (action === 'buscar' && value !== undefined) {
    const filtros = { texto: value, ...bankFilters(args) };
    const casos = await withPlatformInput(({ deps }) => searchBank(deps, { filtros }));
    if (args.flags.has('json')) out(JSON.stringify(casos));
    else if (casos.length === 0) out('Ningún caso coincide con la búsqueda.');
    else
      for (const c of casos)
        out(
          `${c.municipio} (${c.departamento}) — ${c.tipoPlan}, ${c.tipoRevision}, ${c.anioFin ?? 's. f.'}: ${c.acto ?? ''} [${c.resultado}]`,
        );
    return 0;
  }
  throw new UsageError(
    'Uso: ruta-pot banco importar <archivo.csv> | ruta-pot banco buscar "texto" [--json]',
  );
}

/** `--equipo director:24,movilidad:6`: months per profile asked for (warned when oversized). */
function teamFlag(args: ParsedArgs): Record<string, number> | undefined {
  const equipo = stringFlag(args, 'equipo');
  if (equipo === undefined) return undefined;
  if (!/^([a-z]{2,20}:\d{1,3}(\.\d)?)(,[a-z]{2,20}:\d{1,3}(\.\d)?)*$/.test(equipo))
    throw new UsageError(
      '--equipo se escribe perfil:meses separados por comas (ej. director:24,movilidad:6).',
    );
  return Object.fromEntries(
    equipo.split(',').map((x) => [x.split(':')[0]!, Number(x.split(':')[1])]),
  );
}

/** `ruta-pot terminos-referencia --municipio CODIGO --tipo-revision ID --salida CARPETA`. */
async function terminosReferencia(args: ParsedArgs, out: Out) {
  const { codigo, tipo } = municipalityAndType(args);
  const salida = resolve(requiredFlag(args, 'salida'));
  const { terms, doc } = await withPlatformInput(async ({ deps }) => {
    const t = await termsFor(deps, { codigo, tipoRevision: tipo, equipo: teamFlag(args) });
    const { municipio } = await loadBasis(deps, codigo);
    const fecha = todayInColombia(deps.clock);
    return {
      terms: t,
      doc: torDocument(t, { municipio: `${municipio.nombre} (${municipio.departamento})`, fecha }),
    };
  });
  const [docx, pdf] = await Promise.all([render(doc, 'docx'), render(doc, 'pdf')]);
  await mkdir(salida, { recursive: true }).catch(() => {
    throw new UsageError(`No se pudo crear la carpeta «${salida}».`);
  });
  await writeFile(join(salida, 'terminos-referencia.docx'), docx);
  await writeFile(join(salida, 'terminos-referencia.pdf'), pdf);
  out(
    `Términos de referencia (${terms.subtitle}): ${terms.products.length} productos exigidos por la ley.`,
  );
  out(`  ${join(salida, 'terminos-referencia.docx')}`);
  out(`  ${join(salida, 'terminos-referencia.pdf')}`);
  for (const w of terms.warnings) out(`Advertencia: ${w.message}`);
  return 0;
}

export const preparacionCommands: Record<string, (args: ParsedArgs, out: Out) => Promise<number>> =
  {
    costo,
    banco,
    'terminos-referencia': terminosReferencia,
  };
