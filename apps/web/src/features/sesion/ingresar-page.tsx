import { useState } from 'preact/hooks';

import { Enlace, navegar, useUbicacion } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { useTitulo } from '../../ui/use-titulo';
import { iniciarSesion } from './api';
import { destinoTrasIngresar, mensajeIngresoFallido } from './model';
import { useSesion } from './session-context';

export function IngresarPage() {
  useTitulo(t('ingresar.titulo'));
  const { sesion, establecer } = useSesion();
  const { busqueda } = useUbicacion();
  const [email, setEmail] = useState('');
  const [contrasena, setContrasena] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [enviando, setEnviando] = useState(false);

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    if (email.trim() === '' || contrasena === '') {
      setError(t('ingresar.faltan'));
      return;
    }
    setEnviando(true);
    setError(null);
    const r = await iniciarSesion(email.trim(), contrasena);
    setEnviando(false);
    if (!r.ok) {
      setError(mensajeIngresoFallido(r, t('ingresar.demasiadosIntentos')));
      return;
    }
    establecer(r.datos);
    navegar(destinoTrasIngresar(r.datos, busqueda.get('volver')));
  };

  return (
    <section class="angosto" aria-labelledby="titulo-ingresar">
      <h1 id="titulo-ingresar">{t('ingresar.titulo')}</h1>
      <p>{t('ingresar.intro')}</p>
      {sesion ? (
        <Alerta tipo="info" titulo={t('ingresar.yaIngreso', { nombre: sesion.usuario.nombre })} />
      ) : null}
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <Campo
          id="correo"
          etiqueta={t('ingresar.correo')}
          tipo="email"
          valor={email}
          alCambiar={setEmail}
          autocompletar="username"
          requerido
          invalido={error !== null && email.trim() === ''}
        />
        <Campo
          id="contrasena"
          etiqueta={t('ingresar.contrasena')}
          tipo="password"
          valor={contrasena}
          alCambiar={setContrasena}
          autocompletar="current-password"
          requerido
          invalido={error !== null && contrasena === ''}
        />
        <Boton type="submit" ocupado={enviando} disabled={enviando}>
          {enviando ? t('ingresar.enviando') : t('ingresar.boton')}
        </Boton>
      </form>
      <p>
        <Enlace href="/cuenta/restablecer">{t('cuenta.olvido')}</Enlace>
        {' · '}
        <Enlace href="/cuenta/registro">{t('cuenta.registrarse')}</Enlace>
      </p>
      <p class="nota">{t('ingresar.demo')}</p>
    </section>
  );
}
