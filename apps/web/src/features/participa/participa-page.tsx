import './participa.css';

import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { obtenerDocumentos, obtenerParticipacion } from './api';
import { FormularioAporte } from './formulario';
import { SeccionCalendario, SeccionDocumentos, SeccionMatriz } from './secciones';

/**
 * Portal público de participación (/publico/:codigo/participa), sin ingresar: documentos en
 * discusión, calendario, matriz de respuestas y el formulario del aporte. Cada parte se carga por
 * su lado: si una falla (o su servicio aún no existe), las demás se muestran igual.
 */
export function ParticipaPage({ codigo }: { codigo: string }) {
  const participacion = useRecurso((s) => obtenerParticipacion(codigo, s), [codigo]);
  const documentos = useRecurso((s) => obtenerDocumentos(codigo, s), [codigo]).recurso;
  const p = participacion.recurso;
  const nombre = p.estado === 'ok' ? p.datos.municipio.nombre : null;
  useTitulo(nombre ? t('participa.titulo', { nombre }) : t('participa.tituloCorto'));

  return (
    <div class="participa">
      <h1>{nombre ? t('participa.titulo', { nombre }) : t('participa.tituloCorto')}</h1>
      {p.estado === 'ok' ? (
        <p class="entradilla">
          {p.datos.municipio.departamento}.{' '}
          <Enlace href={`/publico/${encodeURIComponent(codigo)}/estado-pot`}>
            {t('municipio.estadoTitulo')}
          </Enlace>
        </p>
      ) : null}
      <p>{t('participa.intro')}</p>
      <SeccionDocumentos recurso={documentos} />
      {p.estado === 'cargando' ? <Cargando /> : null}
      {p.estado === 'error' && p.codigoHttp === 404 ? (
        <Alerta tipo="info" titulo={t('participa.noEncontrado')} />
      ) : null}
      {p.estado === 'error' && p.codigoHttp !== 404 ? (
        <ErrorCarga error={p.error} recargar={participacion.recargar} />
      ) : null}
      {p.estado === 'ok' ? (
        <>
          <SeccionCalendario eventos={p.datos.eventos} />
          <SeccionMatriz columnas={p.datos.columnas} matriz={p.datos.matriz} />
        </>
      ) : null}
      <section aria-labelledby="titulo-formulario" class="participa-aporte">
        <h2 id="titulo-formulario">{t('participa.formulario')}</h2>
        <p>{t('participa.formularioIntro')}</p>
        <FormularioAporte
          codigo={codigo}
          documentos={documentos.estado === 'ok' ? documentos.datos : []}
        />
      </section>
    </div>
  );
}
