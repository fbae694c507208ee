// Issue 4: JavaScript a page downloads (gzip) in the production build of apps/web, and MapLibre
// only in a lazily imported chunk; preact's own module as the same-run baseline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { esperarSalida, lanzar } from './lib/children';
import { borrar, carpetaTemporal, RAIZ } from './lib/paths';
import type { Fila, Resultado } from './lib/types';

const WEB = join(RAIZ, 'apps', 'web');
const META_KB = 100;
/** kB as Vite prints them (1 kB = 1000 bytes): the stricter reading of "100 KB". */
const KB = 1000;
const LAZY_MAPLIBRE = /^maplibre-gl-[\w-]+\.js$/;

const gzip = (bytes: Buffer) => gzipSync(bytes).length;

/** `npm run build -w @ruta-pot/web`, written to a scratch folder (apps/web/dist is left alone). */
async function construir(salida: string): Promise<number> {
  const t0 = performance.now();
  const child = lanzar(
    'npm',
    ['run', 'build', '-w', '@ruta-pot/web', '--', '--outDir', salida, '--emptyOutDir'],
    { cwd: RAIZ },
  );
  let log = '';
  const push = (c: Buffer) => (log = (log + c.toString()).slice(-6_000));
  child.stdout?.on('data', push);
  child.stderr?.on('data', push);
  let codigo: number | null;
  try {
    codigo = await esperarSalida(child, 300_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`vite build: ${String(error)}\n${log}`);
  }
  if (codigo !== 0) throw new Error(`vite build terminó con código ${codigo}\n${log}`);
  return performance.now() - t0;
}

/** Relative specifiers of a chunk's static imports and re-exports (`import … from "./x.js"`). */
function importacionesEstaticas(codigo: string): string[] {
  const re = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  return [...codigo.matchAll(re)].map((m) => m[1] ?? '');
}

/** Files of the initial load: index.html's module scripts and modulepreloads, plus their imports. */
function cadenaEstatica(dist: string): { entrada: string; archivos: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const raices = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="\/([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  const entrada = raices[0];
  if (!entrada) throw new Error(`${dist}/index.html sin <script type="module" src>`);
  const vistos = new Set<string>();
  const pendientes = [...raices];
  while (pendientes.length > 0) {
    const rel = pendientes.pop() ?? '';
    if (vistos.has(rel)) continue;
    vistos.add(rel);
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    for (const spec of importacionesEstaticas(readFileSync(join(dist, rel), 'utf8'))) {
      pendientes.push(join(dir, spec));
    }
  }
  return { entrada, archivos: [...vistos] };
}

/** Route patterns of apps/web/src/app/routes.tsx and the feature folder of each page. */
function rutasDeLaApp(): Array<{ patron: string; feature: string }> {
  const fuente = readFileSync(join(WEB, 'src', 'app', 'routes.tsx'), 'utf8');
  const dirDe = new Map(
    [...fuente.matchAll(/import \{ (\w+) \} from '\.\.\/features\/([\w-]+)\//g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
  return [...fuente.matchAll(/patron:\s*'([^']+)'[\s\S]*?<(\w+Page)\b/g)].map((m) => ({
    patron: m[1] ?? '',
    feature: dirDe.get(m[2] ?? '') ?? '?',
  }));
}

