import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

import { AppError } from './errors';
import type { AppEnv } from './types';

/** JSON bodies are forms and small batches; 2 MB bounds the parse (issue 12). */
const JSON_MAX_BYTES = 2 * 1024 * 1024;
/** Multipart bodies carry files of up to 25 MB (ADR 0014) plus the form's overhead. */
const MULTIPART_MAX_BYTES = 26 * 1024 * 1024;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NUL = '\u0000';

const originOf = (url: string | undefined) => {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * Cross-site request forgery: a state-changing request must come from the platform's own pages.
 * Browsers send Origin (or at least Sec-Fetch-Site / Referer) with every cross-origin POST,
 * including multipart forms that need no preflight; SameSite=Lax does not separate two ports
 * of the same host. Clients without any of those headers (CLI, scripts) are not browsers.
 */
function crossSite(input: {
  headers: (name: string) => string | undefined;
  own: readonly string[];
}) {
  const origin = input.headers('origin');
  if (origin) return !input.own.includes(origin);
  const site = input.headers('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const referer = originOf(input.headers('referer'));
  return referer !== null && !input.own.includes(referer);
}

const hasNul = (text: string) => text.includes(NUL) || /\\u0000/i.test(text);

/**
 * Checks every API request before any route parses it: no NUL characters in the address, no
 * state change from another site, bodies within their limit, JSON that parses and carries no NUL
 * (PostgreSQL refuses it), and only the media types the API reads. Each refusal is our Spanish
 * error with its status; nothing reaches a service.
 */
export function requestGuards(options: {
  publicUrl?: string | undefined;
}): MiddlewareHandler<AppEnv> {
  const configured = originOf(options.publicUrl);
  return async (c, next) => {
    if (hasNul(decodeURIComponentSafe(c.req.url)))
      throw new AppError(
        'entrada_invalida',
        'La dirección contiene un carácter nulo; quítelo y vuelva a intentar.',
      );
    if (!UNSAFE.has(c.req.method)) return next();
    const own = [new URL(c.req.url).origin, ...(configured ? [configured] : [])];
    if (crossSite({ headers: (n) => c.req.header(n), own }))
      throw new AppError(
        'prohibido',
        'Esta acción solo se puede hacer desde las páginas de Ruta POT. Si llegó aquí desde otro sitio, abra Ruta POT directamente.',
      );
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    // A piece of a resumable layer upload (tus PATCH, ADR 0028) is raw bytes, bounded like a file.
    const multipart =
      type.startsWith('multipart/form-data') ||
      (c.req.method === 'PATCH' && type.startsWith('application/offset+octet-stream'));
    const limit = multipart ? MULTIPART_MAX_BYTES : JSON_MAX_BYTES;
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > limit) throw tooLarge(limit);
    let hasBody = declared > 0 || c.req.raw.body !== null;
    if (hasBody && !multipart && !type.startsWith('application/json')) {
      // The Node adapter hands every DELETE a body stream, even an empty one: without a length
      // or chunking, only content actually sent counts (and then it is small by definition).
      const framed = declared > 0 || c.req.header('transfer-encoding') !== undefined;
      if (framed || (await c.req.raw.clone().text()).length > 0)
        throw new AppError(
          'tipo_no_soportado',
          'Envíe los datos como JSON (Content-Type: application/json) o como formulario multipart.',
        );
      hasBody = false;
    }
    const limited = bodyLimit({
      maxSize: limit,
      onError: () => {
        throw tooLarge(limit);
      },
    });
    return limited(c, async () => {
      // A clone: route middleware (upload limits) and validators still read the original stream.
      if (hasBody && !multipart) checkJson(await c.req.raw.clone().text());
      await next();
    });
  };
}

function tooLarge(limit: number) {
  return new AppError(
    'demasiado_grande',
    `La petición supera ${Math.round(limit / 1024 / 1024)} MB. Divídala en partes más pequeñas.`,
  );
}

function checkJson(text: string) {
  if (hasNul(text))
    throw new AppError(
      'entrada_invalida',
      'Los datos contienen un carácter nulo, que no se puede guardar. Quítelo y vuelva a enviar.',
    );
  try {
    JSON.parse(text);
  } catch {
    throw new AppError(
      'entrada_invalida',
      'El cuerpo de la petición no es JSON válido. Revise el formato y vuelva a enviarlo.',
    );
  }
}

function decodeURIComponentSafe(url: string) {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
