// Issue 11: teams and accounts — sign-ins per second (scrypt-bound by design, informative) against
// node's own scrypt with the server's parameters, and the team page of a municipality with 200
// members and more than 1,000 audited team changes under 50 connections (PGlite and PostgreSQL).
import { scrypt } from 'node:crypto';

import { cpuMs, detener } from './lib/children';
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
const API = `/api/v1/municipios/${M}/equipo`;
const MIEMBROS = 200;
const MIN_AUDITORIA = 1_000;
const ROLES = ['planeacion', 'consultor', 'interventor', 'consejo_territorial', 'concejo'] as const;
const META_P95 = 50;

// apps/server/src/modules/auth/password.ts: N=2^15, r=8, p=1, 32-byte key, 16-byte salt.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const SCRYPT_CLAVE = 32;
/**
 * Sign-ins in flight at once. The sign-in limiter (sign-in-limiter.ts) reserves every attempt as
 * a failure until its verdict (5 per account): a sixth concurrent attempt on the demo account
 * would get 429 even with the right password. Four stays under it and still keeps both cores and
 * libuv's four threads busy with scrypt.
 */
const SESIONES_CONCURRENTES = 4;
const SESIONES_MS = 10_000;
const SESIONES_CALENTAMIENTO_MS = 2_000;

function percentil(ordenados: number[], p: number): number {
  if (ordenados.length === 0) return Number.NaN;
  const i = Math.min(ordenados.length - 1, Math.max(0, Math.ceil(p * ordenados.length) - 1));
  return ordenados[i] ?? Number.NaN;
}

interface Rafaga {
  porSeg: number;
  total: number;
  p50: number;
  p95: number;
  fallos: number;
  estados: Record<string, number>;
}

/** `tarea` run by `concurrencia` workers, back to back, for `ms`; times each completion. */
async function rafaga(
  concurrencia: number,
  ms: number,
  tarea: () => Promise<number | string>,
): Promise<Rafaga> {
  const tiempos: number[] = [];
  const estados: Record<string, number> = {};
  const t0 = performance.now();
  const fin = t0 + ms;
  const trabajador = async () => {
    while (performance.now() < fin) {
      const t = performance.now();
      let estado: number | string;
      try {
        estado = await tarea();
      } catch (error) {
        estado = `error ${String(error).slice(0, 80)}`;
      }
      tiempos.push(performance.now() - t);
      estados[String(estado)] = (estados[String(estado)] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrencia }, trabajador));
  const segundos = (performance.now() - t0) / 1000;
  tiempos.sort((a, b) => a - b);
  const ok = (estados['200'] ?? 0) + (estados.ok ?? 0);
  return {
    porSeg: ok / segundos,
    total: tiempos.length,
    p50: percentil(tiempos, 0.5),
    p95: percentil(tiempos, 0.95),
    fallos: tiempos.length - ok,
    estados,
  };
}

/** The same-run baseline: node's scrypt with the server's parameters, in this process. */
async function scryptEnProceso(): Promise<{ aLaVez: Rafaga; solo: Rafaga }> {
  const hash = () =>
    new Promise<string>((resolve, reject) => {
      scrypt('RutaPOT-demo-2026', Buffer.alloc(16, 7), SCRYPT_CLAVE, SCRYPT, (error) =>
        error ? reject(error) : resolve('ok'),
      );
    });
  await rafaga(SESIONES_CONCURRENTES, SESIONES_CALENTAMIENTO_MS, hash);
  return {
    aLaVez: await rafaga(SESIONES_CONCURRENTES, SESIONES_MS, hash),
    // Informative: one hash at a time, the intrinsic cost of one sign-in on this machine.
    solo: await rafaga(1, SESIONES_MS / 2, hash),
  };
}

/** POST /api/v1/sesion with the demo account, `SESIONES_CONCURRENTES` at a time. */
async function iniciosDeSesion(base: string, pid: number) {
  const cuerpo = JSON.stringify({ email: DEMO.email, contrasena: DEMO.contrasena });
  const iniciar = async () => {
    const res = await fetch(`${base}/api/v1/sesion`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: cuerpo,
    });
    await res.arrayBuffer();
    return res.status;
  };
  await rafaga(SESIONES_CONCURRENTES, SESIONES_CALENTAMIENTO_MS, iniciar);
  const cpu0 = cpuMs(pid);
  const r = await rafaga(SESIONES_CONCURRENTES, SESIONES_MS, iniciar);
  return { ...r, cpuMsPorSesion: (cpuMs(pid) - cpu0) / Math.max(1, r.total) };
}

