import { t } from '../i18n/es-CO';

interface Props {
  id: string;
  etiqueta: string;
  valor: string;
  alCambiar: (valor: string) => void;
  tipo?: 'text' | 'email' | 'password' | 'date' | 'search';
  ayuda?: string;
  requerido?: boolean;
  /** Marca visible "(opcional)" junto a la etiqueta. */
  opcional?: boolean;
  autocompletar?: string;
  invalido?: boolean;
}

/** Campo de formulario con etiqueta visible y ayuda asociada por aria-describedby. */
export function Campo(props: Props) {
  const tipo = props.tipo ?? 'text';
  const ayuda =
    tipo === 'date'
      ? [props.ayuda, t('campo.formatoFecha')].filter(Boolean).join(' ')
      : props.ayuda;
  const idAyuda = ayuda ? `${props.id}-ayuda` : undefined;
  return (
    <div class="campo">
      <label for={props.id}>
        {props.etiqueta}
        {!props.opcional ? null : <span class="campo-opcional"> {t('campo.opcional')}</span>}
      </label>
      {ayuda ? (
        <p id={idAyuda} class="campo-ayuda">
          {ayuda}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.id}
        type={tipo}
        value={props.valor}
        required={props.requerido}
        autocomplete={props.autocompletar}
        aria-describedby={idAyuda}
        aria-invalid={props.invalido ? 'true' : undefined}
        pattern={tipo === 'date' ? '\\d{4}-\\d{2}-\\d{2}' : undefined}
        onInput={(e) => props.alCambiar(e.currentTarget.value)}
      />
    </div>
  );
}
