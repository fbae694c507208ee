import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

import type { Resultado } from '../../app/http';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import type { EstadoTras } from './api';

export type AlHacer = (accion: string, r: EstadoTras) => void;

/** Sends an action; a refusal keeps its Spanish message next to the form (nothing is cleared). */
export function useEnvioAccion(accion: string, alHacer: AlHacer) {
  const [ocupado, setOcupado] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const enviar = async (pedido: () => Promise<Resultado<EstadoTras>>) => {
    setOcupado(true);
    setError(null);
    const r = await pedido();
    setOcupado(false);
    if (!r.ok) return setError(r.error.mensaje);
    alHacer(accion, r.datos);
  };
  const aviso = error ? <Alerta tipo="error" titulo={error} anunciar /> : null;
  return { ocupado, enviar, aviso };
}

/** One action's form: a fieldset named by the action, its error, and its submit button. */
export function FormAccion(props: {
  id: string;
  leyenda: string;
  boton: string;
  ocupado: boolean;
  aviso: ComponentChildren;
  alEnviar: () => void;
  children?: ComponentChildren;
}) {
  return (
    <form
      id={`accion-${props.id}`}
      class="part-accion"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.alEnviar();
      }}
    >
      <fieldset>
        <legend>{props.leyenda}</legend>
        {props.children}
        {props.aviso}
        <Boton type="submit" ocupado={props.ocupado} disabled={props.ocupado}>
          {props.boton}
        </Boton>
      </fieldset>
    </form>
  );
}
