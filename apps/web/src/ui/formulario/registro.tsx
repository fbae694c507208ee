// «Create a record»: a card form with declared fields, one send, its answer, and a reset on
// success. The participation workspace and Estado del POT share it.
import type { ComponentChildren } from 'preact';

import type { Resultado } from '../../app/http';
import { Boton } from '../button';
import { CamposFormulario, type ListaCampos, useCampos, type Valores } from './campos';
import { AvisoEnvio, useEnvio } from './envio';

export interface OpcionesRegistro<D extends Valores<D>, T> {
  /**
   * Sends the values. A string instead of a request is a problem found before sending (a
   * missing field, a bad date): it is shown as the error and nothing is sent.
   */
  enviar: (datos: D) => Promise<Resultado<T>> | string;
  exito: (respuesta: T, datos: D) => string;
  /** After a success, once the form has been emptied. */
  alCrear?: (respuesta: T) => void;
  /**
   * The fields emptied (back to their initial value) after a success; all by default. An edit
   * form keeps them all (`[]`); a form sent several times in a row keeps its choices.
   */
  vaciar?: readonly (keyof D)[];
}

export function useRegistro<D extends Valores<D>, T>(inicial: D, opciones: OpcionesRegistro<D, T>) {
  const { datos, setDatos, campo } = useCampos(inicial);
  const { ocupado, mensaje, enviar, setMensaje } = useEnvio();
  const alEnviar = async (evento: Event) => {
    evento.preventDefault();
    const pedido = opciones.enviar(datos);
    if (typeof pedido === 'string') {
      setMensaje({ tipo: 'error', texto: pedido, problemas: [] });
      return;
    }
    let respuesta: T | undefined;
    const ok = await enviar(
      () => pedido,
      (r) => {
        respuesta = r;
        return opciones.exito(r, datos);
      },
    );
    if (!ok) return;
    const vaciar = opciones.vaciar;
    setDatos((d) =>
      vaciar ? { ...d, ...Object.fromEntries(vaciar.map((k) => [k, inicial[k]])) } : inicial,
    );
    opciones.alCrear?.(respuesta as T);
  };
  return { datos, campo, ocupado, mensaje, setMensaje, alEnviar };
}

export type Registro<D extends Valores<D>> = Pick<
  ReturnType<typeof useRegistro<D, unknown>>,
  'datos' | 'campo' | 'ocupado' | 'mensaje' | 'alEnviar'
>;

/** The card: heading, optional intro, the declared fields, extra controls, answer and button. */
export function FormularioRegistro<D extends Valores<D>>(props: {
  titulo: string;
  nivel?: 2 | 3 | 4;
  /** The heading's id, when a surrounding section is labelled by it. */
  idTitulo?: string;
  intro?: string;
  registro: Registro<D>;
  campos: ListaCampos<Extract<keyof D, string>>;
  boton: string;
  /** Shown on the button while sending, when different. */
  botonOcupado?: string;
  deshabilitado?: boolean;
  /** Browser validation off when the form validates itself (`validar`). */
  sinValidacionNativa?: boolean;
  clase?: string;
  children?: ComponentChildren;
}) {
  const { registro: r } = props;
  const Titulo = `h${props.nivel ?? 3}` as 'h3';
  return (
    <form
      class={props.clase ?? 'tarjeta'}
      noValidate={props.sinValidacionNativa}
      onSubmit={(e) => void r.alEnviar(e)}
    >
      <Titulo id={props.idTitulo}>{props.titulo}</Titulo>
      {props.intro ? <p>{props.intro}</p> : null}
      <CamposFormulario campos={props.campos} datos={r.datos} campo={r.campo} />
      {props.children}
      <AvisoEnvio mensaje={r.mensaje} />
      <Boton type="submit" ocupado={r.ocupado} disabled={r.ocupado || props.deshabilitado}>
        {r.ocupado && props.botonOcupado ? props.botonOcupado : props.boton}
      </Boton>
    </form>
  );
}
