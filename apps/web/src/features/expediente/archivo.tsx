import { useState } from 'preact/hooks';

import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { buscarArchivo, urlArchivo } from './api';
import { FormularioArchivo } from './archivo-form';
import type { EntradaArchivo } from './types';

const ORIGEN: Record<EntradaArchivo['origen'], ClaveTexto> = {
  archivo: 'expediente.origenArchivo',
  acto: 'expediente.origenActo',
  evidencia: 'expediente.origenEvidencia',
};

/** The archivo técnico e histórico with a search box (accents and case are ignored). */
export function SeccionArchivo({
  codigo,
  puedeEditar = false,
}: {
  codigo: string;
  /** The office may add documents with their files. */
  puedeEditar?: boolean;
}) {
  const [texto, setTexto] = useState('');
  const [consulta, setConsulta] = useState('');
  const { recurso, recargar } = useRecurso(
    (senal) => buscarArchivo(codigo, consulta, senal),
    [codigo, consulta],
  );
  return (
    <section aria-labelledby="titulo-archivo">
      <h2 id="titulo-archivo">{t('expediente.archivo')}</h2>
      <p>{t('expediente.archivoIntro')}</p>
      <form
        role="search"
        class="busqueda-archivo"
        onSubmit={(e) => {
          e.preventDefault();
          setConsulta(texto);
        }}
      >
        <label for="archivo-buscar">{t('expediente.buscar')}</label>
        <input
          id="archivo-buscar"
          type="search"
          value={texto}
          onInput={(e) => setTexto(e.currentTarget.value)}
        />
        <Boton type="submit" variante="secundario">
          {t('expediente.buscarBoton')}
        </Boton>
      </form>
      {puedeEditar ? (
        <FormularioArchivo
          codigo={codigo}
          series={recurso.estado === 'ok' ? recurso.datos.entradas : []}
          alGuardar={recargar}
        />
      ) : null}
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {recurso.estado === 'ok' ? (
        <>
          <p role="status">
            {recurso.datos.total === 1
              ? t('expediente.unResultado')
              : t('expediente.resultados', { n: recurso.datos.total })}
          </p>
          {recurso.datos.entradas.length === 0 ? <p>{t('expediente.sinResultados')}</p> : null}
          <ul class="lista-archivo">
            {recurso.datos.entradas.map((e) => (
              <li key={`${e.origen}-${e.id}`}>
                <strong>{e.titulo}</strong> <span class="insignia">{t(ORIGEN[e.origen])}</span>{' '}
                {e.version > 1 ? (
                  <span class="nota">{t('expediente.version', { n: e.version })}</span>
                ) : null}
                <br />
                <span class="nota">
                  {fechaLarga(e.fecha)}
                  {e.descripcion ? ` · ${e.descripcion}` : ''}
                </span>
                {e.origen === 'archivo' && e.archivo ? (
                  <>
                    <br />
                    <a href={urlArchivo(codigo, e.id)} download={e.archivo}>
                      {t('expediente.descargar', { archivo: e.archivo })}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
