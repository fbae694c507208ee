import { Enlace, navegar, useUbicacion } from '../app/router';
import { t } from '../i18n/es-CO';
import { Boton } from './button';

export interface UsuarioEncabezado {
  nombre: string;
  email: string;
  esAdministrador: boolean;
  /** Municipalities where the person holds a role (one entry each). */
  municipios: readonly { codigo: string; nombre: string }[];
}

/** Switches between the person's municipalities, keeping the section they were in. */
function CambioMunicipio({ municipios }: { municipios: UsuarioEncabezado['municipios'] }) {
  const { ruta } = useUbicacion();
  const actual = /^\/m\/(\d{5})/.exec(ruta)?.[1] ?? '';
  const cambiar = (codigo: string) => {
    if (!codigo) return;
    navegar(actual ? ruta.replace(`/m/${actual}`, `/m/${codigo}`) : `/m/${codigo}`);
  };
  return (
    <li class="nav-municipio">
      <label for="cambio-municipio" class="visualmente-oculto">
        {t('nav.cambiarMunicipio')}
      </label>
      <select id="cambio-municipio" value={actual} onChange={(e) => cambiar(e.currentTarget.value)}>
        <option value="">{t('nav.elegirMunicipio')}</option>
        {municipios.map((m) => (
          <option key={m.codigo} value={m.codigo}>
            {m.nombre}
          </option>
        ))}
      </select>
    </li>
  );
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
            {usuario?.esAdministrador ? (
              <li>
                <Enlace href="/admin">{t('nav.consola')}</Enlace>
              </li>
            ) : null}
            {usuario && usuario.municipios.length > 1 ? (
              <CambioMunicipio municipios={usuario.municipios} />
            ) : null}
            {usuario ? (
              <li>
                <Enlace href="/cuenta">{t('nav.cuenta')}</Enlace>
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
