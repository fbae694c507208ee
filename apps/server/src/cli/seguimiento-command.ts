import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { readConfig } from '../config/env';
import { AppError } from '../http/errors';
import { DSE_FILE, renderDse } from '../modules/expediente/dse-service';
import { currentYear } from '../modules/expediente/service';
import { openPlatform } from '../platform';
import { type ParsedArgs, requiredFlag, stringFlag, UsageError } from './args';

const USAGE =
  'Uso: ruta-pot seguimiento documento --municipio CODIGO [--anio AAAA] --salida CARPETA';

/**
 * `ruta-pot seguimiento documento --municipio CODIGO [--anio AAAA] --salida CARPETA`: writes
 * documento-seguimiento-evaluacion.docx and .pdf. Exit 2 with a Spanish message on bad input,
 * an unknown municipality or one without a registered plan; nothing is written then.
 */
export async function seguimientoCommand(args: ParsedArgs, out: (line: string) => void) {
  if (args.positional[1] !== 'documento' || args.positional.length > 2) throw new UsageError(USAGE);
  const codigo = requiredFlag(args, 'municipio');
  if (!/^\d{5}$/.test(codigo))
    throw new UsageError(`El código DANE del municipio tiene 5 dígitos (ej. 25899): «${codigo}».`);
  const salida = requiredFlag(args, 'salida');
  const anioText = stringFlag(args, 'anio');
  if (anioText !== undefined && !/^(19|20)\d{2}$/.test(anioText))
    throw new UsageError(`El año debe tener cuatro cifras (ej. 2026): «${anioText}».`);
  const platform = await openPlatform(readConfig());
  try {
    const anio = anioText ? Number(anioText) : currentYear(platform.deps);
    const docx = await renderDse(platform.deps, { codigo, anio, formato: 'docx' });
    const pdf = await renderDse(platform.deps, { codigo, anio, formato: 'pdf' });
    const dir = resolve(salida);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${DSE_FILE}.docx`), docx);
    await writeFile(join(dir, `${DSE_FILE}.pdf`), pdf);
    out(`Documento de seguimiento y evaluación ${anio} de ${codigo} escrito en ${dir}:`);
    out(`  ${DSE_FILE}.docx (${docx.length} bytes)`);
    out(`  ${DSE_FILE}.pdf (${pdf.length} bytes)`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === 'no_encontrado')
      throw new UsageError(`El municipio ${codigo} no está en el catálogo: revise el código DANE.`);
    if (
      error instanceof AppError &&
      (error.code === 'requisitos_faltantes' || error.code === 'entrada_invalida')
    )
      throw new UsageError(error.message);
    throw error;
  } finally {
    await platform.close();
  }
}
