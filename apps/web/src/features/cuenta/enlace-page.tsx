import { useState } from 'preact/hooks';

import { pedir } from '../../app/http';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton, EnlaceBoton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { useTitulo } from '../../ui/use-titulo';
import { problemaContrasena } from './model';

/** The token travels in the address fragment, which browsers never send to a server or a log. */
const tokenDeLaDireccion = () =>
  typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.replace(/^#/, ''));

/** /cuenta/enlace#TOKEN — a new account sets its password with its one-time link. */
export function EnlaceCuentaPage() {
  useTitulo(t('cuenta.enlaceTitulo'));
  const [contrasena, setContrasena] = useState('');
  const [repetida, setRepetida] = useState('');
  const [estado, setEstado] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const [ocupado, setOcupado] = useState(false);
  const token = tokenDeLaDireccion();
  if (!token) return <Alerta tipo="error" titulo={t('cuenta.enlaceSinToken')} />;
  const enviar = async (e: Event) => {
    e.preventDefault();
    const problema = problemaContrasena(contrasena, repetida);
    if (problema) return setEstado({ tipo: 'error', texto: t(problema) });
    setOcupado(true);
    const r = await pedir<{ email: string }>('/api/v1/cuenta/enlace', {
      metodo: 'POST',
      cuerpo: { token, contrasena },
    });
    setOcupado(false);
    setEstado(
      r.ok
        ? { tipo: 'exito', texto: t('cuenta.enlaceListo', { email: r.datos.email }) }
        : { tipo: 'error', texto: r.error.mensaje },
    );
  };
  if (estado?.tipo === 'exito')
    return (
      <Alerta tipo="exito" titulo={estado.texto} anunciar>
        <p>
          <EnlaceBoton href="/ingresar">{t('nav.ingresar')}</EnlaceBoton>
        </p>
      </Alerta>
    );
  return (
    <>
      <h1>{t('cuenta.enlaceTitulo')}</h1>
      <p>{t('cuenta.enlaceIntro')}</p>
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <Campo
          id="nueva-contrasena"
          etiqueta={t('cuenta.nuevaContrasena')}
          ayuda={t('cuenta.reglaContrasena')}
          tipo="password"
          autocompletar="new-password"
          valor={contrasena}
          alCambiar={setContrasena}
        />
        <Campo
          id="repetir-contrasena"
          etiqueta={t('cuenta.repetirContrasena')}
          tipo="password"
          autocompletar="new-password"
          valor={repetida}
          alCambiar={setRepetida}
        />
        {estado ? <Alerta tipo={estado.tipo} titulo={estado.texto} anunciar /> : null}
        <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
          {t('cuenta.definirContrasena')}
        </Boton>
      </form>
    </>
  );
}
