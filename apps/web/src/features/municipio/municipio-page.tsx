import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { EnlaceBoton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { formatearEntero } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { membresiaEn } from '../sesion/model';
import { useSesion } from '../sesion/session-context';
import type { MunicipioDetalle } from './api';
import { obtenerMunicipio } from './api';
import { formatearCoordenada } from './model';
import { SeccionAuditoria, SeccionMiembros } from './secciones';

function Datos({ m, rol }: { m: MunicipioDetalle; rol: string }) {
  return (
    <section aria-labelledby="titulo-datos">
      <h2 id="titulo-datos">{t('municipio.datos')}</h2>
      <dl class="datos">
        <dt>{t('municipio.codigo')}</dt>
        <dd>{m.codigo}</dd>
        <dt>{t('municipio.departamento')}</dt>
        <dd>
          {m.departamento} ({m.codigoDepartamento})
        </dd>
        <dt>{t('municipio.tipo')}</dt>
        <dd>{m.tipo ?? '—'}</dd>
        <dt>{t('municipio.poblacion')}</dt>
        <dd>
          {m.poblacion === null ? (
            t('municipio.sinPoblacion')
          ) : (
            <>
              {t('municipio.poblacionValor', {
                n: formatearEntero(m.poblacion),
                anio: m.anioPoblacion ?? '',
              })}
              <br />
              <span class="nota">{t('municipio.fuente', { fuente: m.fuentePoblacion ?? '' })}</span>
            </>
          )}
        </dd>
        {m.latitud !== null && m.longitud !== null && (
          <>
            <dt>{t('municipio.ubicacion')}</dt>
            <dd>
              {t('municipio.ubicacionValor', {
                lat: formatearCoordenada(m.latitud),
                lon: formatearCoordenada(m.longitud),
              })}
            </dd>
          </>
        )}
        <dt>{t('municipio.suRol')}</dt>
        <dd>{rol}</dd>
      </dl>
    </section>
  );
}

export function MunicipioPage({ codigo }: { codigo: string }) {
  const { sesion } = useSesion();
  const { recurso, recargar } = useRecurso((s) => obtenerMunicipio(codigo, s), [codigo]);
  useTitulo(recurso.estado === 'ok' ? recurso.datos.nombre : t('municipio.datos'));

  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') {
    if (recurso.codigoHttp === 404 || recurso.codigoHttp === 403) {
      return (
        <>
          <h1>{t('municipio.noEncontrado')}</h1>
          <Alerta tipo="error" titulo={t('municipio.noEncontrado')} />
        </>
      );
    }
    return <ErrorCarga error={recurso.error} recargar={recargar} />;
  }

  const m = recurso.datos;
  const membresia = membresiaEn(sesion, m.codigo);
  // The team page is for the alcaldía and the planning office (and platform administrators).
  const gestiona =
    Boolean(sesion?.usuario.esAdministrador) ||
    (sesion?.membresias ?? []).some(
      (x) => x.municipio.codigo === m.codigo && (x.rol === 'alcaldia' || x.rol === 'planeacion'),
    );
  const rol =
    membresia?.rolEtiqueta ??
    (sesion?.usuario.esAdministrador ? t('municipio.rolAdmin') : t('municipio.sinRol'));
  return (
    <>
      <h1>
        {m.nombre} <span class="subtitulo">({m.departamento})</span>
      </h1>
      <div class="tarjeta tarjeta-destacada">
        <h2>{t('municipio.estadoTitulo')}</h2>
        <p>{t('municipio.estadoTexto')}</p>
        <p>
          <EnlaceBoton href={`/m/${encodeURIComponent(m.codigo)}/estado-pot`}>
            {t('municipio.estadoEnlace', { nombre: m.nombre })}
          </EnlaceBoton>
        </p>
      </div>
      <nav class="tarjeta" aria-label={t('municipio.gestion')}>
        <h2>{t('municipio.gestion')}</h2>
        <ul class="lista-enlaces">
          <li>
            <Enlace href={`/m/${encodeURIComponent(m.codigo)}/tablero`}>
              {t('municipio.enlaceTablero')}
            </Enlace>
          </li>
          <li>
            <Enlace href={`/m/${encodeURIComponent(m.codigo)}/ruta`}>
              {t('municipio.enlaceRuta')}
            </Enlace>
          </li>
          <li>
            <Enlace href={`/m/${encodeURIComponent(m.codigo)}/expediente`}>
              {t('expediente.enlace')}
            </Enlace>
          </li>
          <li>
            <Enlace href={`/m/${encodeURIComponent(m.codigo)}/autodiagnostico`}>
              {t('municipio.enlaceAutodiagnostico')}
            </Enlace>
          </li>
          <li>
            <Enlace href={`/m/${encodeURIComponent(m.codigo)}/preparacion`}>
              {t('municipio.enlacePreparacion')}
            </Enlace>
          </li>
          <li>
            <Enlace href={`/m/${encodeURIComponent(m.codigo)}/cartografia`}>
              {t('carto.enlace')}
            </Enlace>
          </li>
          <li>
            <Enlace href={`/m/${encodeURIComponent(m.codigo)}/participacion`}>
              {t('partOficina.enlace')}
            </Enlace>
          </li>
          {gestiona ? (
            <li>
              <Enlace href={`/m/${encodeURIComponent(m.codigo)}/equipo`}>
                {t('equipo.enlace')}
              </Enlace>
            </li>
          ) : null}
        </ul>
      </nav>
      <Datos m={m} rol={rol} />
      <SeccionMiembros codigo={m.codigo} />
      <SeccionAuditoria codigo={m.codigo} />
    </>
  );
}
