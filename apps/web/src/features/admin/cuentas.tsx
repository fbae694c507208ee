import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { EnlaceUnaVez } from '../../ui/enlace-una-vez';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import type { Entrega } from '../equipo/api';
import { activarCuenta, buscarCuentas, type CuentaAdmin, enlaceRestablecer } from './api';
import { Buscador, Paginador, Seccion } from './comun';

function Acciones(props: {
  cuenta: CuentaAdmin;
  alCambiar: () => void;
  alEnlace: (e: Entrega) => void;
  alError: (m: string) => void;
}) {
  const { cuenta } = props;
  const cambiar = async () => {
    const r = await activarCuenta(cuenta.id, !cuenta.activo);
    if (!r.ok) return props.alError(r.error.mensaje);
    props.alCambiar();
  };
  const enlace = async () => {
    const r = await enlaceRestablecer(cuenta.id);
    if (!r.ok) return props.alError(r.error.mensaje);
    props.alEnlace(r.datos);
  };
  const etiqueta = cuenta.activo ? t('admin.desactivar') : t('admin.activar');
  return (
    <>
      <Boton
        variante="secundario"
        aria-label={t('admin.accionSobre', { accion: etiqueta, nombre: cuenta.nombre })}
        onClick={() => void cambiar()}
      >
        {etiqueta}
      </Boton>{' '}
      {cuenta.activo ? (
        <Boton
          variante="secundario"
          aria-label={t('admin.accionSobre', {
            accion: t('admin.restablecer'),
            nombre: cuenta.nombre,
          })}
          onClick={() => void enlace()}
        >
          {t('admin.restablecer')}
        </Boton>
      ) : null}
    </>
  );
}

export function SeccionCuentas() {
  const [consulta, setConsulta] = useState({ q: '', pagina: 1 });
  const [error, setError] = useState<string | null>(null);
  const [entrega, setEntrega] = useState<Entrega | null>(null);
  const { recurso, recargar } = useRecurso(
    (s) => buscarCuentas(consulta.q, consulta.pagina, s),
    [consulta.q, consulta.pagina],
  );
  return (
    <Seccion id="titulo-admin-cuentas" titulo={t('admin.cuentas')}>
      <Buscador
        id="buscar-cuenta"
        etiqueta={t('admin.buscarCuenta')}
        alBuscar={(q) => setConsulta({ q, pagina: 1 })}
      />
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      {entrega?.enlace ? (
        <EnlaceUnaVez
          id="enlace-restablecer"
          explicacion={t('admin.enlaceUnaVez')}
          enlace={entrega.enlace}
        />
      ) : null}
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {recurso.estado === 'ok' ? (
        <>
          <Paginador
            pagina={recurso.datos}
            alIr={(pagina) => setConsulta({ ...consulta, pagina })}
          />
          <div class="tabla-envoltura" tabIndex={0}>
            <table>
              <caption class="visualmente-oculto">{t('admin.cuentas')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.colCuenta')}</th>
                  <th scope="col">{t('admin.colRoles')}</th>
                  <th scope="col">{t('admin.colEstado')}</th>
                  <th scope="col">{t('equipo.colAcciones')}</th>
                </tr>
              </thead>
              <tbody>
                {recurso.datos.cuentas.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.nombre}
                      <br />
                      <span class="nota">{c.email}</span>
                    </th>
                    <td>
                      {[
                        ...(c.esAdministrador ? [t('admin.administrador')] : []),
                        ...(c.esCiudadano ? [t('admin.ciudadano')] : []),
                        ...(c.autoridad ? [c.autoridad] : []),
                        ...c.roles,
                      ].join('; ') || '—'}
                    </td>
                    <td>{c.activo ? t('admin.activa') : t('admin.inactiva')}</td>
                    <td>
                      <Acciones
                        cuenta={c}
                        alCambiar={recargar}
                        alEnlace={setEntrega}
                        alError={setError}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Seccion>
  );
}
