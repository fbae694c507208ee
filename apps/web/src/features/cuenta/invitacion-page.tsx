import { useState } from 'preact/hooks';

import { navegar } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { iniciarSesion } from '../sesion/api';
import { useSesion } from '../sesion/session-context';
import { aceptarInvitacion, consultarInvitacion, type OfertaInvitacion } from './api';
import { problemaContrasena } from './model';

/** `<código>.<token>` from the fragment, which browsers never send to a server or a log. */
const enlaceDeLaDireccion = () =>
  typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.replace(/^#/, ''));

function FormularioAceptar({ enlace, oferta }: { enlace: string; oferta: OfertaInvitacion }) {
  const { establecer } = useSesion();
  const [nombre, setNombre] = useState('');
  const [contrasena, setContrasena] = useState('');
  const [repetida, setRepetida] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [ocupado, setOcupado] = useState(false);
  const nueva = !oferta.cuentaExistente;
  const enviar = async (e: Event) => {
    e.preventDefault();
    if (nueva) {
      const problema = problemaContrasena(contrasena, repetida);
      if (problema) return setError(t(problema));
    }
    setOcupado(true);
    const r = await aceptarInvitacion(enlace, contrasena, nueva ? nombre : undefined);
    if (!r.ok) {
      setOcupado(false);
      return setError(r.error.mensaje);
    }
    // Accepted: the same password opens the session, and the person lands in the municipality.
    const sesion = await iniciarSesion(oferta.email, contrasena);
    setOcupado(false);
    if (!sesion.ok) return navegar('/ingresar');
    establecer(sesion.datos);
    navegar(`/m/${encodeURIComponent(oferta.municipio.codigo)}`);
  };
  return (
    <form onSubmit={(e) => void enviar(e)} noValidate>
      <p>{nueva ? t('invitacion.cuentaNueva') : t('invitacion.cuentaExistente')}</p>
      {nueva ? (
        <Campo
          id="invitacion-nombre"
          etiqueta={t('registroCiudadano.nombre')}
          autocompletar="name"
          valor={nombre}
          alCambiar={setNombre}
          requerido
        />
      ) : null}
      <Campo
        id="invitacion-contrasena"
        etiqueta={nueva ? t('cuenta.nuevaContrasena') : t('ingresar.contrasena')}
        ayuda={nueva ? t('cuenta.reglaContrasena') : undefined}
        tipo="password"
        autocompletar={nueva ? 'new-password' : 'current-password'}
        valor={contrasena}
        alCambiar={setContrasena}
        requerido
      />
      {nueva ? (
        <Campo
          id="invitacion-repetir"
          etiqueta={t('cuenta.repetirContrasena')}
          tipo="password"
          autocompletar="new-password"
          valor={repetida}
          alCambiar={setRepetida}
          requerido
        />
      ) : null}
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
        {t('invitacion.aceptar')}
      </Boton>
    </form>
  );
}

/** /cuenta/invitacion#<código>.<token> — an invited person joins a municipality's team. */
export function InvitacionPage() {
  useTitulo(t('invitacion.titulo'));
  const enlace = enlaceDeLaDireccion();
  const { recurso } = useRecurso((s) => consultarInvitacion(enlace, s), [enlace]);
  if (!enlace) return <Alerta tipo="error" titulo={t('invitacion.sinEnlace')} />;
  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') return <ErrorCarga error={recurso.error} />;
  const oferta = recurso.datos;
  return (
    <section class="angosto" aria-labelledby="titulo-invitacion">
      <h1 id="titulo-invitacion">{t('invitacion.titulo')}</h1>
      <p>
        {t('invitacion.resumen', {
          municipio: oferta.municipio.nombre,
          departamento: oferta.municipio.departamento,
          rol: oferta.rolEtiqueta,
          email: oferta.email,
        })}
      </p>
      <p class="nota">
        {t('invitacion.vence', { fecha: fechaLarga(oferta.expiraEn.slice(0, 10)) })}
      </p>
      <FormularioAceptar enlace={enlace} oferta={oferta} />
    </section>
  );
}
