import { useEffect, useRef } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { type Capa, obtenerEntidad } from './api';
import { formatearHa, textoValor as valorTexto } from './model';

/** Panel «identificar»: todos los atributos y el área de la entidad elegida en el mapa. */
export function Identificar(props: {
  /** Id del título (hay un panel en el visor y otro en la tabla). */
  id: string;
  codigo: string;
  capa: Capa;
  entidadId: number;
  alCerrar: () => void;
}) {
  const { recurso } = useRecurso(
    () => obtenerEntidad(props.codigo, props.capa.id, props.entidadId),
    [props.capa.id, props.entidadId],
  );
  const titulo = useRef<HTMLHeadingElement>(null);
  useEffect(() => titulo.current?.focus(), [props.capa.id, props.entidadId]);
  return (
    <section class="tarjeta carto-identificar" aria-labelledby={props.id}>
      <h3 id={props.id} ref={titulo} tabIndex={-1}>
        {t('carto.identificado', { capa: props.capa.nombre, id: props.entidadId })}
      </h3>
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} /> : null}
      {recurso.estado === 'ok' ? (
        <dl class="carto-meta">
          <div>
            <dt>{t('carto.colCategoria')}</dt>
            <dd>
              {recurso.datos.categoriaEtiqueta ?? valorTexto(recurso.datos.properties.categoria)}
            </dd>
          </div>
          <div>
            <dt>{t('carto.colArea')}</dt>
            <dd>{formatearHa(recurso.datos.areaHa)}</dd>
          </div>
          {Object.entries(recurso.datos.properties)
            .filter(([k]) => k !== '_id' && k !== 'categoria')
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{valorTexto(v)}</dd>
              </div>
            ))}
        </dl>
      ) : null}
      <p class="carto-no-imprimir">
        <Boton variante="secundario" onClick={props.alCerrar}>
          {t('carto.cerrar')}
        </Boton>
      </p>
    </section>
  );
}
