import { pedir } from '../../app/http';
import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { Seccion } from './comun';

interface Solicitud {
  id: string;
  email: string;
  nombre: string;
  tipoEtiqueta: string;
  detalle: string;
  recibidaEl: string;
  venceEl: string;
  estado: string;
}

/** The queue of data requests (Ley 1581 arts. 14–15), the ones due first on top. */
export function SeccionSolicitudesDatos() {
  const { recurso, recargar } = useRecurso(
    (s) => pedir<Solicitud[]>('/api/v1/admin/solicitudes-datos', { senal: s }),
    [],
  );
  const responder = (id: string) =>
    void pedir<null>(`/api/v1/admin/solicitudes-datos/${id}/respondida`, {
      metodo: 'POST',
      cuerpo: {},
    }).then(recargar);
  return (
    <Seccion id="titulo-admin-datos" titulo={t('admin.solicitudesDatos')}>
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {recurso.estado === 'ok' && recurso.datos.length === 0 ? (
        <p>{t('admin.sinSolicitudes')}</p>
      ) : null}
      {recurso.estado === 'ok' && recurso.datos.length > 0 ? (
        <ul class="lista-compacta">
          {recurso.datos.map((s) => (
            <li key={s.id}>
              <strong>{s.tipoEtiqueta}</strong> — {s.nombre} ({s.email}), {fechaLarga(s.recibidaEl)}
              .{' '}
              {s.estado === 'respondida'
                ? t('datos.respondida')
                : t('datos.venceEl', { fecha: fechaLarga(s.venceEl) })}
              {s.detalle ? <p class="nota">{s.detalle}</p> : null}
              {s.estado === 'respondida' ? null : (
                <Boton variante="secundario" onClick={() => responder(s.id)}>
                  {t('admin.marcarRespondida')}
                </Boton>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </Seccion>
  );
}
