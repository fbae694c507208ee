import { t } from '../../i18n/es-CO';

/** The id of a field's help paragraph, named by its control's aria-describedby. */
export function idAyuda(id: string, ayuda: string | undefined): string | undefined {
  return ayuda ? `${id}-ayuda` : undefined;
}

/**
 * A field's visible label (with «(opcional)» when it may stay empty) and its help paragraph: the
 * same head for every kind of control.
 */
export function Rotulo(props: {
  id: string;
  etiqueta: string;
  ayuda?: string;
  opcional?: boolean;
}) {
  return (
    <>
      <label for={props.id}>
        {props.etiqueta}
        {props.opcional ? <span class="campo-opcional"> {t('campo.opcional')}</span> : null}
      </label>
      {props.ayuda ? (
        <p id={idAyuda(props.id, props.ayuda)} class="campo-ayuda">
          {props.ayuda}
        </p>
      ) : null}
    </>
  );
}
