// Dibujo del mapa nacional en un <canvas> 2D, sin MapLibre (ADR 0025). Se carga de forma diferida
// (con topojson-client, ~3 kB) en paralelo con los límites; MapLibre queda para los mapas
// municipales, donde sí hace falta una librería de mapas.
import type { Topology } from 'topojson-specification';

import {
  acercarEn,
  encuadrar,
  type MunicipioMapa,
  municipiosDesdeTopologia,
  type Vista,
} from './geometria';
import { type EstadoPlan, ESTILO_ESTADO } from './model';

/** Lo que el mapa necesita saber de cada municipio en cada dibujo. */
export interface EstiloMapa {
  estado: ReadonlyMap<string, EstadoPlan>;
  visibles: ReadonlySet<string>;
}

export interface Dibujo {
  /** Cantidad de municipios con límites. */
  readonly total: number;
  /** Ajusta el lienzo a su tamaño en pantalla y redibuja. */
  redimensionar(): void;
  dibujar(estilo: EstiloMapa): void;
  /** Código del municipio bajo el punto (px CSS relativos al lienzo), si hay uno. */
  codigoEn(x: number, y: number): string | null;
  acercar(factor: number, x?: number, y?: number): void;
  mover(dx: number, dy: number): void;
  restablecer(): void;
}

const FONDO = '#eaf1f6';
/** Máximo acercamiento respecto de la vista nacional (los límites se simplificaron para ×4). */
const ACERCAMIENTO_MAXIMO = 8;

/** Rayas diagonales oscuras sobre transparente: «vencido» no depende solo del color. */
function patronRayado(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const lado = 8;
  const lienzo = document.createElement('canvas');
  lienzo.width = lado;
  lienzo.height = lado;
  const c = lienzo.getContext('2d');
  if (!c) return null;
  c.fillStyle = 'rgb(90, 30, 0)';
  for (let y = 0; y < lado; y++) {
    for (let x = 0; x < lado; x++) if ((x + y) % lado < 2) c.fillRect(x, y, 1, 1);
  }
  return ctx.createPattern(lienzo, 'repeat');
}

function trazado(m: MunicipioMapa): Path2D {
  const p = new Path2D();
  for (const anillo of m.anillos) {
    if (anillo.length < 6) continue;
    p.moveTo(anillo[0] ?? 0, anillo[1] ?? 0);
    for (let i = 2; i < anillo.length; i += 2) p.lineTo(anillo[i] ?? 0, anillo[i + 1] ?? 0);
    p.closePath();
  }
  return p;
}

/**
 * Prepara el dibujo de la topología sobre `lienzo` dentro de `limites` [oeste, sur, este, norte].
 * Devuelve null si no hay municipios (el panorama muestra entonces solo la tabla).
 */
export function crearDibujo(
  lienzo: HTMLCanvasElement,
  topologia: Topology,
  limites: readonly [number, number, number, number],
): Dibujo | null {
  const municipios = municipiosDesdeTopologia(topologia);
  if (municipios.length === 0) return null;
  const ctx = lienzo.getContext('2d');
  if (!ctx) throw new Error('canvas 2d no disponible');
  const trazados = municipios.map((m) => ({ codigo: m.codigo, p: trazado(m) }));
  const rayado = patronRayado(ctx);
  let ancho = 0;
  let alto = 0;
  let inicial: Vista = { escala: 1, dx: 0, dy: 0 };
  let vista = inicial;
  let ultimo: EstiloMapa | null = null;
  let pendiente = 0;

  const aplicarVista = () => {
    const r = window.devicePixelRatio || 1;
    ctx.setTransform(r * vista.escala, 0, 0, r * vista.escala, r * vista.dx, r * vista.dy);
  };

  const pintar = () => {
    pendiente = 0;
    const estilo = ultimo;
    if (!estilo) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = FONDO;
    ctx.fillRect(0, 0, lienzo.width, lienzo.height);
    aplicarVista();
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 0.4 / vista.escala;
    for (const { codigo, p } of trazados) {
      const estado = estilo.estado.get(codigo) ?? 'sin_plan';
      const visible = estilo.visibles.has(codigo);
      ctx.globalAlpha = visible ? 0.9 : 0.12;
      ctx.fillStyle = ESTILO_ESTADO[estado].color;
      ctx.fill(p, 'evenodd');
      if (estado === 'vencido' && visible && rayado) {
        ctx.globalAlpha = 0.55;
        // The pattern is in device pixels: undo the view so stripes keep their width.
        const r = window.devicePixelRatio || 1;
        rayado.setTransform(
          new DOMMatrix([1 / (r * vista.escala), 0, 0, 1 / (r * vista.escala), 0, 0]),
        );
        ctx.fillStyle = rayado;
        ctx.fill(p, 'evenodd');
      }
      ctx.globalAlpha = visible ? 0.9 : 0.3;
      ctx.stroke(p);
    }
    ctx.globalAlpha = 1;
  };

  const programar = () => {
    if (!pendiente) pendiente = requestAnimationFrame(pintar);
  };

  const dibujo: Dibujo = {
    total: municipios.length,
    redimensionar() {
      const caja = lienzo.getBoundingClientRect();
      const r = window.devicePixelRatio || 1;
      const nuevoAncho = Math.max(1, Math.round(caja.width));
      const nuevoAlto = Math.max(1, Math.round(caja.height));
      if (nuevoAncho === ancho && nuevoAlto === alto) return;
      // A new size refits the country, keeping the zoom level (around the centre).
      const zoom = vista.escala / inicial.escala;
      ancho = nuevoAncho;
      alto = nuevoAlto;
      lienzo.width = Math.round(ancho * r);
      lienzo.height = Math.round(alto * r);
      inicial = encuadrar(limites, { ancho, alto });
      vista = acercarEn(inicial, zoom, { x: ancho / 2, y: alto / 2 });
      if (ultimo) pintar();
    },
    dibujar(estilo) {
      ultimo = estilo;
      pintar();
    },
    codigoEn(x, y) {
      aplicarVista();
      const r = window.devicePixelRatio || 1;
      // Last drawn on top: search from the end.
      for (let i = trazados.length - 1; i >= 0; i--) {
        const t = trazados[i];
        if (t && ctx.isPointInPath(t.p, x * r, y * r, 'evenodd')) return t.codigo;
      }
      return null;
    },
    acercar(factor, x = ancho / 2, y = alto / 2) {
      const k = vista.escala * factor;
      const limite = Math.min(Math.max(k, inicial.escala), inicial.escala * ACERCAMIENTO_MAXIMO);
      vista = acercarEn(vista, limite / vista.escala, { x, y });
      programar();
    },
    mover(dx, dy) {
      vista = { ...vista, dx: vista.dx + dx, dy: vista.dy + dy };
      programar();
    },
    restablecer() {
      vista = inicial;
      programar();
    },
  };
  dibujo.redimensionar();
  return dibujo;
}
