import './participacion.css';

import { useUbicacion } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { useTitulo } from '../../ui/use-titulo';
import { membresiaEn } from '../sesion/model';
import { useSesion } from '../sesion/session-context';
import { urlMatrizCsv, urlPaquete } from './api';
import { pestanaValida } from './model';
import { BarraPestanas, PESTANAS } from './pestanas';

/** /m/:codigo/participacion — the planning office runs participation (issue 13). */
export function ParticipacionPage({ codigo }: { codigo: string }) {
  const { sesion } = useSesion();
  const municipio = membresiaEn(sesion, codigo)?.municipio.nombre ?? codigo;
  useTitulo(t('partOficina.titulo', { municipio }));
  const { busqueda } = useUbicacion();
  const actual = pestanaValida(
    busqueda.get('pestana'),
    PESTANAS.map((p) => p.id),
  );
  const pestana = PESTANAS.find((p) => p.id === actual) ?? PESTANAS[0]!;
  return (
    <div class="part-oficina">
      <h1>{t('partOficina.titulo', { municipio })}</h1>
      <p>{t('partOficina.intro')}</p>
      <p>
        <a href={urlMatrizCsv(codigo)} download>
          {t('partOficina.descargarMatriz')}
        </a>
        {' · '}
        <a href={urlPaquete(codigo)} download>
          {t('partOficina.descargarPaquete')}
        </a>
      </p>
      <BarraPestanas codigo={codigo} actual={actual} />
      <section aria-label={t(pestana.etiqueta)}>{pestana.vista(codigo)}</section>
    </div>
  );
}
