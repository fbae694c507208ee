import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import type { Preparacion } from './api';
import type { Dibujo } from './dibujo';
import { type EstadoPlan, type FilaPanorama, LIMITES_COLOMBIA } from './model';

interface Props {
  /** Todas las filas (el estado de cada polígono). */
  filas: readonly FilaPanorama[];
  /** Códigos que pasan los filtros; los demás se atenúan. */
  visibles: ReadonlySet<string>;
  alSeleccionar: (codigo: string) => void;
  /** Límites y módulo de dibujo, pedidos al abrir la página (api.ts, prepararMapa). */
  preparacion: Promise<Preparacion>;
}

type Estado = 'cargando' | 'listo' | 'sin_limites' | 'error';

/** Desplazamiento (px) por debajo del cual soltar el botón cuenta como clic y no como arrastre. */
const ARRASTRE_MINIMO = 4;

const estiloBoton = {
  display: 'block',
  width: '2.2rem',
  height: '2.2rem',
  fontSize: '1.3rem',
  lineHeight: 1,
  margin: '0 0 4px',
  border: '1px solid #9aa5b1',
  borderRadius: '4px',
  background: '#fff',
  color: '#1f2933',
  cursor: 'pointer',
};

/**
 * Mapa nacional de los municipios coloreados por estado del plan, dibujado en un lienzo 2D a partir
 * de la topología (sin MapLibre: ADR 0025). Es un complemento visual: la tabla que sigue tiene la
 * misma información para lectores de pantalla y teclado.
 */
export function MapaPanorama(props: Props) {
  const lienzo = useRef<HTMLCanvasElement>(null);
  const dibujo = useRef<Dibujo | null>(null);
  const [estado, setEstado] = useState<Estado>('cargando');
  const estados = useMemo(
    () => new Map<string, EstadoPlan>(props.filas.map((f) => [f.codigo, f.estadoPlan])),
    [props.filas],
  );
  const estilo = useRef({ estado: estados, visibles: props.visibles });
  estilo.current = { estado: estados, visibles: props.visibles };
  const alSeleccionar = useRef(props.alSeleccionar);
  alSeleccionar.current = props.alSeleccionar;

  useEffect(() => {
    let cancelado = false;
    void props.preparacion.then((p) => {
      if (cancelado) return;
      const elemento = lienzo.current;
      try {
        if (p.estado === 'error') throw p.error;
        if (!elemento) return;
        const creado = p.dibujo.crearDibujo(elemento, p.topologia, LIMITES_COLOMBIA);
        if (!creado) return setEstado('sin_limites');
        creado.dibujar(estilo.current);
        dibujo.current = creado;
        setEstado('listo');
      } catch (error) {
        console.error('[mapa]', error);
        setEstado('error');
      }
    });
    return () => {
      cancelado = true;
      dibujo.current = null;
    };
  }, [props.preparacion]);

  useEffect(() => {
    if (estado === 'listo') dibujo.current?.dibujar(estilo.current);
  }, [props.visibles, estados, estado]);

  useEffect(() => {
    const elemento = lienzo.current;
    const d = dibujo.current;
    if (estado !== 'listo' || !elemento || !d || typeof ResizeObserver === 'undefined') return;
    const observador = new ResizeObserver(() => d.redimensionar());
    observador.observe(elemento);
    return () => observador.disconnect();
  }, [estado]);

  // Arrastrar mueve el mapa; un clic sin arrastre selecciona el municipio bajo el puntero.
  const arrastre = useRef<{ x: number; y: number; movido: number } | null>(null);
  const alPresionar = (e: PointerEvent) => {
    if (e.button !== 0) return;
    arrastre.current = { x: e.clientX, y: e.clientY, movido: 0 };
  };
  const alMover = (e: PointerEvent) => {
    const a = arrastre.current;
    if (!a || !dibujo.current) return;
    const dx = e.clientX - a.x;
    const dy = e.clientY - a.y;
    a.movido += Math.abs(dx) + Math.abs(dy);
    a.x = e.clientX;
    a.y = e.clientY;
    if (a.movido >= ARRASTRE_MINIMO) dibujo.current.mover(dx, dy);
  };
  const alSoltar = (e: PointerEvent) => {
    const a = arrastre.current;
    arrastre.current = null;
    const d = dibujo.current;
    if (!a || !d || a.movido >= ARRASTRE_MINIMO) return;
    const caja = (e.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    const codigo = d.codigoEn(e.clientX - caja.left, e.clientY - caja.top);
    if (codigo) alSeleccionar.current(codigo);
  };
  const alDobleClic = (e: MouseEvent) => {
    const caja = (e.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    dibujo.current?.acercar(2, e.clientX - caja.left, e.clientY - caja.top);
  };

  const oculto = estado === 'sin_limites' || estado === 'error';
  return (
    <div class="panorama-mapa">
      <div
        data-estado-mapa={estado}
        style={{
          position: 'relative',
          height: 'min(70vh, 560px)',
          display: oculto ? 'none' : 'block',
          border: '1px solid #9aa5b1',
          borderRadius: '4px',
          overflow: 'hidden',
          background: '#eaf1f6',
        }}
      >
        <canvas
          ref={lienzo}
          role="img"
          aria-label={t('panorama.mapaDescripcion')}
          onPointerDown={alPresionar}
          onPointerMove={alMover}
          onPointerUp={alSoltar}
          onPointerLeave={() => (arrastre.current = null)}
          onDblClick={alDobleClic}
          style={{ display: 'block', width: '100%', height: '100%', cursor: 'pointer' }}
        />
        {estado === 'listo' ? (
          <div style={{ position: 'absolute', top: '8px', right: '8px' }}>
            <button
              type="button"
              aria-label={t('mapa.acercar')}
              title={t('mapa.acercar')}
              style={estiloBoton}
              onClick={() => dibujo.current?.acercar(2)}
            >
              <span aria-hidden="true">+</span>
            </button>
            <button
              type="button"
              aria-label={t('mapa.alejar')}
              title={t('mapa.alejar')}
              style={estiloBoton}
              onClick={() => dibujo.current?.acercar(0.5)}
            >
              <span aria-hidden="true">−</span>
            </button>
          </div>
        ) : null}
      </div>
      {estado === 'cargando' ? (
        <p role="status" class="cargando">
          {t('panorama.mapaCargando')}
        </p>
      ) : null}
      {estado === 'sin_limites' ? <p class="campo-ayuda">{t('panorama.mapaSinLimites')}</p> : null}
      {estado === 'error' ? <p class="campo-ayuda">{t('panorama.mapaError')}</p> : null}
    </div>
  );
}
