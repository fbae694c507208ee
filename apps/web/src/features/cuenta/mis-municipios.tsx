import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Cargando } from '../../ui/estado-carga';
import { useTitulo } from '../../ui/use-titulo';
import { municipiosDe } from '../sesion/model';
import { useSesion } from '../sesion/session-context';
import type { Sesion } from '../sesion/types';

/** The municipalities where the person holds a role, each with its roles, as links. */
export function MunicipiosDeSesion({ sesion }: { sesion: Sesion }) {
  const municipios = municipiosDe(sesion);
  if (municipios.length === 0) return <p>{t('cuenta.sinMunicipios')}</p>;
  return (
    <ul class="lista-enlaces">
      {municipios.map((m) => (
        <li key={m.codigo}>
          <Enlace href={`/m/${encodeURIComponent(m.codigo)}`}>
            {m.nombre} ({m.departamento})
          </Enlace>{' '}
          — {m.roles.join(', ')}
        </li>
      ))}
    </ul>
  );
}

/** /mis-municipios — where people with several municipalities land after signing in. */
export function MisMunicipiosPage() {
  useTitulo(t('municipios.titulo'));
  const { sesion } = useSesion();
  if (!sesion) return <Cargando />;
  return (
    <section aria-labelledby="titulo-municipios">
      <h1 id="titulo-municipios">{t('municipios.titulo')}</h1>
      <p>{t('municipios.intro')}</p>
      <MunicipiosDeSesion sesion={sesion} />
    </section>
  );
}
