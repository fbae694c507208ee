// The web's API types, generated from the server's OpenAPI document (issue 17: the web used to
// re-declare what the server publishes). `npm run api:tipos` writes them; a unit test fails
// when the committed file no longer matches the server.
import openapiTS, { astToString } from 'openapi-typescript';

import { createApp } from '../app';
import type { Deps } from '../http/types';

export const WEB_TYPES_FILE = new URL('../../../web/src/api/esquema.d.ts', import.meta.url);

const HEADER = `// Generado por \`npm run api:tipos\` desde /api/v1/openapi.json del servidor: no editar a mano.
// Una prueba (apps/server/src/openapi/web-types.test.ts) falla si el servidor cambia y este
// archivo no se regenera.
`;

/** The server's OpenAPI 3.1 document, as GET /api/v1/openapi.json serves it. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  // Documenting the routes reads their declarations only; no request runs, so no database.
  const app = createApp({} as Deps);
  const answer = await app.request('/api/v1/openapi.json');
  return (await answer.json()) as Record<string, unknown>;
}

/** TypeScript declarations of every path and named schema of the document. */
export async function webApiTypes(): Promise<string> {
  const ast = await openapiTS((await openApiDocument()) as never, { alphabetize: true });
  return HEADER + astToString(ast);
}