/** Feature folders whose sources import('maplibre-gl'). */
function featuresConMapa(): Set<string> {
  const raiz = join(WEB, 'src', 'features');
  const out = new Set<string>();
  for (const dir of readdirSync(raiz)) {
    const archivos = readdirSync(join(raiz, dir), { recursive: true, encoding: 'utf8' });
    for (const a of archivos) {
      if (!/\.tsx?$/.test(a)) continue;
      if (/import\(\s*['"]maplibre-gl['"]\s*\)/.test(readFileSync(join(raiz, dir, a), 'utf8'))) {
        out.add(dir);
      }
    }
  }
  return out;
}

function preactGzip(): { bytes: number; ruta: string } {
  for (const base of [RAIZ, WEB]) {
    const ruta = join(base, 'node_modules', 'preact', 'dist', 'preact.module.js');
    if (existsSync(ruta)) return { bytes: gzip(readFileSync(ruta)), ruta };
  }
  throw new Error('no se encontró node_modules/preact/dist/preact.module.js');
}

export async function paginas(): Promise<Resultado> {
  const preact = preactGzip();
  const base = { nombre: 'preact.module.js gzip', valor: preact.bytes / KB };
  const salida = await carpetaTemporal('paginas');
  try {
    const msBuild = await construir(salida);
    const { entrada, archivos } = cadenaEstatica(salida);
    const assets = readdirSync(join(salida, 'assets')).filter((a) => a.endsWith('.js'));
    const estaticos = new Set(archivos);
    const diferidos = assets.filter((a) => !estaticos.has(`assets/${a}`));
    const maplibre = diferidos.filter((a) => LAZY_MAPLIBRE.test(a));
    const leer = (rel: string) => readFileSync(join(salida, rel));

    const inicialGzip = archivos.reduce((s, a) => s + gzip(leer(a)), 0);
    const inicialCrudo = archivos.reduce((s, a) => s + leer(a).length, 0);
    const maplibreGzip = maplibre.reduce((s, a) => s + gzip(leer(`assets/${a}`)), 0);
    const maplibreCrudo = maplibre.reduce((s, a) => s + leer(`assets/${a}`).length, 0);
    // The entry may name the lazy chunk's file (the import() argument); any other 'maplibre'
    // is MapLibre code (classes, messages) bundled into the initial load.
    const maplibreEnInicial = archivos.reduce((s, a) => {
      const codigo = leer(a)
        .toString('utf8')
        .replace(/maplibre-gl-[\w-]+\.(?:js|css)/g, '');
      return s + (codigo.match(/maplibre/gi)?.length ?? 0);
    }, 0);
    const maplibreEstatico = archivos.filter((a) => /maplibre/i.test(a)).length;

    const rutas = rutasDeLaApp();
    const conMapa = featuresConMapa();
    const sinMapa = rutas.filter((r) => !conMapa.has(r.feature)).map((r) => r.patron);
    const mapa = rutas.filter((r) => conMapa.has(r.feature)).map((r) => r.patron);

    const filas: Fila[] = [
      {
        medida: `páginas sin mapa (${sinMapa.length} rutas): JS inicial gzip`,
        valor: inicialGzip / KB,
        unidad: 'kB',
        meta: { op: '≤', valor: META_KB },
        base,
      },
      {
        medida: `páginas con mapa (${mapa.join(' ') || 'ninguna'}): JS inicial gzip (antes del mapa)`,
        valor: inicialGzip / KB,
        unidad: 'kB',
        meta: { op: '≤', valor: META_KB },
        base,
      },
      {
        medida: `páginas con mapa: JS inicial + MapLibre diferido, gzip (informativa)`,
        valor: (inicialGzip + maplibreGzip) / KB,
        unidad: 'kB',
        base,
      },
      {
        medida: `chunk diferido ${maplibre.join(', ') || 'maplibre-gl-*.js'} gzip (informativa)`,
        valor: maplibreGzip / KB,
        unidad: 'kB',
        base,
      },
      {
        medida: "'maplibre' en el JS inicial (sin contar el nombre del chunk diferido)",
        valor: maplibreEnInicial,
        unidad: '',
        meta: { op: '≤', valor: 0 },
      },
      {
        medida: 'archivos maplibre-gl en la cadena estática de index.html',
        valor: maplibreEstatico,
        unidad: '',
        meta: { op: '≤', valor: 0 },
      },
      {
        medida: 'chunks diferidos maplibre-gl-*.js',
        valor: maplibre.length,
        unidad: '',
        meta: { op: '≥', valor: 1 },
      },
    ];
    return {
      nombre: 'paginas',
      descripcion: 'JS por página del build de producción (vite) y MapLibre diferido (issue 4)',
      filas,
      notas: [
        `\`npm run build -w @ruta-pot/web -- --outDir <temporal>\` en ${(msBuild / 1000).toFixed(1)} s (apps/web/dist no se toca); gzip con node:zlib (nivel por omisión); 1 kB = 1.000 bytes.`,
        `JS inicial = index.html (<script type="module"> y modulepreload) + sus importaciones estáticas, recursivas: ${archivos.join(', ')} (entrada ${entrada}); ${(inicialCrudo / KB).toFixed(1)} kB sin comprimir.`,
        `rutas de apps/web/src/app/routes.tsx sin mapa: ${sinMapa.join(' ')}; con mapa (su feature hace import('maplibre-gl')): ${mapa.join(' ') || 'ninguna'}.`,
        'las páginas no se dividen por ruta: todas cargan la misma entrada; la del mapa descarga además el chunk diferido al montar el mapa.',
        `chunks diferidos: ${diferidos.join(', ') || 'ninguno'}; MapLibre sin comprimir ${(maplibreCrudo / KB).toFixed(1)} kB.`,
        `línea base: ${preact.ruta.slice(RAIZ.length + 1)} gzip = ${preact.bytes} bytes.`,
      ],
    };
  } finally {
    await borrar(salida);
  }
}
