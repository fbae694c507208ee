import { t } from '../../i18n/es-CO';

/** A labelled <textarea>; with `minimo`, a live character counter tied to it. */
export function CampoTexto(props: {
  id: string;
  etiqueta: string;
  valor: string;
  alCambiar: (v: string) => void;
  minimo?: number;
  ayuda?: string;
  invalido?: boolean;
}) {
  const idAyuda = `${props.id}-ayuda`;
  const largo = props.valor.trim().length;
  const contador =
    props.minimo === undefined ? null : t('partOficina.contador', { n: largo, min: props.minimo });
  const ayuda = [props.ayuda, contador].filter(Boolean).join(' ');
  return (
    <div class="campo">
      <label for={props.id}>{props.etiqueta}</label>
      {ayuda ? (
        <p id={idAyuda} class="campo-ayuda" aria-live={contador ? 'polite' : undefined}>
          {ayuda}
        </p>
      ) : null}
      <textarea
        id={props.id}
        name={props.id}
        rows={5}
        value={props.valor}
        required
        aria-describedby={ayuda ? idAyuda : undefined}
        aria-invalid={props.invalido ? 'true' : undefined}
        onInput={(e) => props.alCambiar(e.currentTarget.value)}
      />
    </div>
  );
}
