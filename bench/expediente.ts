// Issue 15: the expediente of a large municipality — 200 indicators × 12 years of measurements
// and 300 projects with yearly execution in three development plans — its dashboard under 50
// connections (PGlite and PostgreSQL), and the DSE generated as DOCX + PDF.
import { detener } from './lib/children';
import { DEMO, iniciarSesion } from './lib/http';
import { medirCarga } from './lib/load';
import {
  type Almacen,
  cargaHonoVacio,
  enCadaMotor,
  filasLatencia,
  NOTA_CARGA,
  resumenCarga,
} from './lib/motores';
import { iniciarRutaPot } from './lib/server';
import type { Fila, Resultado } from './lib/types';

const M = DEMO.municipio;
const API = `/api/v1/municipios/${M}/expediente`;
const INDICADORES = 200;
const ANIOS = 12;
const PROYECTOS = 300;
const META_P95 = { PGlite: undefined, PostgreSQL: 50 } as const;
const META_DSE_MS = 5000;

async function enviar(
  base: string,
  cookie: string,
  pedido: { ruta: string; metodo: string; cuerpo: unknown },
) {
  const res = await fetch(`${base}${pedido.ruta}`, {
    method: pedido.metodo,
    headers: { cookie, 'content-type': 'application/json', origin: base },
    body: JSON.stringify(pedido.cuerpo),
  });
  const texto = await res.text();
  if (!res.ok)
    throw new Error(`${pedido.metodo} ${pedido.ruta}: ${res.status} ${texto.slice(0, 300)}`);
}

/** Fills the expediente through the API, as an office would (every write validated and audited). */
async function poblar(base: string, cookie: string) {
  for (let i = 0; i < INDICADORES; i++)
    await enviar(base, cookie, {
      ruta: `${API}/indicadores/bench-${String(i).padStart(3, '0')}`,
      metodo: 'PUT',
      cuerpo: {
        nombre: `Indicador de prueba ${i}`,
        dimension: 'modelo_ocupacion',
        unidad: '%',
        sentido: i % 2 ? 'aumentar' : 'disminuir',
        lineaBase: 50,
        anioBase: 2013,
        meta: i % 2 ? 80 : 20,
        anioMeta: 2027,
      },
    });
  const mediciones = [];
  for (let i = 0; i < INDICADORES; i++)
    for (let k = 0; k < ANIOS; k++)
      mediciones.push({
        indicadorId: `bench-${String(i).padStart(3, '0')}`,
        anio: 2013 + k,
        valor: 50 + ((i * 7 + k * 3) % 20) - 10,
      });
  await enviar(base, cookie, { ruta: `${API}/mediciones`, metodo: 'POST', cuerpo: { mediciones } });
  const proyectos = Array.from({ length: PROYECTOS }, (_, i) => ({
    codigo: `B-${String(i).padStart(3, '0')}`,
    nombre: `Proyecto de prueba ${i}`,
    objetivo: i % 5 ? 'Objetivo de prueba' : null,
    plazo: (['corto', 'mediano', 'largo'] as const)[i % 3],
    anioInicio: 2016,
    anioFin: 2019 + (i % 3) * 4,
    costoCop: 500_000_000 + i * 1_000_000,
    fuente: (['sgp', 'recursos_propios', 'sgr', 'cofinanciacion'] as const)[i % 4],
    entidadResponsable: 'Secretaría de prueba',
    planesDesarrollo: [2016, 2020, 2024]
      .filter((y) => (i + y) % 3 !== 0)
      .map((anioInicio) => ({ anioInicio, programa: 'Programa' })),
    ejecucion: Array.from({ length: 6 }, (_, k) => ({
      anio: 2016 + k,
      avanceFisico: Math.min(100, (k + 1) * 12),
      ejecutadoCop: 20_000_000,
    })),
  }));
  await enviar(base, cookie, { ruta: `${API}/proyectos`, metodo: 'POST', cuerpo: { proyectos } });
}

