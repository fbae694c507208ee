import { pedir } from '../../app/http';
import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { agruparAvisos, type Aviso } from './model';

function Lista({ avisos }: { avisos: readonly Aviso[] }) {
  return (
    <ul class="lista-avisos">
      {avisos.map((a) => (
        <li key={`${a.municipio.codigo}-${a.titulo}-${a.venceEl}`}>
          <Enlace href={a.enlace}>{a.titulo}</Enlace>{' '}
          <span class="nota">
            {a.municipio.nombre} · {t('avisos.vence', { fecha: fechaLarga(a.venceEl) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** /avisos — the daily digest in the app: what is overdue and what falls due in 30 days. */
export function AvisosPage() {
  useTitulo(t('avisos.titulo'));
  const { recurso, recargar } = useRecurso(
    (senal) => pedir<{ avisos: Aviso[] }>('/api/v1/avisos', { senal }),
    [],
  );
  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') return <ErrorCarga error={recurso.error} recargar={recargar} />;
  const { vencidos, proximos } = agruparAvisos(recurso.datos.avisos);
  return (
    <>
      <h1>{t('avisos.titulo')}</h1>
      <p>{t('avisos.intro')}</p>
      <section aria-labelledby="titulo-vencidos-avisos">
        <h2 id="titulo-vencidos-avisos">{t('avisos.vencidos', { n: vencidos.length })}</h2>
        {vencidos.length === 0 ? <p>{t('avisos.sinVencidos')}</p> : <Lista avisos={vencidos} />}
      </section>
      <section aria-labelledby="titulo-proximos-avisos">
        <h2 id="titulo-proximos-avisos">{t('avisos.proximos', { n: proximos.length })}</h2>
        {proximos.length === 0 ? <p>{t('avisos.sinProximos')}</p> : <Lista avisos={proximos} />}
      </section>
    </>
  );
}
