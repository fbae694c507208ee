import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { useTitulo } from '../../ui/use-titulo';
import { pedirRestablecer, registrarCiudadano } from './api';
import { ConPolitica, TextoPolitica } from './politica';

/**
 * /cuenta/restablecer and /cuenta/registro: both ask for an e-mail and answer the same whatever
 * the address, so the page never tells whether an account exists.
 */
export function SolicitudPage({ tipo }: { tipo: 'restablecer' | 'registro' }) {
  const registro = tipo === 'registro';
  const titulo = registro ? t('registroCiudadano.titulo') : t('restablecer.titulo');
  useTitulo(titulo);
  const [email, setEmail] = useState('');
  const [nombre, setNombre] = useState('');
  const [resultado, setResultado] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(
    null,
  );
  const [ocupado, setOcupado] = useState(false);
  const [acepta, setAcepta] = useState(false);
  const enviar = async (e: Event, politica?: string) => {
    e.preventDefault();
    if (registro && !acepta) {
      setResultado({ tipo: 'error', texto: t('politica.falta') });
      return;
    }
    setOcupado(true);
    const r = registro
      ? await registrarCiudadano(email, nombre, politica)
      : await pedirRestablecer(email);
    setOcupado(false);
    setResultado(
      r.ok ? { tipo: 'exito', texto: r.datos.mensaje } : { tipo: 'error', texto: r.error.mensaje },
    );
  };
  return (
    <section class="angosto" aria-labelledby="titulo-solicitud">
      <h1 id="titulo-solicitud">{titulo}</h1>
      <p>{registro ? t('registroCiudadano.intro') : t('restablecer.intro')}</p>
      {resultado?.tipo === 'exito' ? (
        <Alerta tipo="exito" titulo={resultado.texto} anunciar />
      ) : registro ? (
        <ConPolitica>
          {(politica) => (
            <form onSubmit={(e) => void enviar(e, politica.version)} noValidate>
              <Campo
                id="solicitud-nombre"
                etiqueta={t('registroCiudadano.nombre')}
                autocompletar="name"
                valor={nombre}
                alCambiar={setNombre}
                requerido
              />
              <Campo
                id="solicitud-correo"
                etiqueta={t('registroCiudadano.correo')}
                ayuda={t('registroCiudadano.ayudaCorreo')}
                tipo="email"
                autocompletar="email"
                valor={email}
                alCambiar={setEmail}
                requerido
              />
              <TextoPolitica politica={politica} />
              <div class="campo campo-casilla">
                <input
                  id="acepta-politica"
                  type="checkbox"
                  checked={acepta}
                  onChange={(e) => {
                    setAcepta(e.currentTarget.checked);
                    setResultado(null);
                  }}
                />
                <label for="acepta-politica">
                  {t('politica.acepto', { version: politica.version })}
                </label>
              </div>
              {resultado ? <Alerta tipo="error" titulo={resultado.texto} anunciar /> : null}
              <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
                {t('registroCiudadano.boton')}
              </Boton>
            </form>
          )}
        </ConPolitica>
      ) : (
        <form onSubmit={(e) => void enviar(e)} noValidate>
          <Campo
            id="solicitud-correo"
            etiqueta={t('registroCiudadano.correo')}
            tipo="email"
            autocompletar="email"
            valor={email}
            alCambiar={setEmail}
            requerido
          />
          {resultado ? <Alerta tipo="error" titulo={resultado.texto} anunciar /> : null}
          <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
            {t('restablecer.boton')}
          </Boton>
        </form>
      )}
    </section>
  );
}
