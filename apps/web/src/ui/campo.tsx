import { t } from '../i18n/es-CO';
import { idAyuda, Rotulo } from './formulario/rotulo';

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
  return (
    <div class="campo">
      <Rotulo
        id={props.id}
        etiqueta={props.etiqueta}
        {...(ayuda ? { ayuda } : {})}
        {...(props.opcional ? { opcional: true } : {})}
      />
      <input
        id={props.id}
        name={props.id}
        type={tipo}
        value={props.valor}
        required={props.requerido}
        autocomplete={props.autocompletar}
        aria-describedby={idAyuda(props.id, ayuda)}
        aria-invalid={props.invalido ? 'true' : undefined}
        pattern={tipo === 'date' ? '\\d{4}-\\d{2}-\\d{2}' : undefined}
        onInput={(e) => props.alCambiar(e.currentTarget.value)}
      />
    </div>
  );
}
