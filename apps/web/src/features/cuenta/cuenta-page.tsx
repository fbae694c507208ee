import { useState } from 'preact/hooks';

import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaHoraColombia } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { useSesion } from '../sesion/session-context';
import {
  cambiarContrasena,
  cerrarMiSesion,
  dejarDeSeguir,
  type MiCuenta,
  obtenerCuenta,
} from './api';
import { DatosPersonales } from './datos-personales';
import { MunicipiosDeSesion } from './mis-municipios';
import { problemaContrasena } from './model';

function CambiarContrasena() {
  const [actual, setActual] = useState('');
  const [nueva, setNueva] = useState('');
  const [repetida, setRepetida] = useState('');
  const [estado, setEstado] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const [ocupado, setOcupado] = useState(false);
  const enviar = async (e: Event) => {
    e.preventDefault();
    const problema = problemaContrasena(nueva, repetida);
    if (problema) return setEstado({ tipo: 'error', texto: t(problema) });
    setOcupado(true);
    const r = await cambiarContrasena(actual, nueva);
    setOcupado(false);
    if (!r.ok) return setEstado({ tipo: 'error', texto: r.error.mensaje });
    setActual('');
    setNueva('');
    setRepetida('');
    setEstado({ tipo: 'exito', texto: t('cuenta.contrasenaCambiada') });
  };
  return (
    <section class="tarjeta" aria-labelledby="titulo-contrasena">
      <h2 id="titulo-contrasena">{t('cuenta.cambiarContrasena')}</h2>
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <Campo
          id="contrasena-actual"
          etiqueta={t('cuenta.contrasenaActual')}
          tipo="password"
          autocompletar="current-password"
          valor={actual}
          alCambiar={setActual}
          requerido
        />
        <Campo
          id="contrasena-nueva"
          etiqueta={t('cuenta.nuevaContrasena')}
          ayuda={t('cuenta.reglaContrasena')}
          tipo="password"
          autocompletar="new-password"
          valor={nueva}
          alCambiar={setNueva}
          requerido
        />
        <Campo
          id="contrasena-repetida"
          etiqueta={t('cuenta.repetirContrasena')}
          tipo="password"
          autocompletar="new-password"
          valor={repetida}
          alCambiar={setRepetida}
          requerido
        />
        {estado ? <Alerta tipo={estado.tipo} titulo={estado.texto} anunciar /> : null}
        <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
          {t('cuenta.guardarContrasena')}
        </Boton>
      </form>
    </section>
  );
}

function Sesiones({ cuenta, recargar }: { cuenta: MiCuenta; recargar: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const cerrar = async (id: string) => {
    const r = await cerrarMiSesion(id);
    if (!r.ok) return setError(r.error.mensaje);
    recargar();
  };
  return (
    <section aria-labelledby="titulo-sesiones">
      <h2 id="titulo-sesiones">{t('cuenta.sesiones')}</h2>
      <p>{t('cuenta.sesionesIntro')}</p>
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <div class="tabla-envoltura" tabIndex={0}>
        <table>
          <caption class="visualmente-oculto">{t('cuenta.sesiones')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cuenta.colInicio')}</th>
              <th scope="col">{t('cuenta.colVence')}</th>
              <th scope="col">{t('equipo.colAcciones')}</th>
            </tr>
          </thead>
          <tbody>
            {cuenta.sesiones.map((s) => (
              <tr key={s.id}>
                <th scope="row">{fechaHoraColombia(s.creadaEn)}</th>
                <td>{fechaHoraColombia(s.expiraEn)}</td>
                <td>
                  {s.actual ? (
                    t('cuenta.estaSesion')
                  ) : (
                    <Boton
                      variante="secundario"
                      aria-label={t('cuenta.cerrarSesionDe', {
                        fecha: fechaHoraColombia(s.creadaEn),
                      })}
                      onClick={() => void cerrar(s.id)}
                    >
                      {t('cuenta.cerrarSesion')}
                    </Boton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Siguiendo({ cuenta, recargar }: { cuenta: MiCuenta; recargar: () => void }) {
  return (
    <section aria-labelledby="titulo-siguiendo">
      <h2 id="titulo-siguiendo">{t('cuenta.siguiendo')}</h2>
      {cuenta.siguiendo.length === 0 ? (
        <p>{t('cuenta.sinSeguir')}</p>
      ) : (
        <ul class="lista-enlaces">
          {cuenta.siguiendo.map((m) => (
            <li key={m.codigo}>
              <Enlace href={`/publico/${m.codigo}/estado-pot`}>
                {m.nombre} ({m.departamento})
              </Enlace>{' '}
              <Boton
                variante="secundario"
                onClick={() => void dejarDeSeguir(m.codigo).then(recargar)}
              >
                {t('cuenta.dejarDeSeguir')}
              </Boton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** /cuenta — my password, my open sessions, my municipalities and the ones I follow. */
export function CuentaPage() {
  useTitulo(t('cuenta.titulo'));
  const { sesion } = useSesion();
  const { recurso, recargar } = useRecurso((s) => obtenerCuenta(s), []);
  if (!sesion || recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') return <ErrorCarga error={recurso.error} recargar={recargar} />;
  return (
    <>
      <h1>{t('cuenta.titulo')}</h1>
      <section aria-labelledby="titulo-datos">
        <h2 id="titulo-datos">{t('cuenta.datos')}</h2>
        <p>
          {sesion.usuario.nombre} · {sesion.usuario.email}
        </p>
      </section>
      <section aria-labelledby="titulo-mis-municipios">
        <h2 id="titulo-mis-municipios">{t('cuenta.misMunicipios')}</h2>
        <MunicipiosDeSesion sesion={sesion} />
      </section>
      <CambiarContrasena />
      <Sesiones cuenta={recurso.datos} recargar={recargar} />
      <Siguiendo cuenta={recurso.datos} recargar={recargar} />
      <DatosPersonales />
    </>
  );
}
