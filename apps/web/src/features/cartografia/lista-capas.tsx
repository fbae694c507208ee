import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { fechaLarga, formatearEntero } from '../../ui/formato/model';
import { cambiarCapa, type Capa } from './api';
import { type EntradaLeyenda, formatearHa } from './model';

interface Props {
  codigo: string;
  capas: readonly Capa[];
  leyendas: ReadonlyMap<string, EntradaLeyenda[]>;
  ocultas: ReadonlySet<string>;
  alAlternar: (id: string) => void;
  filtros: Readonly<Record<string, string>>;
  alFiltrar: (id: string, valor: string) => void;
  escribe: boolean;
  alCambiar: () => void;
}

/** Filtro por categoría de una capa (el mismo para el mapa y la tabla). */
export function FiltroCategoria(props: {
  id: string;
  capa: Capa;
  valor: string;
  alCambiar: (v: string) => void;
}) {
  if (props.capa.categorias.length < 2) return null;
  return (
    <div class="campo">
      <label for={props.id}>{t('carto.filtro')}</label>
      <select
        id={props.id}
        value={props.valor}
        onChange={(e) => props.alCambiar(e.currentTarget.value)}
      >
        <option value="">{t('carto.filtroTodas')}</option>
        {props.capa.categorias.map((c) => (
          <option key={c.valor ?? '∅'} value={c.valor ?? '∅'}>
            {c.etiqueta}
          </option>
        ))}
      </select>
    </div>
  );
}

function Metadatos({ capa }: { capa: Capa }) {
  const m = capa.metadatos;
  const filas: [string, string | null][] = [
    [t('carto.metaEntidad'), m.entidad],
    [t('carto.metaEstudio'), m.estudio],
    [t('carto.metaEscala'), m.escala ? `1:${formatearEntero(m.escala)}` : null],
    [t('carto.metaFecha'), m.fecha ? fechaLarga(m.fecha) : null],
    [t('carto.metaAutor'), m.autor],
    [t('carto.metaCrs'), `EPSG:${capa.crsOrigen} (${capa.formato})`],
  ];
  return (
    <dl class="carto-meta">
      {filas.map(([dt, dd]) => (
        <div key={dt}>
          <dt>{dt}</dt>
          <dd>{dd ?? t('carto.sinDato')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Capas del municipio: mostrar u ocultar, leyenda con áreas, metadatos y publicación. */
export function ListaCapas(props: Props) {
  const [aviso, setAviso] = useState<{ tipo: 'exito' | 'error'; texto: string } | null>(null);
  const publicar = async (capa: Capa, publica: boolean) => {
    const r = await cambiarCapa(props.codigo, capa.id, { publica });
    if (!r.ok) return setAviso({ tipo: 'error', texto: r.error.mensaje });
    setAviso({
      tipo: 'exito',
      texto: t(publica ? 'carto.publicada' : 'carto.retirada', { nombre: capa.nombre }),
    });
    props.alCambiar();
  };
  if (props.capas.length === 0) return null;
  return (
    <section aria-labelledby="carto-capas" class="carto-capas">
      <h2 id="carto-capas">{t('carto.capas')}</h2>
      {aviso ? <Alerta tipo={aviso.tipo} titulo={aviso.texto} anunciar /> : null}
      <ul class="carto-lista">
        {props.capas.map((capa) => {
          const id = `capa-${capa.id}`;
          return (
            <li key={capa.id} class="tarjeta">
              <h3 id={`${id}-titulo`}>{capa.nombre}</h3>
              <p class="nota">
                {t('carto.resumenCapa', {
                  tipo: capa.tipoEtiqueta,
                  n: formatearEntero(capa.entidades),
                  ha: capa.areaHa === null ? '—' : formatearHa(capa.areaHa),
                })}
              </p>
              <div class="campo-casilla carto-no-imprimir">
                <input
                  id={`${id}-ver`}
                  type="checkbox"
                  checked={!props.ocultas.has(capa.id)}
                  onChange={() => props.alAlternar(capa.id)}
                />
                <label for={`${id}-ver`}>{t('carto.mostrar', { nombre: capa.nombre })}</label>
              </div>
              <ul class="carto-leyenda" aria-label={t('carto.leyendaDe', { nombre: capa.nombre })}>
                {(props.leyendas.get(capa.id) ?? []).map((e, i) => {
                  const cat = capa.categorias[i];
                  return (
                    <li key={e.valor ?? '∅'}>
                      <span class="carto-muestra" style={{ background: e.color }} aria-hidden />
                      {cat && capa.categorias.some((c) => c.valor !== null)
                        ? t('carto.categoriaArea', {
                            etiqueta: e.etiqueta,
                            ha: formatearHa(cat.areaHa),
                            n: formatearEntero(cat.entidades),
                          })
                        : capa.nombre}
                    </li>
                  );
                })}
              </ul>
              <FiltroCategoria
                id={`${id}-filtro`}
                capa={capa}
                valor={props.filtros[capa.id] ?? ''}
                alCambiar={(v) => props.alFiltrar(capa.id, v)}
              />
              <details>
                <summary>{t('carto.metadatos')}</summary>
                <Metadatos capa={capa} />
              </details>
              {props.escribe ? (
                <div class="campo-casilla carto-no-imprimir">
                  <input
                    id={`${id}-publica`}
                    type="checkbox"
                    checked={capa.publica}
                    onChange={(e) => void publicar(capa, e.currentTarget.checked)}
                  />
                  <label for={`${id}-publica`}>{t('carto.publica')}</label>
                </div>
              ) : (
                <p class="nota">{capa.publica ? t('carto.esPublica') : t('carto.noPublica')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
