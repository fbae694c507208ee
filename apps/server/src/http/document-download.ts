import type { Context, Env } from 'hono';

/**
 * Sends a document the platform generated (a DSE, a suelo × amenaza report; DOCX or PDF) as a
 * download: an attachment under `fileName` (ASCII: the callers build it from codes and years),
 * never sniffed by the browser, never cached (it carries the municipality's data).
 */
export function sendGeneratedDocument<E extends Env>(
  c: Context<E>,
  document: { bytes: Uint8Array; mime: string; fileName: string },
) {
  return c.body(document.bytes as unknown as ArrayBuffer, 200, {
    'Content-Type': document.mime,
    'Content-Disposition': `attachment; filename="${document.fileName}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
}
