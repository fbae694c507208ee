import { useState } from 'preact/hooks';

import { t } from '../i18n/es-CO';
import { Alerta } from './alert';
import { Boton } from './button';

/**
 * A one-time link for someone else (an invitation, an activation): shown once, in a field that
 * can be selected and copied, since the installation could not mail it.
 */
export function EnlaceUnaVez(props: { id: string; explicacion: string; enlace: string }) {
  const [copiado, setCopiado] = useState(false);
  const copiar = () => {
    void navigator.clipboard?.writeText(props.enlace).then(() => setCopiado(true));
  };
  return (
    <Alerta tipo="info" titulo={props.explicacion} anunciar>
      <label class="visualmente-oculto" for={props.id}>
        {props.explicacion}
      </label>
      <input
        id={props.id}
        class="enlace-una-vez"
        readOnly
        value={props.enlace}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p>
        <Boton variante="secundario" onClick={copiar}>
          {t('equipo.copiar')}
        </Boton>{' '}
        {copiado ? <span role="status">{t('equipo.copiado')}</span> : null}
      </p>
    </Alerta>
  );
}
