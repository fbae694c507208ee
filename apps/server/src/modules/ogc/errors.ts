import type { Context } from 'hono';

import { AppError } from '../../http/errors';

/** OGC API exception codes (OGC 17-069r4, §7.5.1) answered by this module. */
export type OgcCode = 'InvalidParameterValue' | 'NotFound' | 'NoApplicableCode';

const STATUS: Record<OgcCode, 400 | 404 | 500> = {
  InvalidParameterValue: 400,
  NotFound: 404,
  NoApplicableCode: 500,
};

/** An OGC-style error: `{ code, description }` plus the API's own `{ error: { codigo, mensaje } }`. */
export class OgcError extends Error {
  constructor(
    readonly code: OgcCode,
    message: string,
  ) {
    super(message);
  }
}

export const badParameter = (message: string) => new OgcError('InvalidParameterValue', message);
export const notFoundOgc = (message = 'La colección o el elemento no existe o no es público.') =>
  new OgcError('NotFound', message);

const CODIGO: Record<OgcCode, string> = {
  InvalidParameterValue: 'entrada_invalida',
  NotFound: 'no_encontrado',
  NoApplicableCode: 'error_interno',
};

/** Answers an error of the /ogc routes in the OGC exception shape, with a Spanish message. */
export function ogcErrorResponse(error: unknown, c: Context) {
  let ogc: OgcError;
  if (error instanceof OgcError) ogc = error;
  else if (error instanceof AppError && error.code === 'entrada_invalida')
    ogc = badParameter(error.message);
  else if (error instanceof AppError && error.code === 'no_encontrado')
    ogc = notFoundOgc(error.message);
  else {
    console.error(error);
    ogc = new OgcError('NoApplicableCode', 'Error interno del servidor. Intente de nuevo.');
  }
  c.header('Cache-Control', 'no-store');
  return c.json(
    {
      code: ogc.code,
      description: ogc.message,
      error: { codigo: CODIGO[ogc.code], mensaje: ogc.message },
    },
    STATUS[ogc.code],
  );
}
