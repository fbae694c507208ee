import { DomainError } from '@ruta-pot/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The closed vocabulary of errors the API answers with. Each code exists because a client must
 * react to it differently (sign in, show the message, reload and retry).
 */
export type AppErrorCode =
  | 'no_autenticado' // no valid session: the client sends the user to sign in
  | 'prohibido' // signed in and member, but the role may not do this
  | 'no_encontrado' // absent OR belongs to a municipality the user cannot see (never distinguished)
  | 'entrada_invalida' // request failed validation; mensaje says which field and why
  | 'conflicto' // someone else changed the record first; reload and retry
  | 'carga_rechazada' // an upload refused by type, size or archive checks; nothing was stored
  | 'requisitos_faltantes' // a legal step attempted before its requirements are met (e.g. radicación)
  | 'demasiados_intentos' // sign-in refused for a while after repeated failures; wait Retry-After
  | 'demasiado_grande' // the request body exceeds the route's limit; nothing was read or stored
  | 'tipo_no_soportado' // the body's Content-Type is not one the API reads (JSON or multipart)
  | 'ruta_sin_politica' // programmer error: a route without an authorization rule (default deny)
  | 'error_interno';

const HTTP_STATUS: Record<AppErrorCode, ContentfulStatusCode> = {
  no_autenticado: 401,
  prohibido: 403,
  no_encontrado: 404,
  entrada_invalida: 400,
  conflicto: 409,
  carga_rechazada: 422,
  requisitos_faltantes: 409,
  demasiados_intentos: 429,
  demasiado_grande: 413,
  tipo_no_soportado: 415,
  ruta_sin_politica: 500,
  error_interno: 500,
};

/** Client errors Hono raises itself, in our vocabulary. */
const CLIENT_ERRORS: Partial<Record<number, { code: AppErrorCode; message: string }>> = {
  400: {
    code: 'entrada_invalida',
    message: 'El cuerpo de la petición no es JSON válido. Revise el formato y vuelva a enviarlo.',
  },
  413: { code: 'demasiado_grande', message: 'La petición es demasiado grande.' },
  415: {
    code: 'tipo_no_soportado',
    message:
      'Envíe los datos como JSON (Content-Type: application/json) o como formulario multipart.',
  },
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = () =>
  new AppError('no_encontrado', 'No encontrado, o no tiene acceso a este municipio.');

/** Seconds to wait, carried in `detalles.reintentarEnSegundos` of a `demasiados_intentos` error. */
function retryAfterSeconds(error: AppError): number | undefined {
  if (error.code !== 'demasiados_intentos') return undefined;
  const seconds = (error.details as { reintentarEnSegundos?: unknown } | undefined)
    ?.reintentarEnSegundos;
  return typeof seconds === 'number' ? seconds : undefined;
}

/** The single error handler: our shape, Spanish message, never a stack trace or SQL. */
export function errorResponse(error: unknown, c: Context) {
  if (error instanceof AppError) {
    // RFC 9110 §10.2.3: clients and proxies read the wait from the header, people from mensaje.
    const retryAfter = retryAfterSeconds(error);
    if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
    return c.json(
      { error: { codigo: error.code, mensaje: error.message, detalles: error.details } },
      HTTP_STATUS[error.code],
    );
  }
  // Hono's own validators and limits throw HTTPException (malformed JSON, unsupported media type):
  // they are the client's mistake, answered in our shape and never logged as server errors.
  if (error instanceof HTTPException && error.status < 500) {
    const known = CLIENT_ERRORS[error.status];
    if (known) return errorResponse(new AppError(known.code, known.message), c);
  }
  if (error instanceof DomainError) {
    return c.json(
      {
        error: {
          codigo: 'entrada_invalida',
          mensaje: error.message,
          detalles: { regla: error.code },
        },
      },
      400,
    );
  }
  console.error('[error]', c.req.method, c.req.path, error);
  return c.json(
    {
      error: {
        codigo: 'error_interno',
        mensaje: 'Ocurrió un error interno. Sus datos guardados no se perdieron; intente de nuevo.',
      },
    },
    500,
  );
}
