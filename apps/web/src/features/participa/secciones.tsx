import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { Cargando } from '../../ui/estado-carga';
import { fechaLarga, formatearEntero } from '../../ui/formato/model';
import type { EstadoRecurso } from '../../ui/use-recurso';
import type { ParticipacionPublica } from './api';
import { type DocumentoPublico, paginar } from './model';

/** Documentos en discusión; si el servidor aún no los ofrece, un aviso y el resto de la página. */
export function SeccionDocumentos({ recurso }: { recurso: EstadoRecurso<DocumentoPublico[]> }) {
  return (
    <section aria-labelledby="titulo-documentos">
      <h2 id="titulo-documentos">{t('participa.documentos')}</h2>
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? (
        <p class="nota">{t('participa.documentosNoDisponibles')}</p>
      ) : null}
      {recurso.estado === 'ok' && recurso.datos.length === 0 ? (
        <p class="nota">{t('participa.sinDocumentos')}</p>
      ) : null}
      {recurso.estado === 'ok' && recurso.datos.length > 0 ? (
        <ul class="participa-lista">
          {recurso.datos.map((d) => (
            <li key={d.id}>
              <strong>{d.titulo}</strong>{' '}
              <span class="nota">
                {t('participa.documentoVersion', { version: d.version })}
                {d.fecha
                  ? `, ${t('participa.documentoFecha', { fecha: fechaLarga(d.fecha) })}`
                  : ''}
              </span>{' '}
              <a
                href={d.archivo}
                download
                aria-label={t('participa.descargarDe', { titulo: d.titulo, version: d.version })}
              >
                {t('participa.descargar')}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function SeccionCalendario({ eventos }: { eventos: ParticipacionPublica['eventos'] }) {
  const ordenados = [...eventos].sort((a, b) => a.fecha.localeCompare(b.fecha));
  return (
    <section aria-labelledby="titulo-calendario">
      <h2 id="titulo-calendario">{t('participa.calendario')}</h2>
      {ordenados.length === 0 ? (
        <p class="nota">{t('participa.sinEventos')}</p>
      ) : (
        <ol class="participa-lista">
          {ordenados.map((e, i) => (
            <li key={i}>
              <strong>{fechaLarga(e.fecha)}</strong> — {e.titulo}{' '}
              <span class="nota">({e.tipo})</span>
              <br />
              <span class="nota">
                {e.lugar ? t('participa.eventoLugar', { lugar: e.lugar }) : null}
                {e.lugar && e.asistentes > 0 ? ' · ' : null}
                {e.asistentes > 0
                  ? t('participa.eventoAsistentes', { n: formatearEntero(e.asistentes) })
                  : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Matriz de respuestas seudonimizada, 25 filas por página (paginada en el navegador). */
export function SeccionMatriz({
  columnas,
  matriz,
}: Pick<ParticipacionPublica, 'columnas' | 'matriz'>) {
  const [pagina, setPagina] = useState(0);
  const p = paginar(matriz, pagina);
  return (
    <section aria-labelledby="titulo-matriz">
      <h2 id="titulo-matriz">{t('participa.matriz')}</h2>
      <p>{t('participa.matrizIntro')}</p>
      {matriz.length === 0 ? (
        <p class="nota">{t('participa.matrizVacia')}</p>
      ) : (
        <>
          <div class="tabla-desplazable" tabIndex={0} role="region" aria-labelledby="titulo-matriz">
            <table class="participa-matriz">
              <caption class="visualmente-oculto">
                {t('participa.matrizPagina', {
                  desde: p.desde,
                  hasta: p.hasta,
                  total: matriz.length,
                })}
              </caption>
              <thead>
                <tr>
                  {columnas.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {p.filas.map((fila, i) => (
                  <tr key={`${p.pagina}-${i}`}>
                    {fila.map((celda, j) =>
                      j === 0 ? (
                        <th key={j} scope="row">
                          {celda}
                        </th>
                      ) : (
                        <td key={j}>{celda}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav class="paginador" aria-label={t('participa.matriz')}>
            <Boton
              variante="secundario"
              disabled={p.pagina === 0}
              onClick={() => setPagina(p.pagina - 1)}
            >
              {t('participa.anterior')}
            </Boton>
            <span role="status">
              {t('participa.matrizPagina', {
                desde: p.desde,
                hasta: p.hasta,
                total: matriz.length,
              })}
            </span>
            <Boton
              variante="secundario"
              disabled={p.pagina >= p.paginas - 1}
              onClick={() => setPagina(p.pagina + 1)}
            >
              {t('participa.siguiente')}
            </Boton>
          </nav>
        </>
      )}
    </section>
  );
}
