import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';

import { sendGeneratedDocument } from './document-download';

describe('sendGeneratedDocument', () => {
  it('sends the bytes as a private, unsniffed attachment under the given name', async () => {
    const app = new Hono().get('/', (c) =>
      sendGeneratedDocument(c, {
        bytes: new TextEncoder().encode('%PDF-1.7'),
        mime: 'application/pdf',
        fileName: 'informe-seguimiento-25899-2026.pdf',
      }),
    );
    const response = await app.request('/');
    expect(response.status).toBe(200);
    const header = (name: string) => response.headers.get(name);
    expect(header('content-type')).toBe('application/pdf');
    expect(header('content-disposition')).toBe(
      'attachment; filename="informe-seguimiento-25899-2026.pdf"',
    );
    expect(header('x-content-type-options')).toBe('nosniff');
    expect(header('cache-control')).toBe('private, no-store');
    expect(await response.text()).toBe('%PDF-1.7');
  });
});