async function enviar(
  base: string,
  cookie: string,
  pedido: { ruta: string; metodo: string; cuerpo?: unknown },
): Promise<unknown> {
  const res = await fetch(`${base}${pedido.ruta}`, {
    method: pedido.metodo,
    headers: {
      ...(cookie ? { cookie } : {}),
      'content-type': 'application/json',
      origin: base,
    },
    ...(pedido.cuerpo === undefined ? {} : { body: JSON.stringify(pedido.cuerpo) }),
  });
  const texto = await res.text();
  if (!res.ok)
    throw new Error(`${pedido.metodo} ${pedido.ruta}: ${res.status} ${texto.slice(0, 300)}`);
  return texto ? (JSON.parse(texto) as unknown) : undefined;
}

/** Runs `fn` over `items` with at most `n` at a time. */
async function enParalelo<T>(items: T[], n: number, fn: (item: T) => Promise<void>) {
  let siguiente = 0;
  const trabajador = async () => {
    while (siguiente < items.length) await fn(items[siguiente++]!);
  };
  await Promise.all(Array.from({ length: n }, trabajador));
}

interface Equipo {
  miembros: Array<{ usuarioId: string; email: string; roles: Array<{ rol: string }> }>;
  invitaciones: unknown[];
  historial: unknown[];
}

/**
 * Fills Zipaquirá's team through the API, as its planning office and the invited people would:
 * 200 invitations accepted with a new account (2 audit entries each), then role changes until the
 * bench has written at least 1,000 `equipo.*` audit entries. Returns the entries written.
 */
async function poblar(base: string, cookie: string): Promise<number> {
  let auditadas = 0;
  const n = (i: number) => String(i).padStart(3, '0');
  const enlaces: Array<{ i: number; enlace: string }> = [];
  for (let i = 0; i < MIEMBROS; i++) {
    const r = (await enviar(base, cookie, {
      ruta: `${API}/invitaciones`,
      metodo: 'POST',
      cuerpo: { email: `persona.${n(i)}@bench.rutapot.co`, rol: ROLES[i % ROLES.length] },
    })) as { enlace: string | null };
    if (!r.enlace) throw new Error('la invitación no devolvió enlace (¿hay SMTP configurado?)');
    enlaces.push({ i, enlace: r.enlace.slice(r.enlace.indexOf('#') + 1) });
    auditadas++;
  }
  // One scrypt per acceptance: a few at a time (the public route has no request limiter).
  await enParalelo(enlaces, SESIONES_CONCURRENTES, async ({ i, enlace }) => {
    await enviar(base, '', {
      ruta: '/api/v1/cuenta/invitacion',
      metodo: 'POST',
      cuerpo: {
        enlace,
        nombre: `Persona ${n(i)}`,
        contrasena: `miembro banco prueba ${n(i)} cielo`,
      },
    });
    auditadas++;
  });
  const equipo = (await enviar(base, cookie, { ruta: API, metodo: 'GET' })) as Equipo;
  const invitados = equipo.miembros.filter((m) => m.email.endsWith('@bench.rutapot.co'));
  if (invitados.length !== MIEMBROS)
    throw new Error(`el equipo muestra ${invitados.length} de ${MIEMBROS} personas invitadas`);
  // One at a time: a change away from «planeación» locks the office's rows (FOR UPDATE).
  for (let ronda = 1; auditadas < MIN_AUDITORIA; ronda++)
    for (const [k, m] of invitados.entries()) {
      if (auditadas >= MIN_AUDITORIA) break;
      await enviar(base, cookie, {
        ruta: `${API}/miembros/${m.usuarioId}`,
        metodo: 'PUT',
        cuerpo: { rol: ROLES[(k + ronda) % ROLES.length] },
      });
      auditadas++;
    }
  return auditadas;
}

