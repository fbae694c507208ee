import autocannon from 'autocannon';

import { cpuMs } from './children';

export interface Carga {
  reqPorSeg: number;
  total: number;
  p50: number;
  /** Exact p95, computed from every response time recorded during the run. */
  p95: number;
  /** autocannon's own p97.5 (an upper bound of p95). */
  p97_5: number;
  p99: number;
  no2xx: number;
  errores: number;
  timeouts: number;
  /** Server CPU (user + system) per completed request during the measured run. */
  cpuMsPorPeticion: number;
}

export const CARGA = { connections: 50, duration: 10, calentamiento: 2 };

function percentil(ordenados: number[], p: number): number {
  if (ordenados.length === 0) return Number.NaN;
  const i = Math.min(ordenados.length - 1, Math.max(0, Math.ceil(p * ordenados.length) - 1));
  return ordenados[i] ?? Number.NaN;
}

async function correr(
  url: string,
  duration: number,
  headers: Record<string, string>,
  rutas: readonly string[] | undefined,
) {
  const tiempos: number[] = [];
  const instancia = autocannon({
    url,
    connections: CARGA.connections,
    duration,
    timeout: 10,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    // Each connection walks the paths in turn (a viewer panning over a layer's tiles).
    ...(rutas ? { requests: rutas.map((path) => ({ method: 'GET' as const, path })) } : {}),
  });
  instancia.on('response', (_client, _status, _bytes, ms) => tiempos.push(ms));
  const r = await instancia;
  return { r, tiempos };
}

/**
 * Short warm-up, then autocannon (50 connections, 10 s) against a loopback URL, or against
 * `rutas` on that server in turn. `cookie` and `headers` are sent with every request.
 */
export async function medirCarga(
  url: string,
  opciones: {
    pid: number;
    cookie?: string;
    headers?: Record<string, string>;
    rutas?: readonly string[];
  },
): Promise<Carga> {
  const { pid, cookie, rutas } = opciones;
  const headers = { ...opciones.headers, ...(cookie ? { cookie } : {}) };
  await correr(url, CARGA.calentamiento, headers, rutas);
  const cpu0 = cpuMs(pid);
  const { r, tiempos } = await correr(url, CARGA.duration, headers, rutas);
  const cpu = cpuMs(pid) - cpu0;
  tiempos.sort((a, b) => a - b);
  return {
    reqPorSeg: r.requests.average,
    total: r.requests.total,
    p50: r.latency.p50,
    p95: percentil(tiempos, 0.95),
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    no2xx: r.non2xx,
    errores: r.errors,
    timeouts: r.timeouts,
    cpuMsPorPeticion: cpu / Math.max(1, r.requests.total),
  };
}
