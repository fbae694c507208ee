import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { Selector } from '../../ui/selector';
import { useRecurso } from '../../ui/use-recurso';
import {
  buscarMunicipios,
  crearCuentaMunicipal,
  type CuentaCreada,
  type MunicipioAdmin,
} from './api';
import { Buscador, CuentaLista, Paginador, Seccion } from './comun';

function PrimeraCuenta({ municipio, alCrear }: { municipio: MunicipioAdmin; alCrear: () => void }) {
  const [nombre, setNombre] = useState('');
  const [email, setEmail] = useState('');
  const [rol, setRol] = useState('planeacion');
  const [error, setError] = useState<string | null>(null);
  const [creada, setCreada] = useState<CuentaCreada | null>(null);
  const enviar = async (e: Event) => {
    e.preventDefault();
    const r = await crearCuentaMunicipal(municipio.codigo, { email, nombre, rol });
    if (!r.ok) return setError(r.error.mensaje);
    setError(null);
    setCreada(r.datos);
    alCrear();
  };
  return (
    <div class="tarjeta">
      <h3>{t('admin.primeraCuenta', { municipio: municipio.nombre })}</h3>
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <Campo
          id="cuenta-nombre"
          etiqueta={t('admin.nombre')}
          valor={nombre}
          alCambiar={setNombre}
        />
        <Campo
          id="cuenta-correo"
          etiqueta={t('admin.correo')}
          tipo="email"
          valor={email}
          alCambiar={setEmail}
        />
        <Selector
          id="cuenta-rol"
          etiqueta={t('admin.rol')}
          valor={rol}
          opciones={['planeacion', 'alcaldia']}
          etiquetas={{ planeacion: 'Oficina de planeación', alcaldia: 'Alcaldía' }}
          alCambiar={setRol}
        />
        {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
        <Boton type="submit">{t('admin.crear')}</Boton>
      </form>
      {creada ? <CuentaLista creada={creada} /> : null}
    </div>
  );
}

export function SeccionMunicipios() {
  const [consulta, setConsulta] = useState({ q: '', pagina: 1 });
  const [elegido, setElegido] = useState<MunicipioAdmin | null>(null);
  const { recurso, recargar } = useRecurso(
    (s) => buscarMunicipios(consulta.q, consulta.pagina, s),
    [consulta.q, consulta.pagina],
  );
  return (
    <Seccion id="titulo-admin-municipios" titulo={t('admin.municipios')}>
      <Buscador
        id="buscar-municipio"
        etiqueta={t('admin.buscarMunicipio')}
        alBuscar={(q) => setConsulta({ q, pagina: 1 })}
      />
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
              <caption class="visualmente-oculto">{t('admin.municipios')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.colMunicipio')}</th>
                  <th scope="col">{t('admin.colDepartamento')}</th>
                  <th scope="col">{t('admin.colGestores')}</th>
                  <th scope="col">{t('admin.colMiembros')}</th>
                  <th scope="col">{t('admin.colAutoridad')}</th>
                  <th scope="col">{t('equipo.colAcciones')}</th>
                </tr>
              </thead>
              <tbody>
                {recurso.datos.municipios.map((m) => (
                  <tr key={m.codigo}>
                    <th scope="row">
                      {m.nombre} <span class="nota">{m.codigo}</span>
                    </th>
                    <td>{m.departamento}</td>
                    <td>{m.gestores}</td>
                    <td>{m.miembros}</td>
                    <td>{m.autoridad ?? '—'}</td>
                    <td>
                      <Boton variante="secundario" onClick={() => setElegido(m)}>
                        {t('admin.crearCuentaEn', { municipio: m.nombre })}
                      </Boton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {elegido ? (
        <PrimeraCuenta key={elegido.codigo} municipio={elegido} alCrear={recargar} />
      ) : null}
    </Seccion>
  );
}
