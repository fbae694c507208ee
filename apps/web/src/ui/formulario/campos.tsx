// Forms declared as data: each field says its key, id, label and kind once; one renderer draws
// them all, so a form is its list of fields plus what it sends (issue 17: the create-a-record
// forms of estado-pot and participation repeated the same controls by hand).
import { useState } from 'preact/hooks';

import { Campo } from '../campo';
import { Selector } from '../selector';
import { AreaTexto } from './controles';

interface Comun<K extends string> {
  clave: K;
  id: string;
  etiqueta: string;
  ayuda?: string;
  requerido?: boolean;
  opcional?: boolean;
  invalido?: boolean;
}

type DefCampo<K extends string> = Comun<K> &
  (
    | { control?: 'campo'; tipo?: 'text' | 'email' | 'date' }
    | { control: 'area' }
    | {
        control: 'selector';
        opciones: readonly string[];
        prefijo?: string;
        etiquetas?: Record<string, string>;
      }
  );

/** A field list may hold `false`/`null` where a field is shown only in some cases. */
export type ListaCampos<K extends string> = readonly (DefCampo<K> | false | null)[];

/** A form's values: every field is text, as the controls give it. */
export type Valores<D> = { [K in keyof D]: string };

/** The values of a form and a setter per field. */
export function useCampos<D extends Valores<D>>(inicial: D) {
  const [datos, setDatos] = useState<D>(inicial);
  const campo = (clave: keyof D) => (valor: string) => setDatos((d) => ({ ...d, [clave]: valor }));
  return { datos, setDatos, campo };
}

function Control<D extends Valores<D>>(props: {
  def: DefCampo<Extract<keyof D, string>>;
  datos: D;
  campo: (clave: keyof D) => (valor: string) => void;
}) {
  const { def } = props;
  const valor = props.datos[def.clave] ?? '';
  const alCambiar = props.campo(def.clave);
  const comunes = {
    id: def.id,
    etiqueta: def.etiqueta,
    valor,
    alCambiar,
    ...(def.ayuda ? { ayuda: def.ayuda } : {}),
  };
  if (def.control === 'selector')
    return (
      <Selector
        {...comunes}
        opciones={def.opciones}
        {...(def.prefijo ? { prefijo: def.prefijo } : {})}
        {...(def.etiquetas ? { etiquetas: def.etiquetas } : {})}
      />
    );
  if (def.control === 'area')
    return (
      <AreaTexto
        {...comunes}
        {...(def.requerido ? { requerido: true } : {})}
        {...(def.opcional ? { opcional: true } : {})}
      />
    );
  return (
    <Campo
      {...comunes}
      {...(def.tipo ? { tipo: def.tipo } : {})}
      {...(def.requerido ? { requerido: true } : {})}
      {...(def.opcional ? { opcional: true } : {})}
      {...(def.invalido ? { invalido: true } : {})}
    />
  );
}

/** Draws a declared field list in order. */
export function CamposFormulario<D extends Valores<D>>(props: {
  campos: ListaCampos<Extract<keyof D, string>>;
  datos: D;
  campo: (clave: keyof D) => (valor: string) => void;
}) {
  return (
    <>
      {props.campos.map((def) =>
        def ? <Control key={def.id} def={def} datos={props.datos} campo={props.campo} /> : null,
      )}
    </>
  );
}
