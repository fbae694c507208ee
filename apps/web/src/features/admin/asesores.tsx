import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { codigosDe, type CuentaCreada, obtenerAsesores, otorgarAsesor, quitarAsesor } from './api';
import { CuentaLista, Seccion } from './comun';

function Otorgar({ alOtorgar }: { alOtorgar: () => void }) {
  const [campos, setCampos] = useState({
    nombre: '',
    email: '',
    municipios: '',
    desde: '',
    hasta: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [creada, setCreada] = useState<CuentaCreada | null>(null);
  const campo = (clave: keyof typeof campos) => (valor: string) =>
    setCampos({ ...campos, [clave]: valor });
  const enviar = async (e: Event) => {
    e.preventDefault();
    const r = await otorgarAsesor({ ...campos, municipios: codigosDe(campos.municipios) });
    if (!r.ok) return setError(r.error.mensaje);
    setError(null);
    setCreada(r.datos);
    alOtorgar();
  };
  return (
    <form class="tarjeta" onSubmit={(e) => void enviar(e)} noValidate>
      <Campo
        id="asesor-nombre"
        etiqueta={t('admin.nombre')}
        valor={campos.nombre}
        alCambiar={campo('nombre')}
      />
      <Campo
        id="asesor-correo"
        etiqueta={t('admin.correo')}
        tipo="email"
        valor={campos.email}
        alCambiar={campo('email')}
      />
      <Campo
        id="asesor-municipios"
        etiqueta={t('admin.municipiosAsesor')}
        valor={campos.municipios}
        alCambiar={campo('municipios')}
      />
      <Campo
        id="asesor-desde"
        etiqueta={t('admin.desde')}
        tipo="date"
        valor={campos.desde}
        alCambiar={campo('desde')}
      />
      <Campo
        id="asesor-hasta"
        etiqueta={t('admin.hasta')}
        tipo="date"
        valor={campos.hasta}
        alCambiar={campo('hasta')}
      />
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <Boton type="submit">{t('admin.otorgar')}</Boton>
      {creada ? <CuentaLista creada={creada} /> : null}
    </form>
  );
}

export function SeccionAsesores() {
  const { recurso, recargar } = useRecurso((s) => obtenerAsesores(s), []);
  const quitar = (usuarioId: string, codigo: string) =>
    void quitarAsesor(usuarioId, codigo).then(recargar);
  return (
    <Seccion id="titulo-admin-asesores" titulo={t('admin.asesores')}>
      <p>{t('admin.asesoresIntro')}</p>
      <Otorgar alOtorgar={recargar} />
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {recurso.estado === 'ok' && recurso.datos.length === 0 ? (
        <p>{t('admin.sinAsesores')}</p>
      ) : null}
      {recurso.estado === 'ok' && recurso.datos.length > 0 ? (
        <div class="tabla-envoltura" tabIndex={0}>
          <table>
            <caption class="visualmente-oculto">{t('admin.asesores')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.colAsesor')}</th>
                <th scope="col">{t('admin.colMunicipio')}</th>
                <th scope="col">{t('admin.colPeriodo')}</th>
                <th scope="col">{t('admin.colOtorgo')}</th>
                <th scope="col">{t('equipo.colAcciones')}</th>
              </tr>
            </thead>
            <tbody>
              {recurso.datos.map((a) => (
                <tr key={`${a.usuarioId}-${a.codigo}`}>
                  <th scope="row">
                    {a.nombre}
                    <br />
                    <span class="nota">{a.email}</span>
                  </th>
                  <td>{a.municipio}</td>
                  <td>
                    {a.desde ? fechaLarga(a.desde) : '—'} – {a.hasta ? fechaLarga(a.hasta) : '—'}
                  </td>
                  <td>{a.otorgadaPor ?? '—'}</td>
                  <td>
                    <Boton
                      variante="secundario"
                      aria-label={t('admin.quitarAcceso', {
                        nombre: a.nombre,
                        municipio: a.municipio,
                      })}
                      onClick={() => quitar(a.usuarioId, a.codigo)}
                    >
                      {t('admin.quitar')}
                    </Boton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Seccion>
  );
}
