// Imagen PNG del mapa con título, leyenda, barra de escala, flecha del norte y fuentes.
import type { Map as MapaMaplibre } from 'maplibre-gl';

import { t } from '../../i18n/es-CO';
import { barraEscala, disenoPng, metrosPorPixel } from './model-png';

const TEXTO = '#1f2933';
const FUENTE = '13px system-ui, sans-serif';

function dibujarNorte(ctx: CanvasRenderingContext2D, x: number, y: number) {
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 14, y - 6, 28, 44);
  ctx.fillStyle = TEXTO;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 8, y + 22);
  ctx.lineTo(x, y + 17);
  ctx.lineTo(x - 8, y + 22);
  ctx.closePath();
  ctx.fill();
  ctx.font = 'bold 12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.fillText('N', x, y + 36);
  ctx.textAlign = 'left';
}

function dibujarEscala(
  ctx: CanvasRenderingContext2D,
  mapa: MapaMaplibre,
  p: { x: number; y: number },
) {
  const { x, y } = p;
  const centro = mapa.getCenter();
  const escala = barraEscala(metrosPorPixel(centro.lat, mapa.getZoom()), 120);
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 4, y - 18, escala.px + 60, 26);
  ctx.fillStyle = TEXTO;
  ctx.fillRect(x, y, escala.px, 3);
  ctx.fillRect(x, y - 6, 2, 9);
  ctx.fillRect(x + escala.px - 2, y - 6, 2, 9);
  ctx.font = FUENTE;
  ctx.fillText(escala.etiqueta, x + escala.px + 6, y + 4);
}

/** Compone la imagen en un lienzo aparte y la descarga como PNG. */
export async function exportarPng(
  mapa: MapaMaplibre,
  datos: {
    titulo: string;
    leyenda: readonly { color: string; texto: string }[];
    fuentes: readonly string[];
    archivo: string;
  },
): Promise<void> {
  const origen = mapa.getCanvas();
  const d = disenoPng({
    mapaW: origen.clientWidth,
    mapaH: origen.clientHeight,
    leyenda: datos.leyenda,
    fuentes: datos.fuentes,
  });
  const lienzo = document.createElement('canvas');
  lienzo.width = d.ancho;
  lienzo.height = d.alto;
  const ctx = lienzo.getContext('2d');
  if (!ctx) throw new Error('sin contexto 2D');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, d.ancho, d.alto);
  ctx.fillStyle = TEXTO;
  ctx.font = 'bold 16px system-ui, sans-serif';
  ctx.fillText(datos.titulo, d.titulo.x, d.titulo.y);
  ctx.drawImage(origen, d.mapa.x, d.mapa.y, d.mapa.w, d.mapa.h);
  ctx.strokeStyle = '#9aa5b1';
  ctx.strokeRect(d.mapa.x, d.mapa.y, d.mapa.w, d.mapa.h);
  dibujarEscala(ctx, mapa, d.escala);
  dibujarNorte(ctx, d.norte.x, d.norte.y);
  ctx.font = FUENTE;
  for (const e of d.leyenda) {
    ctx.fillStyle = e.color;
    ctx.fillRect(e.x, e.y, 14, 14);
    ctx.strokeRect(e.x, e.y, 14, 14);
    ctx.fillStyle = TEXTO;
    ctx.fillText(e.texto, e.x + 20, e.y + 12);
  }
  ctx.font = '12px system-ui, sans-serif';
  for (const f of d.fuentes) ctx.fillText(f.texto, f.x, f.y + 12);
  const blob = await new Promise<Blob | null>((r) => lienzo.toBlob(r, 'image/png'));
  if (!blob) throw new Error(t('carto.exportarError'));
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = datos.archivo;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
