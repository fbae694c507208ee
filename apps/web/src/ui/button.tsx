import type { ComponentChildren, JSX } from 'preact';

import { Enlace } from '../app/router';

type Variante = 'primario' | 'secundario';

type PropsBoton = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'class'> & {
  variante?: Variante;
  ocupado?: boolean;
  children: ComponentChildren;
};

export function Boton({ variante = 'primario', ocupado = false, type, ...resto }: PropsBoton) {
  return (
    <button
      type={type ?? 'button'}
      class={`boton boton-${variante}`}
      aria-busy={ocupado ? 'true' : undefined}
      {...resto}
    />
  );
}

interface PropsEnlaceBoton {
  href: string;
  variante?: Variante;
  children: ComponentChildren;
}

/** Enlace interno con aspecto de botón (para acciones que son navegación). */
export function EnlaceBoton({ href, variante = 'primario', children }: PropsEnlaceBoton) {
  return (
    <Enlace href={href} class={`boton boton-${variante}`}>
      {children}
    </Enlace>
  );
}
