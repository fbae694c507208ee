import { gzipSync } from 'node:zlib';

/** A response body serialised once, as UTF-8 JSON and gzip (what browsers and GIS clients take). */
export interface PrebuiltJson {
  json: Uint8Array;
  gzip: Uint8Array;
}

/** Serialises and compresses `value` once, for a body served many times from memory. */
export function prebuildJson(value: unknown): PrebuiltJson {
  const json = new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8'));
  return { json, gzip: new Uint8Array(gzipSync(json)) };
}

/** Bytes a prebuilt body keeps in memory (for caches bounded by size). */
export const prebuiltBytes = (body: PrebuiltJson) => body.json.length + body.gzip.length;

/**
 * Sends a prebuilt body, gzipped when the client accepts it: no serialising or compressing per
 * request (hono's compress() leaves a response that already has Content-Encoding alone).
 */
export function sendPrebuiltJson(
  c: {
    header: (name: string, value: string) => void;
    req: { header: (name: string) => string | undefined };
    body: (data: Uint8Array, status: 200) => Response;
  },
  body: PrebuiltJson,
  type = 'application/json; charset=UTF-8',
): Response {
  c.header('Content-Type', type);
  c.header('Vary', 'Accept-Encoding');
  if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    c.header('Content-Encoding', 'gzip');
    return c.body(body.gzip, 200);
  }
  return c.body(body.json, 200);
}
