import { Enlace } from '../app/router';
import { t } from '../i18n/es-CO';
import { Boton } from './button';

export interface UsuarioEncabezado {
  nombre: string;
  email: string;
}

interface Props {
  usuario: UsuarioEncabezado | null;
  cargandoSesion: boolean;
  alSalir: () => void;
}

export function Encabezado({ usuario, cargandoSesion, alSalir }: Props) {
  return (
    <header class="encabezado">
      <div class="contenedor encabezado-fila">
        <p class="marca">
          <Enlace href="/" class="marca-enlace">
            {t('app.nombre')}
          </Enlace>
          <span class="marca-lema">{t('app.lema')}</span>
        </p>
        <nav aria-label={t('nav.principal')} class="nav">
          <ul class="nav-lista">
            <li>
              <Enlace href="/">{t('nav.inicio')}</Enlace>
            </li>
            <li>
              <Enlace href="/calculadora">{t('nav.calculadora')}</Enlace>
            </li>
            <li>
              <Enlace href="/panorama">{t('nav.panorama')}</Enlace>
            </li>
            <li>
              <Enlace href="/banco">{t('nav.banco')}</Enlace>
            </li>
            {usuario ? (
              <li>
                <Enlace href="/avisos">{t('nav.avisos')}</Enlace>
              </li>
            ) : null}
            {usuario ? (
              <li>
                <Enlace href="/seguimiento">{t('nav.seguimiento')}</Enlace>
              </li>
            ) : null}
            {usuario ? (
              <li class="nav-sesion">
                <span>{t('nav.sesionDe', { nombre: usuario.nombre })}</span>{' '}
                <Boton variante="secundario" onClick={alSalir}>
                  {t('nav.salir')}
                </Boton>
              </li>
            ) : cargandoSesion ? null : (
              <li>
                <Enlace href="/ingresar">{t('nav.ingresar')}</Enlace>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
