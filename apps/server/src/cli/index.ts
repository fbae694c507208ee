import { DataDirLockedError } from '@ruta-pot/db';
import { DomainError } from '@ruta-pot/domain';

import { ImportError } from '../modules/catalog/import-error';
import { parseArgs, UsageError } from './args';
import { avisosCommand } from './avisos-command';
import { backupCommand } from './backup-commands';
import { capasCommand } from './capas-command';
import { normaCommands } from './norma-commands';
import { participacionCommand } from './participacion-command';
import { auditCommand, importCommand } from './platform-commands';
import { preparacionCommands } from './preparacion-commands';
import { seguimientoCommand } from './seguimiento-command';
import { usuariosCommand } from './usuarios-command';

const HELP = `Ruta POT — línea de comandos

  ruta-pot servidor                                   inicia la plataforma (PORT, RUTA_POT_DATOS, DATABASE_URL)
  ruta-pot usuarios crear --correo X --nombre "…" --plataforma
                                                      primera cuenta de administración: imprime un enlace de un solo uso (72 h)
  ruta-pot importar divipola <archivo|URL>            catálogo DIVIPOLA del DANE (datos.gov.co gdxc-w37w)
  ruta-pot importar poblacion <archivo|URL>           población DANE por municipio y año
  ruta-pot importar limites <archivo.geojson|URL>     límites municipales (GeoJSON EPSG:4326, código DANE)
  ruta-pot auditoria verificar [--json]               verifica la cadena de la bitácora
  ruta-pot respaldo [--salida carpeta]                respaldo verificado: base de datos y archivos de evidencia
  ruta-pot respaldo restaurar <carpeta> [--sobrescribir]  restaura base de datos y archivos (servidor detenido)
  ruta-pot avisos enviar [--fecha AAAA-MM-DD]         envía por correo el resumen diario (RUTA_POT_SMTP_URL)
  ruta-pot seguimiento documento --municipio CODIGO [--anio AAAA] --salida CARPETA
                                                      documento de seguimiento y evaluación (DOCX y PDF)
  ruta-pot participacion paquete --municipio CODIGO --salida CARPETA
                                                      memoria de participación (DOCX y PDF), matriz de aportes y manifiesto
  ruta-pot capas importar --municipio CODIGO --archivo RUTA --tipo TIPO [--crs EPSG:NNNN] [--capa NOMBRE] [--categoria CAMPO] [--reparar] [--json]
  ruta-pot capas analizar --municipio CODIGO --suelo CAPA --amenaza CAPA [--json]
  ruta-pot tipo-plan --poblacion N [--json]           POT, PBOT o EOT (Ley 388 art. 9)
  ruta-pot vigencia --adopcion AAAA-MM-DD [--revision-general AAAA-MM-DD] [--fecha AAAA-MM-DD] [--json]
  ruta-pot plazo --tramite ID --desde AAAA-MM-DD [--json]
  ruta-pot festivos --anio AAAA [--json]
  ruta-pot costo --municipio CODIGO --tipo-revision ID [--anio-precios AAAA] [--json]
  ruta-pot terminos-referencia --municipio CODIGO --tipo-revision ID --salida CARPETA [--equipo perfil:meses,…]
  ruta-pot banco importar <archivo.csv>              banco de experiencias (actos documentados o formato del banco)
  ruta-pot banco buscar "texto" [--departamento NN] [--tipo-plan T] [--resultado R] [--json]
`;

/** Runs one command; returns the exit code (0 ok, 1 failure, 2 bad input). */
export async function runCli(
  argv: readonly string[],
  out: (line: string) => void = console.log,
): Promise<number> {
  const args = parseArgs(argv);
  const command = args.positional[0];
  try {
    if (!command || command === 'ayuda' || args.flags.has('help')) {
      out(HELP);
      return command ? 0 : 2;
    }
    if (command === 'servidor') {
      const { startServer } = await import('../main');
      await startServer();
      return 0;
    }
    if (command === 'importar') return await importCommand(args, out);
    if (command === 'auditoria') return await auditCommand(args, out);
    if (command === 'respaldo') return await backupCommand(args, out);
    if (command === 'avisos') return await avisosCommand(args, out);
    if (command === 'seguimiento') return await seguimientoCommand(args, out);
    if (command === 'participacion') return await participacionCommand(args, out);
    if (command === 'capas') return await capasCommand(args, out);
    if (command === 'usuarios') return await usuariosCommand(args, out);
    const preparacion = preparacionCommands[command];
    if (preparacion) return await preparacion(args, out);
    const norma = normaCommands[command];
    if (norma) return norma(args, out);
    throw new UsageError(`Comando desconocido: «${command}». Use «ruta-pot ayuda».`);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof DomainError ||
      error instanceof ImportError
    ) {
      console.error(`Error: ${error.message}`);
      if (error instanceof ImportError)
        for (const p of error.problems.slice(0, 20))
          console.error(`  línea ${p.line}: ${p.message}`);
      return 2;
    }
    if (error instanceof DataDirLockedError) {
      console.error(`Error: ${error.message}`);
      return 1;
    }
    console.error(`Error: ${(error as Error).message}`);
    return 1;
  }
}
