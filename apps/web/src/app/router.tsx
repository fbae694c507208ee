// Enrutador mínimo sobre la History API (sin dependencias).
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const EVENTO = 'rutapot:navegar';

export interface Ubicacion {
  ruta: string;
  busqueda: URLSearchParams;
}

function leerUbicacion(): Ubicacion {
  return { ruta: window.location.pathname, busqueda: new URLSearchParams(window.location.search) };
}

export function navegar(destino: string, opciones: { reemplazar?: boolean } = {}): void {
  const actual = window.location.pathname + window.location.search;
  if (destino === actual) return;
  if (opciones.reemplazar) window.history.replaceState(null, '', destino);
  else window.history.pushState(null, '', destino);
  window.dispatchEvent(new Event(EVENTO));
}

export function useUbicacion(): Ubicacion {
  const [ubicacion, setUbicacion] = useState(leerUbicacion);
  useEffect(() => {
    const actualizar = () => setUbicacion(leerUbicacion());
    window.addEventListener('popstate', actualizar);
    window.addEventListener(EVENTO, actualizar);
    return () => {
      window.removeEventListener('popstate', actualizar);
      window.removeEventListener(EVENTO, actualizar);
    };
  }, []);
  return ubicacion;
}

type PropsEnlace = JSX.AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  children: ComponentChildren;
};

/** Enlace interno: navega sin recargar, pero respeta Ctrl/⌘-clic y clic medio. */
export function Enlace(props: PropsEnlace) {
  const { href, onClick, ...resto } = props;
  const alHacerClic = (evento: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    if (typeof onClick === 'function') onClick(evento);
    if (evento.defaultPrevented || evento.button !== 0) return;
    if (evento.metaKey || evento.ctrlKey || evento.shiftKey || evento.altKey) return;
    evento.preventDefault();
    navegar(href);
  };
  return <a href={href} onClick={alHacerClic} {...resto} />;
}
