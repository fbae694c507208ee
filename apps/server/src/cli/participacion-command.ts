import { resolve } from 'node:path';

import { readConfig } from '../config/env';
import { AppError } from '../http/errors';
import { writeParticipationPack } from '../modules/participacion/pack';
import { openPlatform } from '../platform';
import { type ParsedArgs, requiredFlag, UsageError } from './args';

const USAGE = 'Uso: ruta-pot participacion paquete --municipio CODIGO --salida CARPETA';

/**
 * `ruta-pot participacion paquete --municipio CODIGO --salida CARPETA`: writes
 * memoria-participacion.docx, memoria-participacion.pdf, matriz-aportes.csv and manifiesto.json.
 * Exit 2 with a Spanish message when the municipality is unknown or has no process.
 */
export async function participacionCommand(args: ParsedArgs, out: (line: string) => void) {
  if (args.positional[1] !== 'paquete' || args.positional.length > 2) throw new UsageError(USAGE);
  const codigo = requiredFlag(args, 'municipio');
  if (!/^\d{5}$/.test(codigo))
    throw new UsageError(`El código DANE del municipio tiene 5 dígitos (ej. 25899): «${codigo}».`);
  const dir = resolve(requiredFlag(args, 'salida'));
  const platform = await openPlatform(readConfig());
  try {
    const manifest = await writeParticipationPack(platform.deps, { codigo, dir });
    out(`Paquete de participación de ${codigo} escrito en ${dir}:`);
    for (const a of manifest.archivos) out(`  ${a.nombre} (${a.bytes} bytes)`);
    out('  manifiesto.json');
    return 0;
  } catch (error) {
    if (
      error instanceof AppError &&
      (error.code === 'no_encontrado' || error.code === 'requisitos_faltantes')
    )
      throw new UsageError(error.message);
    throw error;
  } finally {
    await platform.close();
  }
}