/** Median wall time of DOCX + PDF downloads of the DSE (3 rounds), and the bytes of each. */
async function tiempoDse(base: string, cookie: string, codigo: string) {
  const tiempos: number[] = [];
  let bytes = 0;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    bytes = 0;
    for (const formato of ['docx', 'pdf']) {
      const res = await fetch(
        `${base}/api/v1/municipios/${codigo}/expediente/documento?anio=2026&formato=${formato}`,
        { headers: { cookie } },
      );
      if (!res.ok)
        throw new Error(`DSE ${formato} de ${codigo}: ${res.status} ${await res.text()}`);
      bytes += (await res.arrayBuffer()).byteLength;
    }
    tiempos.push(performance.now() - t0);
  }
  return { ms: tiempos.sort((a, b) => a - b)[1]!, bytes };
}

async function sesionAdmin(base: string) {
  const res = await fetch(`${base}/api/v1/sesion`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: 'admin@demo.rutapot.co', contrasena: DEMO.contrasena }),
  });
  await res.arrayBuffer();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('ruta_pot_sesion='));
  if (!cookie) throw new Error(`inicio de sesión del administrador falló (HTTP ${res.status})`);
  return cookie;
}

async function medirMotor(almacen: Almacen) {
  const servidor = await iniciarRutaPot(almacen);
  try {
    const cookie = await iniciarSesion(servidor.base);
    await poblar(servidor.base, cookie);
    const vista = (await (
      await fetch(`${servidor.base}${API}`, { headers: { cookie } })
    ).json()) as { indicadores: unknown[]; ejecucion: { proyectos: number } };
    if (vista.indicadores.length < INDICADORES || vista.ejecucion.proyectos < PROYECTOS)
      throw new Error(
        `el expediente tiene ${vista.indicadores.length} indicadores y ${vista.ejecucion.proyectos} proyectos`,
      );
    // As a browser asks for it: the body travels gzipped (what the user receives on the wire).
    const carga = await medirCarga(`${servidor.base}${API}`, {
      pid: servidor.pid,
      cookie,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    const dse = await tiempoDse(servidor.base, cookie, M);
    const vacio = await tiempoDse(servidor.base, await sesionAdmin(servidor.base), '05001');
    return {
      carga,
      dse,
      vacio,
      indicadores: vista.indicadores.length,
      proyectos: vista.ejecucion.proyectos,
    };
  } finally {
    await detener(servidor.child);
  }
}

export async function expediente(): Promise<Resultado> {
  const hono = await cargaHonoVacio();
  const notas = [
    NOTA_CARGA,
    `datos: el servidor demo arranca; por la API (como la oficina) se crean ${INDICADORES} indicadores con ${ANIOS} años de mediciones y ${PROYECTOS} proyectos con 6 años de ejecución en tres Planes de Desarrollo, además de los datos demo de ${M}.`,
    'DSE: mediana de 3 rondas de descarga del DOCX y del PDF (2026) por HTTP; línea base: el DSE de Medellín (05001), con plan registrado y expediente vacío, en la misma corrida.',
    resumenCarga('Hono vacío', hono),
  ];
  const filas: Fila[] = [];
  for (const { motor, valor: m } of await enCadaMotor('expediente', notas, medirMotor)) {
    filas.push(...filasLatencia(`${API}, ${motor}`, m.carga, hono, META_P95[motor]));
    filas.push({
      medida: `DSE DOCX + PDF (${m.indicadores} indicadores × ${ANIOS} años, ${m.proyectos} proyectos), ${motor}`,
      valor: Math.round(m.dse.ms),
      unidad: 'ms',
      meta: { op: '≤', valor: META_DSE_MS },
      base: { nombre: 'DSE de un expediente vacío', valor: Math.round(m.vacio.ms) },
    });
    notas.push(
      resumenCarga(`${API} ${motor}`, m.carga),
      `${motor}: DSE ${m.dse.bytes} bytes (DOCX + PDF); vacío ${m.vacio.bytes} bytes.`,
    );
  }
  return {
    nombre: 'expediente',
    descripcion:
      'expediente municipal grande: tablero bajo carga y documento de seguimiento (issue 15)',
    filas,
    notas,
  };
}
