// Issue 2: throughput and latency of the scoped, authenticated list, PGlite and PostgreSQL,
// against a bare Hono endpoint under the same load.
import { detener } from './lib/children';
import { DEMO, iniciarSesion } from './lib/http';
import { CARGA, type Carga, medirCarga } from './lib/load';
import { borrar, carpetaTemporal, fixture } from './lib/paths';
import { baseTemporal } from './lib/pg-scratch';
import { iniciarRutaPot, lanzarYEsperar, type Proceso } from './lib/server';
import type { Fila, Resultado } from './lib/types';

const RUTA = `/api/v1/municipios/${DEMO.municipio}/miembros`;

async function medirLista(servidor: Proceso): Promise<Carga> {
  try {
    const cookie = await iniciarSesion(servidor.base);
    const prueba = await fetch(`${servidor.base}${RUTA}`, { headers: { cookie } });
    const cuerpo = await prueba.text();
    if (prueba.status !== 200) throw new Error(`${RUTA} respondió ${prueba.status}: ${cuerpo}`);
    return await medirCarga(`${servidor.base}${RUTA}`, { pid: servidor.pid, cookie });
  } finally {
    await detener(servidor.child);
  }
}

function filas(motor: string, c: Carga, hono: Carga, metaRps: number): Fila[] {
  const base = (valor: number) => ({ nombre: 'Hono vacío', valor });
  return [
    {
      medida: `req/s (${motor})`,
      valor: c.reqPorSeg,
      unidad: 'req/s',
      meta: { op: '≥', valor: metaRps },
      base: base(hono.reqPorSeg),
    },
    {
      medida: `latencia p95 (${motor}, exacta)`,
      valor: c.p95,
      unidad: 'ms',
      meta: { op: '≤', valor: 50 },
      base: base(hono.p95),
    },
    {
      medida: `latencia p97,5 (${motor}, autocannon: cota superior de p95)`,
      valor: c.p97_5,
      unidad: 'ms',
      base: base(hono.p97_5),
    },
    {
      medida: `respuestas no 2xx + errores + timeouts (${motor})`,
      valor: c.no2xx + c.errores + c.timeouts,
      unidad: '',
      meta: { op: '≤', valor: 0 },
      base: base(hono.no2xx + hono.errores + hono.timeouts),
    },
    {
      medida: `CPU del servidor por petición (${motor}, informativa)`,
      valor: c.cpuMsPorPeticion,
      unidad: 'ms',
      base: base(hono.cpuMsPorPeticion),
    },
  ];
}

const resumen = (motor: string, c: Carga) =>
  `${motor}: ${c.total} peticiones, p50 ${c.p50} ms, p99 ${c.p99} ms, no 2xx ${c.no2xx}, errores ${c.errores}, timeouts ${c.timeouts}.`;

export async function lista(): Promise<Resultado> {
  const hono = await lanzarYEsperar({ args: fixture('bare-hono.ts'), ruta: '/x' });
  let cargaHono: Carga;
  try {
    cargaHono = await medirCarga(`${hono.base}/x`, { pid: hono.pid });
  } finally {
    await detener(hono.child);
  }

  const datos = await carpetaTemporal('lista');
  let cargaPglite: Carga;
  try {
    cargaPglite = await medirLista(await iniciarRutaPot({ datos }));
  } finally {
    await borrar(datos);
  }

  const notas = [
    `autocannon: ${CARGA.connections} conexiones, ${CARGA.duration} s (tras ${CARGA.calentamiento} s de calentamiento), solo 127.0.0.1; GET ${RUTA} con cookie de sesión demo.`,
    'p95 exacta = calculada con todos los tiempos de respuesta registrados; p97,5 = la de autocannon (cota superior de p95).',
    'autocannon corre en el mismo equipo de 2 núcleos que el servidor: compiten por CPU. El servidor es un solo hilo de Node: 1000 / (CPU por petición) acota sus req/s.',
    resumen('Hono vacío', cargaHono),
    resumen('PGlite', cargaPglite),
  ];
  const out: Fila[] = [...filas('PGlite', cargaPglite, cargaHono, 1_000)];

  let pg: Awaited<ReturnType<typeof baseTemporal>> | undefined;
  try {
    pg = await baseTemporal();
  } catch (error) {
    notas.push(`PostgreSQL NO DISPONIBLE en 127.0.0.1:5432, sin medición: ${String(error)}`);
  }
  if (pg) {
    const datosPg = await carpetaTemporal('lista-pg');
    try {
      const cargaPg = await medirLista(
        await iniciarRutaPot({ datos: datosPg, databaseUrl: pg.url }),
      );
      out.push(...filas('PostgreSQL', cargaPg, cargaHono, 4_000));
      notas.push(resumen('PostgreSQL', cargaPg));
    } finally {
      await pg.eliminar();
      await borrar(datosPg);
    }
  }
  return {
    nombre: 'lista',
    descripcion: 'lista con alcance de municipio (RLS) bajo carga (issue 2)',
    filas: out,
    notas,
  };
}
