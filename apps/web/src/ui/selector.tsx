import type { ClaveTexto } from '../i18n/es-CO';
import { t } from '../i18n/es-CO';

/** A labelled <select> whose option labels come from the catalogue (`prefijo.valor`). */
export function Selector(props: {
  id: string;
  etiqueta: string;
  valor: string;
  opciones: readonly string[];
  prefijo?: string;
  etiquetas?: Record<string, string>;
  alCambiar: (v: string) => void;
  deshabilitado?: boolean;
  /** Keeps the label for screen readers only (inside a table row that already names the item). */
  ocultarEtiqueta?: boolean;
}) {
  const etiqueta = (o: string) =>
    props.etiquetas?.[o] ?? (props.prefijo ? t(`${props.prefijo}.${o}` as ClaveTexto) : o);
  return (
    <div class="campo">
      <label for={props.id} class={props.ocultarEtiqueta ? 'visualmente-oculto' : undefined}>
        {props.etiqueta}
      </label>
      <select
        id={props.id}
        value={props.valor}
        disabled={props.deshabilitado}
        onChange={(e) => props.alCambiar(e.currentTarget.value)}
      >
        {props.opciones.map((o) => (
          <option key={o} value={o}>
            {etiqueta(o)}
          </option>
        ))}
      </select>
    </div>
  );
}
