import { t } from '../../i18n/es-CO';
import { ErrorCarga } from '../../ui/estado-carga';
import { fechaHoraColombia } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { obtenerAuditoria, obtenerMiembros } from './api';
import { ocultarSeccion, ordenarAuditoria } from './model';

export function SeccionMiembros({ codigo }: { codigo: string }) {
  const { recurso, recargar } = useRecurso((s) => obtenerMiembros(codigo, s), [codigo]);
  if (recurso.estado === 'cargando') return null;
  if (recurso.estado === 'error') {
    return ocultarSeccion(recurso.codigoHttp) ? null : (
      <ErrorCarga error={recurso.error} recargar={recargar} />
    );
  }
  const { miembros } = recurso.datos;
  return (
    <section aria-labelledby="titulo-miembros">
      <h2 id="titulo-miembros">{t('municipio.miembros')}</h2>
      {miembros.length === 0 ? (
        <p>{t('municipio.sinMiembros')}</p>
      ) : (
        <div class="tabla-envoltura" tabIndex={0}>
          <table>
            <caption class="visualmente-oculto">{t('municipio.miembros')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('municipio.colNombre')}</th>
                <th scope="col">{t('municipio.colCorreo')}</th>
                <th scope="col">{t('municipio.colRol')}</th>
              </tr>
            </thead>
            <tbody>
              {miembros.map((m) => (
                <tr key={m.usuarioId}>
                  <th scope="row">{m.nombre}</th>
                  <td>{m.email}</td>
                  <td>{m.rolEtiqueta}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function SeccionAuditoria({ codigo }: { codigo: string }) {
  const { recurso, recargar } = useRecurso((s) => obtenerAuditoria(codigo, s), [codigo]);
  if (recurso.estado === 'cargando') return null;
  if (recurso.estado === 'error') {
    return ocultarSeccion(recurso.codigoHttp) ? null : (
      <ErrorCarga error={recurso.error} recargar={recargar} />
    );
  }
  const entradas = ordenarAuditoria(recurso.datos.entradas);
  return (
    <section aria-labelledby="titulo-auditoria">
      <h2 id="titulo-auditoria">{t('municipio.auditoria')}</h2>
      <p class="nota">{t('municipio.auditoriaNota')}</p>
      {entradas.length === 0 ? (
        <p>{t('municipio.sinAuditoria')}</p>
      ) : (
        <div class="tabla-envoltura" tabIndex={0}>
          <table>
            <caption class="visualmente-oculto">{t('municipio.auditoria')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('municipio.colFecha')}</th>
                <th scope="col">{t('municipio.colActor')}</th>
                <th scope="col">{t('municipio.colAccion')}</th>
                <th scope="col">{t('municipio.colDetalle')}</th>
              </tr>
            </thead>
            <tbody>
              {entradas.map((e) => (
                <tr key={e.secuencia}>
                  <td>
                    <time dateTime={e.ocurridoEn}>{fechaHoraColombia(e.ocurridoEn)}</time>
                  </td>
                  <td>{e.actor}</td>
                  <td>{e.accionEtiqueta ?? e.accion}</td>
                  <td>{e.resumen ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