async function medirMotor(almacen: Almacen) {
  const servidor = await iniciarRutaPot(almacen);
  try {
    const cookie = await iniciarSesion(servidor.base);
    const t0 = performance.now();
    const auditadas = await poblar(servidor.base, cookie);
    const msPoblar = performance.now() - t0;
    const vista = (await enviar(servidor.base, cookie, { ruta: API, metodo: 'GET' })) as Equipo;
    const bytes = Buffer.byteLength(JSON.stringify(vista));
    // As a browser asks for it: the body travels gzipped (what the user receives on the wire).
    const carga = await medirCarga(`${servidor.base}${API}`, {
      pid: servidor.pid,
      cookie,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    const sesiones = await iniciosDeSesion(servidor.base, servidor.pid);
    return {
      carga,
      sesiones,
      auditadas,
      msPoblar,
      bytes,
      miembros: vista.miembros.length,
      historial: vista.historial.length,
    };
  } finally {
    await detener(servidor.child);
  }
}

export async function equipo(): Promise<Resultado> {
  const hono = await cargaHonoVacio();
  const { aLaVez: base, solo } = await scryptEnProceso();
  const notas = [
    NOTA_CARGA,
    `datos: el servidor demo arranca; por la API la oficina de planeación de ${M} invita a ${MIEMBROS} personas (roles rotando entre ${ROLES.join(', ')}), cada una acepta con cuenta nueva (POST /api/v1/cuenta/invitacion, un scrypt cada una, ${SESIONES_CONCURRENTES} a la vez) y luego se cambian roles (PUT …/equipo/miembros/{usuarioId}) hasta ≥ ${MIN_AUDITORIA} entradas equipo.* escritas por el bench, además de los datos demo.`,
    `inicios de sesión: POST /api/v1/sesion con la cuenta demo de planeación, ${SESIONES_CONCURRENTES} a la vez, ${SESIONES_MS / 1000} s tras ${SESIONES_CALENTAMIENTO_MS / 1000} s de calentamiento, solo 127.0.0.1; informativa (limitada por scrypt a propósito). No 8 a la vez: el limitador reserva cada intento en curso como fallo hasta su veredicto (5 por cuenta), así que un sexto intento simultáneo de la misma cuenta recibe 429 aunque la contraseña sea correcta.`,
    `línea base de inicios: crypto.scrypt de node en este proceso con los parámetros del servidor (N=2^15, r=8, p=1, clave de ${SCRYPT_CLAVE} B), ${SESIONES_CONCURRENTES} a la vez, ${SESIONES_MS / 1000} s: ${base.total} hashes, p50 ${base.p50.toFixed(0)} ms; uno a la vez (${SESIONES_MS / 2000} s): ${solo.porSeg.toFixed(1)} hashes/s, p50 ${solo.p50.toFixed(0)} ms (scrypt es de memoria dura, 32 MiB por hash: en 2 núcleos, más hashes simultáneos no dan más hashes por segundo).`,
    resumenCarga('Hono vacío', hono),
  ];
  const filas: Fila[] = [];
  for (const { motor, valor: m } of await enCadaMotor('equipo', notas, medirMotor)) {
    filas.push(...filasLatencia(`${API}, ${motor}`, m.carga, hono, META_P95));
    filas.push(
      {
        medida: `inicios de sesión por segundo (${motor}, informativa)`,
        valor: m.sesiones.porSeg,
        unidad: '/s',
        base: { nombre: 'scrypt en proceso', valor: base.porSeg },
      },
      {
        medida: `inicio de sesión p95 (${motor}, ${SESIONES_CONCURRENTES} a la vez)`,
        valor: m.sesiones.p95,
        unidad: 'ms',
        base: { nombre: 'scrypt en proceso', valor: base.p95 },
      },
      {
        medida: `inicios de sesión no 200 (${motor})`,
        valor: m.sesiones.fallos,
        unidad: '',
        meta: { op: '≤', valor: 0 },
      },
    );
    notas.push(
      resumenCarga(`${API} ${motor}`, m.carga),
      `${motor}: ${m.miembros} miembros en la página (${MIEMBROS} invitados + demo), ${m.auditadas} entradas equipo.* escritas por el bench en ${(m.msPoblar / 1000).toFixed(1)} s, historial de ${m.historial}; cuerpo JSON ${m.bytes} B.`,
      `${motor}: inicios de sesión ${m.sesiones.total}, p50 ${m.sesiones.p50.toFixed(0)} ms, estados ${JSON.stringify(m.sesiones.estados)}, CPU del servidor ${m.sesiones.cpuMsPorSesion.toFixed(0)} ms por inicio.`,
    );
  }
  return {
    nombre: 'equipo',
    descripcion:
      'equipos y cuentas: página de equipo grande bajo carga e inicios de sesión por segundo (issue 11)',
    filas,
    notas,
  };
}
