import { useEffect, useRef, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { obtenerEventos } from './api';
import { SeccionEventos } from './eventos';
import type { Mensaje } from './resultado';
import { Resultado } from './resultado';
import type { ContextoRuta, Evento } from './types';

interface Anteriores {
  /** La ventana del proceso a la que siguen estas páginas (total y cursor). */
  base: string;
  eventos: Evento[];
  siguiente: string | null;
}

/**
 * «Trámite y plazos legales» con el historial por páginas: el proceso trae los 50 eventos más
 * recientes y «Ver eventos anteriores» agrega la página siguiente. Si el proceso cambia (se
 * registró un evento), las páginas cargadas se descartan: seguían a la ventana anterior.
 */
export function HistorialEventos({ ctx }: { ctx: ContextoRuta }) {
  const { proceso } = ctx;
  const base = `${proceso.id}|${proceso.eventosTotal}|${proceso.eventosSiguiente ?? ''}`;
  const [cargadas, setCargadas] = useState<Anteriores | null>(null);
  const [cargando, setCargando] = useState(false);
  const [mensaje, setMensaje] = useState<Mensaje | null>(null);
  const control = useRef<AbortController | null>(null);
  const estado = useRef<HTMLParagraphElement>(null);

  useEffect(() => () => control.current?.abort(), []);

  const vigentes = cargadas?.base === base ? cargadas : null;
  const anteriores = vigentes?.eventos ?? [];
  const siguiente = vigentes ? vigentes.siguiente : proceso.eventosSiguiente;
  const eventos = anteriores.length > 0 ? [...proceso.eventos, ...anteriores] : proceso.eventos;
  const total = Math.max(proceso.eventosTotal, eventos.length);

  const verAnteriores = async () => {
    if (!siguiente) return;
    control.current?.abort();
    const actual = new AbortController();
    control.current = actual;
    setCargando(true);
    setMensaje(null);
    const r = await obtenerEventos(
      { codigo: ctx.codigo, procesoId: proceso.id, antesDe: siguiente },
      actual.signal,
    );
    if (actual.signal.aborted) return;
    setCargando(false);
    if (!r.ok) {
      setMensaje({ tipo: 'error', texto: r.error.mensaje });
      return;
    }
    const vistos = new Set(eventos.map((e) => e.id));
    setCargadas({
      base,
      eventos: [...anteriores, ...r.datos.eventos.filter((e) => !vistos.has(e.id))],
      siguiente: r.datos.siguiente,
    });
    // Sin más páginas el botón desaparece: el foco pasa al resumen que lo anuncia.
    if (!r.datos.siguiente) window.setTimeout(() => estado.current?.focus(), 0);
  };

  return (
    <>
      <SeccionEventos
        ctx={{ ...ctx, proceso: { ...proceso, eventos } }}
        pie={
          proceso.eventosTotal > proceso.eventos.length ? (
            <div class="no-imprimir">
              <p ref={estado} tabIndex={-1} role="status">
                {siguiente
                  ? t('ruta.eventos.mostrando', { mostrados: eventos.length, total })
                  : t('ruta.eventos.todos', { total })}
              </p>
              {siguiente ? (
                <button
                  type="button"
                  class="boton boton-secundario"
                  disabled={cargando}
                  aria-busy={cargando ? 'true' : undefined}
                  onClick={() => void verAnteriores()}
                >
                  {cargando
                    ? t('ruta.eventos.cargandoAnteriores')
                    : t('ruta.eventos.verAnteriores')}
                </button>
              ) : null}
              <Resultado mensaje={mensaje} />
            </div>
          ) : null
        }
      />
    </>
  );
}
