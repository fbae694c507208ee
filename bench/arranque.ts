// Issue 2: embedded start (first and warm) and resident memory, against PGlite + PostGIS alone.
import { detener, dormir, esperarSalida, lanzar, rssMb } from './lib/children';
import { borrar, carpetaTemporal, fixture, RAIZ } from './lib/paths';
import { iniciarRutaPot } from './lib/server';
import type { Resultado } from './lib/types';

interface MedidaBase {
  ms: number;
  msCreate: number;
  msExtension: number;
  rssMb: number;
}

/** Spawn-to-exit time of the PGlite + PostGIS child on `dir`, plus the phases it reports. */
async function pglitePostgis(dir: string): Promise<MedidaBase> {
  const t0 = performance.now();
  const child = lanzar(process.execPath, fixture('pglite-postgis.ts', dir), { cwd: RAIZ });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const code = await esperarSalida(child, 180_000);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`PGlite + PostGIS terminó con código ${code}: ${err}`);
  const fases = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Omit<MedidaBase, 'ms'>;
  return { ms, ...fases };
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const fases = (nombre: string, m: MedidaBase) =>
  `${nombre}: PGlite.create ${s(m.msCreate)} s + CREATE EXTENSION ${s(m.msExtension)} s; VmRSS ${m.rssMb.toFixed(0)} MB.`;

/** RSS of a bare Node process (`setInterval` only) after it settles. */
async function rssNodeVacio(): Promise<number> {
  const child = lanzar(process.execPath, ['-e', 'setInterval(()=>{},1000)']);
  try {
    await dormir(1_000);
    return rssMb(child.pid ?? 0);
  } finally {
    await detener(child);
  }
}

export async function arranque(): Promise<Resultado> {
  const dirBase = await carpetaTemporal('pglite');
  const dirApp = await carpetaTemporal('datos');
  try {
    const baseFrio = await pglitePostgis(dirBase);
    const baseTibio = await pglitePostgis(dirBase);

    const primero = await iniciarRutaPot({ datos: dirApp });
    await detener(primero.child);
    const tibio = await iniciarRutaPot({ datos: dirApp });
    let rss: number;
    try {
      await dormir(2_000);
      rss = rssMb(tibio.pid);
    } finally {
      await detener(tibio.child);
    }
    const rssBase = await rssNodeVacio();

    return {
      nombre: 'arranque',
      descripcion: 'arranque embebido (PGlite) y memoria residente (issue 2)',
      filas: [
        {
          medida: 'primer arranque (carpeta vacía → health 200)',
          valor: primero.msHastaListo / 1000,
          unidad: 's',
          meta: { op: '≤', valor: 30 },
          base: { nombre: 'PGlite+PostGIS en frío', valor: baseFrio.ms / 1000 },
        },
        {
          medida: 'arranque tibio (misma carpeta → health 200)',
          valor: tibio.msHastaListo / 1000,
          unidad: 's',
          meta: { op: '≤', valor: 6 },
          base: { nombre: 'PGlite+PostGIS tibio', valor: baseTibio.ms / 1000 },
        },
        {
          medida: 'memoria residente (VmRSS, 2 s tras arranque tibio)',
          valor: rss,
          unidad: 'MB',
          meta: { op: '≤', valor: 300 },
          base: { nombre: 'node vacío', valor: rssBase },
        },
        {
          medida: 'memoria residente de PGlite+PostGIS solo (tibio, informativa)',
          valor: baseTibio.rssMb,
          unidad: 'MB',
          base: { nombre: 'node vacío', valor: rssBase },
        },
      ],
      notas: [
        'tiempos desde spawn hasta el primer 200 de /api/v1/health (sondeo cada 25 ms), con RUTA_POT_DEMO=1.',
        'línea base: proceso hijo que crea PGlite con postgis, ejecuta CREATE EXTENSION IF NOT EXISTS postgis y sale (spawn → salida); ambos cargan tsx.',
        'la línea base corre primero: paga la caché de disco fría de los archivos wasm.',
        fases('línea base en frío', baseFrio),
        fases('línea base tibia', baseTibio),
      ],
    };
  } finally {
    await borrar(dirBase);
    await borrar(dirApp);
  }
}
