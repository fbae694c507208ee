import type { ErrorApi } from '../app/http';
import { t } from '../i18n/es-CO';
import { Alerta } from './alert';
import { Boton } from './button';

export function Cargando() {
  return (
    <p class="cargando" role="status">
      {t('app.cargando')}
    </p>
  );
}

interface PropsError {
  error: ErrorApi;
  recargar?: () => void;
}

export function ErrorCarga({ error, recargar }: PropsError) {
  return (
    <Alerta tipo="error" titulo={error.mensaje} anunciar>
      {recargar ? (
        <p>
          <Boton variante="secundario" onClick={recargar}>
            {t('error.reintentar')}
          </Boton>
        </p>
      ) : null}
    </Alerta>
  );
}
