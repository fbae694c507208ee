// Shared pieces of the load benchmarks that run the same scenario on PGlite and PostgreSQL.
import { detener } from './children';
import type { Carga } from './load';
import { CARGA, medirCarga } from './load';
import { borrar, carpetaTemporal, fixture } from './paths';
import { baseTemporal } from './pg-scratch';
import { lanzarYEsperar } from './server';
import type { Fila } from './types';

/** Storage of one run: a scratch data folder, plus a scratch PostgreSQL database for 'PostgreSQL'. */
export interface Almacen {
  motor: 'PGlite' | 'PostgreSQL';
  datos: string;
  databaseUrl?: string;
}

/**
 * Runs `fn` on a fresh PGlite folder, then on a fresh `ruta_bench_<hex>` database (dropped WITH
 * (FORCE) afterwards). PostgreSQL missing on 127.0.0.1:5432 becomes a note, not a failure.
 */
export async function enCadaMotor<T>(
  prefijo: string,
  notas: string[],
  fn: (almacen: Almacen) => Promise<T>,
): Promise<Array<{ motor: Almacen['motor']; valor: T }>> {
  const out: Array<{ motor: Almacen['motor']; valor: T }> = [];
  const datos = await carpetaTemporal(prefijo);
  try {
    out.push({ motor: 'PGlite', valor: await fn({ motor: 'PGlite', datos }) });
  } finally {
    await borrar(datos);
  }
  let pg: Awaited<ReturnType<typeof baseTemporal>> | undefined;
  try {
    pg = await baseTemporal();
  } catch (error) {
    notas.push(`PostgreSQL NO DISPONIBLE en 127.0.0.1:5432, sin medición: ${String(error)}`);
  }
  if (pg) {
    const datosPg = await carpetaTemporal(`${prefijo}-pg`);
    try {
      out.push({
        motor: 'PostgreSQL',
        valor: await fn({ motor: 'PostgreSQL', datos: datosPg, databaseUrl: pg.url }),
      });
    } finally {
      await pg.eliminar();
      await borrar(datosPg);
    }
  }
  return out;
}

/**
 * Same-run baselines from one bare Hono process (bench/fixtures/bare-hono.ts) under the same
 * load, one path after another: `/x` → `{ok:true}`, `/cuerpo/<bytes>` → a body of that size.
 */
export async function cargasHono(rutas: string[]): Promise<Carga[]> {
  const hono = await lanzarYEsperar({ args: fixture('bare-hono.ts'), ruta: '/x' });
  try {
    const out: Carga[] = [];
    for (const ruta of rutas) out.push(await medirCarga(`${hono.base}${ruta}`, { pid: hono.pid }));
    return out;
  } finally {
    await detener(hono.child);
  }
}

export async function cargaHonoVacio(): Promise<Carga> {
  const [carga] = await cargasHono(['/x']);
  if (!carga) throw new Error('sin medición de Hono vacío');
  return carga;
}

export const baseHono = (valor: number) => ({ nombre: 'Hono vacío', valor });

/** p95 (with target), p97.5, req/s, failures and server CPU per request of one engine. */
export function filasLatencia(
  etiqueta: string,
  c: Carga,
  hono: Carga,
  metaP95: number | undefined,
): Fila[] {
  return [
    {
      medida: `latencia p95 (${etiqueta}, exacta)`,
      valor: c.p95,
      unidad: 'ms',
      ...(metaP95 === undefined ? {} : { meta: { op: '≤' as const, valor: metaP95 } }),
      base: baseHono(hono.p95),
    },
    {
      medida: `latencia p97,5 (${etiqueta}, autocannon)`,
      valor: c.p97_5,
      unidad: 'ms',
      base: baseHono(hono.p97_5),
    },
    {
      medida: `req/s (${etiqueta})`,
      valor: c.reqPorSeg,
      unidad: 'req/s',
      base: baseHono(hono.reqPorSeg),
    },
    {
      medida: `respuestas no 2xx + errores + timeouts (${etiqueta})`,
      valor: c.no2xx + c.errores + c.timeouts,
      unidad: '',
      meta: { op: '≤', valor: 0 },
      base: baseHono(hono.no2xx + hono.errores + hono.timeouts),
    },
    {
      medida: `CPU del servidor por petición (${etiqueta}, informativa)`,
      valor: c.cpuMsPorPeticion,
      unidad: 'ms',
      base: baseHono(hono.cpuMsPorPeticion),
    },
  ];
}

export const resumenCarga = (etiqueta: string, c: Carga) =>
  `${etiqueta}: ${c.total} peticiones, p50 ${c.p50} ms, p99 ${c.p99} ms, no 2xx ${c.no2xx}, errores ${c.errores}, timeouts ${c.timeouts}.`;

export const NOTA_CARGA = `autocannon: ${CARGA.connections} conexiones, ${CARGA.duration} s (tras ${CARGA.calentamiento} s de calentamiento), solo 127.0.0.1; p95 exacta = calculada con todos los tiempos registrados; p97,5 = la de autocannon.`;
