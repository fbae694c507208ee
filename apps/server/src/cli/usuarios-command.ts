import { readConfig } from '../config/env';
import { AppError } from '../http/errors';
import { activationUrl, createAccount } from '../modules/accounts/service';
import { openPlatform } from '../platform';
import { type ParsedArgs, requiredFlag, UsageError } from './args';

const USAGE = 'Uso: ruta-pot usuarios crear --correo CORREO --nombre "Nombre" [--plataforma]';

/**
 * `ruta-pot usuarios crear --correo X --nombre "…" --plataforma`: the first administrator of a
 * fresh installation (no demo data) without touching the database by hand. Prints a one-time
 * link (72 h) on RUTA_POT_URL_PUBLICA where the person sets the password. Exit 2 on bad input.
 */
export async function usuariosCommand(args: ParsedArgs, out: (line: string) => void) {
  if (args.positional[1] !== 'crear' || args.positional.length > 2) throw new UsageError(USAGE);
  const correo = requiredFlag(args, 'correo');
  const nombre = requiredFlag(args, 'nombre');
  const plataforma = args.flags.get('plataforma') === true;
  if (!plataforma)
    throw new UsageError(
      'Por ahora la línea de comandos crea administradores de la plataforma (--plataforma); las demás cuentas se invitan desde la aplicación.',
    );
  const config = readConfig();
  const platform = await openPlatform(config);
  try {
    const created = await createAccount(platform.deps, {
      email: correo,
      nombre,
      plataforma,
      actor: `cli (${process.env.USER ?? 'operador'})`,
    });
    out(`Cuenta creada para ${created.email} (administración de la plataforma).`);
    out('Enlace de un solo uso para definir la contraseña (vence en 72 horas):');
    out(activationUrl(config.publicUrl, created.token));
    return 0;
  } catch (error) {
    if (
      error instanceof AppError &&
      (error.code === 'entrada_invalida' || error.code === 'conflicto')
    )
      throw new UsageError(error.message);
    throw error;
  } finally {
    await platform.close();
  }
}
