import type { GeoJSONSource, Map as MapaMaplibre } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { crearMapa, dibujo } from './mapa-motor';
import {
  agregarVertice,
  construirGeometria,
  type Geometria,
  MINIMO_VERTICES,
  type TipoGeometria,
  type Vertice,
} from './model';

export interface PropsMapaDibujo {
  codigo: string;
  alCambiar: (geometria: Geometria | null) => void;
}

type EstadoMapa = 'cargando' | 'listo' | 'sin_limite' | 'error';

const TIPOS: readonly {
  tipo: TipoGeometria;
  clave: 'participa.punto' | 'participa.linea' | 'participa.poligono';
}[] = [
  { tipo: 'Point', clave: 'participa.punto' },
  { tipo: 'LineString', clave: 'participa.linea' },
  { tipo: 'Polygon', clave: 'participa.poligono' },
];

/** Mapa donde la persona marca un punto, una línea o un polígono, vértice por vértice. */
export function MapaDibujo({ codigo, alCambiar }: PropsMapaDibujo) {
  const contenedor = useRef<HTMLDivElement>(null);
  const mapa = useRef<MapaMaplibre | null>(null);
  const [estado, setEstado] = useState<EstadoMapa>('cargando');
  const [tipo, setTipo] = useState<TipoGeometria>('Point');
  const tipoActual = useRef(tipo);
  tipoActual.current = tipo;
  const [vertices, setVertices] = useState<Vertice[]>([]);
  const agregar = (v: Vertice) => setVertices((vs) => agregarVertice(tipoActual.current, vs, v));

  useEffect(() => {
    let cancelado = false;
    const elemento = contenedor.current;
    if (!elemento) return;
    crearMapa(elemento, codigo, agregar)
      .then(({ mapa: creado, conLimite }) => {
        if (cancelado) return creado.remove();
        mapa.current = creado;
        setEstado(conLimite ? 'listo' : 'sin_limite');
      })
      .catch((error: unknown) => {
        console.error('[mapa]', error);
        if (!cancelado) setEstado('error');
      });
    return () => {
      cancelado = true;
      mapa.current?.remove();
      mapa.current = null;
    };
  }, [codigo]);

  useEffect(() => {
    alCambiar(construirGeometria(tipo, vertices));
    const fuente = mapa.current?.getSource<GeoJSONSource>('dibujo');
    fuente?.setData(dibujo(tipo, vertices));
  }, [tipo, vertices, estado]);

  const cambiarTipo = (nuevo: TipoGeometria) => {
    setTipo(nuevo);
    setVertices([]);
  };
  const marcarCentro = () => {
    const centro = mapa.current?.getCenter();
    if (centro) agregar([centro.lng, centro.lat]);
  };
  const nombreTipo = t(TIPOS.find((x) => x.tipo === tipo)?.clave ?? 'participa.punto');
  const listo = construirGeometria(tipo, vertices) !== null;

  return (
    <div class="participa-mapa">
      <fieldset class="campo">
        <legend>{t('participa.tipoGeometria')}</legend>
        {TIPOS.map((x) => (
          <div class="opcion" key={x.tipo}>
            <input
              id={`geometria-${x.tipo}`}
              type="radio"
              name="tipo-geometria"
              checked={tipo === x.tipo}
              onChange={() => cambiarTipo(x.tipo)}
            />
            <label for={`geometria-${x.tipo}`}>{t(x.clave)}</label>
          </div>
        ))}
      </fieldset>
      <div class="participa-lienzo" data-estado-mapa={estado}>
        <div ref={contenedor} class="participa-lienzo-mapa" />
        <span class="participa-mira" aria-hidden="true" />
      </div>
      {estado === 'cargando' ? (
        <p class="cargando" role="status">
          {t('participa.cargandoMapa')}
        </p>
      ) : null}
      {estado === 'sin_limite' ? <p class="campo-ayuda">{t('participa.mapaSinLimite')}</p> : null}
      {estado === 'error' ? (
        <p class="campo-ayuda participa-error" role="alert">
          {t('participa.mapaError')}
        </p>
      ) : null}
      <div class="acciones">
        <Boton
          variante="secundario"
          onClick={marcarCentro}
          disabled={estado === 'cargando' || estado === 'error'}
        >
          {t('participa.marcarCentro')}
        </Boton>
        <Boton
          variante="secundario"
          onClick={() => setVertices((vs) => vs.slice(0, -1))}
          disabled={vertices.length === 0}
        >
          {t('participa.deshacer')}
        </Boton>
        <Boton
          variante="secundario"
          onClick={() => setVertices([])}
          disabled={vertices.length === 0}
        >
          {t('participa.borrar')}
        </Boton>
      </div>
      <p class="campo-ayuda" role="status">
        {t('participa.vertices', { n: vertices.length })}{' '}
        {listo
          ? t('participa.geometriaLista', { tipo: nombreTipo })
          : tipo === 'Point'
            ? t('participa.faltaPunto')
            : t('participa.faltanPuntos', { n: MINIMO_VERTICES[tipo], tipo: nombreTipo })}
      </p>
    </div>
  );
}
