// Issue 12, «The wire»: pages on the slow office link (500 kbit/s, 400 ms) in Chromium with CDP
// network emulation. First content cold and on a repeat visit (service worker), the app drawn,
// and the national map drawn; each against a same-run static page of the same size.
import { detener } from './lib/children';
import { abrirChromium, paginaEstatica, type Visita, visitar } from './lib/navegador';
import { borrar, carpetaTemporal } from './lib/paths';
import { ejecutarRutaPot, iniciarRutaPot } from './lib/server';
import type { Fila, Resultado } from './lib/types';

const IMPORTES = [
  ['divipola', '../shared/data/divipola/municipios_colombia.csv'],
  ['poblacion', '../shared/data/divipola/poblacion_municipal_dane_2012_2024.csv'],
  ['limites', '../shared/data/limites/mgn2018_municipios.geojson'],
] as const;
const SIN_MAPA = ['/', '/calculadora', '/banco'];
const META = { frio: 2500, repetida: 1000, mapa: 6000 };
const APP_DIBUJADA = 'header.encabezado';
const MAPA_DIBUJADO = '[data-estado-mapa="listo"], [data-estado-mapa="sin_limites"]';

async function base(bytes: number) {
  const browser = await abrirChromium();
  const pagina = await paginaEstatica(bytes);
  try {
    const context = await browser.newContext();
    return (await visitar(context, pagina.url)).fcp;
  } finally {
    pagina.cerrar();
    await browser.close();
  }
}

interface Medidas {
  frio: Record<string, Visita>;
  repetida: Record<string, Visita>;
  mapa: Visita;
}

async function medir(url: string): Promise<Medidas> {
  const browser = await abrirChromium();
  try {
    const frio: Record<string, Visita> = {};
    const repetida: Record<string, Visita> = {};
    for (const ruta of SIN_MAPA) {
      const context = await browser.newContext();
      frio[ruta] = await visitar(context, `${url}${ruta}`, APP_DIBUJADA);
      // The service worker installs during the first visit; the next one is served by it.
      const page = await context.newPage();
      await page.goto(`${url}${ruta}`);
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      await page.close();
      repetida[ruta] = await visitar(context, `${url}${ruta}`, APP_DIBUJADA);
      await context.close();
    }
    const context = await browser.newContext();
    const mapa = await visitar(context, `${url}/panorama`, MAPA_DIBUJADO);
    await context.close();
    return { frio, repetida, mapa };
  } finally {
    await browser.close();
  }
}

function filas(m: Medidas, bases: { frio: number; mapa: number }): Fila[] {
  const fila = (medida: string, valor: number, extra: Partial<Fila>): Fila => ({
    medida,
    valor: Math.round(valor),
    unidad: 'ms',
    ...extra,
  });
  const out: Fila[] = [];
  for (const ruta of SIN_MAPA) {
    const f = m.frio[ruta]!;
    const r = m.repetida[ruta]!;
    const baseFrio = { nombre: `página estática de ${f.bytes} B`, valor: bases.frio };
    out.push(
      fila(`${ruta}: primer contenido, caché fría`, f.fcp, {
        meta: { op: '≤', valor: META.frio },
        base: baseFrio,
      }),
      fila(`${ruta}: aplicación dibujada, caché fría`, f.listo ?? 0, { base: baseFrio }),
      { medida: `${ruta}: bytes en la red, caché fría`, valor: f.bytes, unidad: 'B' },
      fila(`${ruta}: primer contenido, visita repetida`, r.fcp, {
        meta: { op: '≤', valor: META.repetida },
      }),
      fila(`${ruta}: aplicación dibujada, visita repetida`, r.listo ?? 0, {}),
    );
  }
  out.push(
    fila('/panorama: mapa nacional dibujado', m.mapa.listo ?? 0, {
      meta: { op: '≤', valor: META.mapa },
      base: { nombre: `página estática de ${m.mapa.bytes} B`, valor: bases.mapa },
    }),
    { medida: '/panorama: bytes en la red', valor: m.mapa.bytes, unidad: 'B' },
  );
  return out;
}

export async function red(): Promise<Resultado> {
  const datos = await carpetaTemporal('red');
  try {
    for (const [tipo, archivo] of IMPORTES)
      await ejecutarRutaPot(['importar', tipo, archivo], { datos, timeoutMs: 600_000 });
    const servidor = await iniciarRutaPot({ datos });
    let medidas: Medidas;
    try {
      medidas = await medir(servidor.base);
    } finally {
      await detener(servidor.child);
    }
    const bases = {
      frio: await base(medidas.frio['/']!.bytes),
      mapa: await base(medidas.mapa.bytes),
    };
    return {
      nombre: 'red',
      descripcion:
        'Chromium con emulación de red (CDP Network.emulateNetworkConditions: 500 kbit/s, 400 ms) contra el servidor embebido con los datos nacionales',
      filas: filas(medidas, bases),
      notas: [
        'Primer contenido = first-contentful-paint. «Aplicación dibujada» = el encabezado de la aplicación montado y pintado (dos cuadros).',
        'Visita repetida: mismo contexto del navegador tras instalarse el service worker (armazón en caché, ADR 0022).',
        'Línea base: página estática servida sin comprimir cuyo único texto llega tras tantos bytes como los de la página medida, en el mismo enlace emulado y la misma corrida.',
        'Mapa dibujado: el componente del mapa anuncia «listo» (MapLibre creado con los límites) y se esperan dos cuadros.',
      ],
    };
  } finally {
    await borrar(datos);
  }
}
