import type { ComponentChildren } from 'preact';

import { construirUrl } from '../../app/model';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { EnlaceBoton } from '../../ui/button';
import { Cargando } from '../../ui/estado-carga';
import { useTitulo } from '../../ui/use-titulo';
import { useSesion } from './session-context';

function SinSesion() {
  useTitulo(t('sesion.requerida'));
  const volver = window.location.pathname + window.location.search;
  return (
    <>
      <h1>{t('sesion.requerida')}</h1>
      <Alerta tipo="info" titulo={t('sesion.requerida')}>
        <p>
          <EnlaceBoton href={construirUrl('/ingresar', { volver })}>
            {t('sesion.irIngresar')}
          </EnlaceBoton>
        </p>
      </Alerta>
    </>
  );
}

/** Muestra el contenido solo con sesión; si no, invita a ingresar y volver aquí. */
export function RequiereSesion({ children }: { children: ComponentChildren }) {
  const { cargando, sesion } = useSesion();
  if (cargando) return <Cargando />;
  if (!sesion) return <SinSesion />;
  return <>{children}</>;
}
