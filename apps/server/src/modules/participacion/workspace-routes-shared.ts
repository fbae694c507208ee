import { z } from '@hono/zod-openapi';

import { AppError } from '../../http/errors';
import { MANAGING_ROLES, type MunicipalRole, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, conflictResponse, errorResponses } from '../../http/schemas';
import { readForm } from './workspace-files';

export const readers = { kind: 'municipio', roles: PARTICIPANT_ROLES } as const;
export const office = { kind: 'municipio', roles: MANAGING_ROLES } as const;
export const rolesOf = (...roles: MunicipalRole[]) =>
  ({ kind: 'municipio', roles: [...roles, ...MANAGING_ROLES] }) as const;

export const idParam = codigoParam.extend({ id: z.string().max(40) });
export const errors = {
  ...errorResponses,
  ...conflictResponse,
  413: errorResponses[400],
  422: { ...errorResponses[400], description: 'Archivo rechazado; no se guardó nada' },
};

/** A 200 JSON answer; its fields are described in the summary and the contract (section B). */
export const ok = (description: string) =>
  ({
    200: { description, content: { 'application/json': { schema: z.looseObject({}) } } },
    ...errors,
  }) as const;

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/** Fields and one optional file from a JSON body or a multipart form. */
export async function jsonOrForm(
  c: {
    req: {
      header: (name: string) => string | undefined;
      json: () => Promise<unknown>;
      parseBody: (o: { all: true }) => Promise<unknown>;
    };
  },
  fileField: string,
): Promise<{ fields: unknown; file: File | undefined }> {
  if ((c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
    const { fields, files } = await readForm(c);
    const list = files[fileField] ?? [];
    if (list.length > 1)
      throw new AppError('entrada_invalida', `Adjunte un solo archivo en «${fileField}».`);
    return { fields, file: list[0] };
  }
  const fields = await c.req.json().catch(() => {
    throw new AppError(
      'entrada_invalida',
      'El cuerpo de la petición no es JSON válido. Revise el formato y vuelva a enviarlo.',
    );
  });
  return { fields, file: undefined };
}
