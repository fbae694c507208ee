import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { formatearEntero } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { type Capa, obtenerEntidades, type Propiedades } from './api';
import { Identificar } from './identificar';
import { FiltroCategoria } from './lista-capas';
import { filtrarCategoria, paginar, textoValor as texto } from './model';

const POR_PAGINA = 25;
/** Entidades que la tabla trae de una vez (el máximo de la API); la geometría va simplificada. */
const LIMITE_TABLA = 5000;
const COLUMNAS_EXTRA = 3;

/** La alternativa al mapa para teclado y lectores de pantalla: cada capa como tabla paginada. */
export function TablaCapa(props: {
  codigo: string;
  capas: readonly Capa[];
  filtros: Readonly<Record<string, string>>;
  alFiltrar: (id: string, valor: string) => void;
}) {
  const [capaId, setCapaId] = useState(props.capas[0]?.id ?? '');
  const [pagina, setPagina] = useState(1);
  const [detalle, setDetalle] = useState<number | null>(null);
  const capa = props.capas.find((c) => c.id === capaId) ?? props.capas[0];
  const { recurso, recargar } = useRecurso(
    (s) =>
      obtenerEntidades(
        props.codigo,
        { capaId: capa?.id ?? '', bbox: null, zoom: 0, limite: LIMITE_TABLA },
        s,
      ),
    [capa?.id],
  );
  if (!capa) return null;
  const filtro = props.filtros[capa.id] ?? '';
  const etiquetas = new Map(capa.categorias.map((c) => [c.valor, c.etiqueta]));
  const props0 = recurso.estado === 'ok' ? recurso.datos.features.map((f) => f.properties) : [];
  const p = paginar<Propiedades>(filtrarCategoria(props0, filtro), pagina, POR_PAGINA);
  const extra = Object.keys(props0[0] ?? {})
    .filter((k) => k !== '_id' && k !== 'categoria')
    .slice(0, COLUMNAS_EXTRA);
  return (
    <section aria-labelledby="carto-tabla" class="carto-tabla carto-no-imprimir">
      <h2 id="carto-tabla">{t('carto.tabla')}</h2>
      <p class="nota">{t('carto.tablaAyuda')}</p>
      <div class="fila-campo">
        <div class="campo">
          <label for="carto-tabla-capa">{t('carto.tablaCapa')}</label>
          <select
            id="carto-tabla-capa"
            value={capa.id}
            onChange={(e) => {
              setCapaId(e.currentTarget.value);
              setPagina(1);
              setDetalle(null);
            }}
          >
            {props.capas.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nombre}
              </option>
            ))}
          </select>
        </div>
        <FiltroCategoria
          id="carto-tabla-filtro"
          capa={capa}
          valor={filtro}
          alCambiar={(v) => {
            props.alFiltrar(capa.id, v);
            setPagina(1);
          }}
        />
      </div>
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {recurso.estado === 'ok' ? (
        <>
          <p role="status">
            {t('carto.tablaConteo', {
              desde: formatearEntero(p.desde),
              hasta: formatearEntero(p.hasta),
              total: formatearEntero(p.total),
            })}
            {recurso.datos.truncated
              ? ` ${t('carto.tablaTruncada', { n: formatearEntero(recurso.datos.numberMatched) })}`
              : ''}
          </p>
          <div class="tabla-envoltura" tabIndex={0}>
            <table>
              <caption>
                {t('carto.tablaCaption', {
                  nombre: capa.nombre,
                  pagina: p.pagina,
                  paginas: p.paginas,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('carto.colId')}</th>
                  <th scope="col">{t('carto.colCategoria')}</th>
                  {extra.map((k) => (
                    <th key={k} scope="col">
                      {k}
                    </th>
                  ))}
                  <th scope="col">{t('carto.colDetalle')}</th>
                </tr>
              </thead>
              <tbody>
                {p.filas.map((f) => (
                  <tr key={f._id}>
                    <th scope="row">{f._id}</th>
                    <td>{etiquetas.get(f.categoria) ?? texto(f.categoria)}</td>
                    {extra.map((k) => (
                      <td key={k}>{texto(f[k])}</td>
                    ))}
                    <td>
                      <Boton
                        variante="secundario"
                        aria-label={t('carto.verDetalleDe', { id: f._id })}
                        onClick={() => setDetalle(f._id)}
                      >
                        {t('carto.verDetalle')}
                      </Boton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav class="paginador" aria-label={t('carto.paginas')}>
            <Boton
              variante="secundario"
              disabled={p.pagina <= 1}
              onClick={() => setPagina(p.pagina - 1)}
            >
              {t('carto.anterior')}
            </Boton>
            <span>{t('carto.paginaDe', { pagina: p.pagina, paginas: p.paginas })}</span>
            <Boton
              variante="secundario"
              disabled={p.pagina >= p.paginas}
              onClick={() => setPagina(p.pagina + 1)}
            >
              {t('carto.siguiente')}
            </Boton>
          </nav>
        </>
      ) : null}
      {detalle !== null ? (
        <Identificar
          id="carto-identificar-tabla"
          codigo={props.codigo}
          capa={capa}
          entidadId={detalle}
          alCerrar={() => setDetalle(null)}
        />
      ) : null}
    </section>
  );
}
