import { createServer } from 'node:net';

import { dormir } from './children';

/** A free TCP port on 127.0.0.1. */
export function puertoLibre(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Polls `url` every 25 ms until it answers 200; resolves with the time (performance.now())
 * of that first 200. `vivo()` returning false stops the wait early (the process died).
 */
export async function esperar200(
  url: string,
  opciones: { timeoutMs: number; vivo: () => boolean },
): Promise<number> {
  const limite = performance.now() + opciones.timeoutMs;
  while (performance.now() < limite) {
    if (!opciones.vivo()) throw new Error(`el proceso terminó antes de responder ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now();
    } catch {
      // not listening yet
    }
    await dormir(25);
  }
  throw new Error(`${url} no respondió 200 en ${opciones.timeoutMs} ms`);
}

export const DEMO = {
  email: 'planeacion.zipaquira@demo.rutapot.co',
  contrasena: 'RutaPOT-demo-2026',
  municipio: '25899',
};

/** Logs in with the demo account; returns the `ruta_pot_sesion=…` cookie pair. */
export async function iniciarSesion(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/sesion`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.email, contrasena: DEMO.contrasena }),
  });
  await res.arrayBuffer();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('ruta_pot_sesion='));
  if (!res.ok || !cookie) throw new Error(`inicio de sesión demo falló (HTTP ${res.status})`);
  return cookie;
}
