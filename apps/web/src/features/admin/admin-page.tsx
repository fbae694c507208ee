import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { useTitulo } from '../../ui/use-titulo';
import { useSesion } from '../sesion/session-context';
import { SeccionAsesores } from './asesores';
import { SeccionAutoridades } from './autoridades';
import { SeccionCuentas } from './cuentas';
import { SeccionMunicipios } from './municipios';
import { SeccionSolicitudesDatos } from './solicitudes-datos';

/** /admin — the platform console: first accounts, CARs and their jurisdiction, advisors. */
export function AdminPage() {
  useTitulo(t('admin.titulo'));
  const { sesion } = useSesion();
  if (!sesion?.usuario.esAdministrador)
    return <Alerta tipo="error" titulo={t('error.noEncontrado')} />;
  return (
    <>
      <h1>{t('admin.titulo')}</h1>
      <p>{t('admin.intro')}</p>
      <SeccionMunicipios />
      <SeccionCuentas />
      <SeccionAutoridades />
      <SeccionAsesores />
      <SeccionSolicitudesDatos />
    </>
  );
}
