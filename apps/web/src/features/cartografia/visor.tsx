import { useEffect, useRef, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { formatearEntero } from '../../ui/formato/model';
import type { Capa } from './api';
import { Identificar } from './identificar';
import { type EntradaLeyenda, unirBbox } from './model';
import { crearMotor, entidadEn, type Motor } from './motor';

interface Props {
  codigo: string;
  titulo: string;
  capas: readonly Capa[];
  leyendas: ReadonlyMap<string, EntradaLeyenda[]>;
  filtros: Readonly<Record<string, string>>;
}

type Estado = 'cargando' | 'listo' | 'error';
type Conteo = Record<string, { n: number; total: number; truncado: boolean }>;

/** Fuentes de la imagen exportada: entidad, estudio, escala y fecha de cada capa visible. */
function fuentes(capas: readonly Capa[]): string[] {
  return capas.map((c) => {
    const m = c.metadatos;
    const partes = [
      m.entidad,
      m.estudio,
      m.escala ? `1:${formatearEntero(m.escala)}` : null,
      m.fecha,
    ];
    return `${c.nombre}: ${partes.filter(Boolean).join(', ') || t('carto.sinFuente')}`;
  });
}

/** Visor: límite municipal de base y las capas visibles, pedidas por recuadro y zoom. */
export function Visor(props: Props) {
  const contenedor = useRef<HTMLDivElement>(null);
  const motor = useRef<Motor | null>(null);
  const [estado, setEstado] = useState<Estado>('cargando');
  const [conteo, setConteo] = useState<Conteo>({});
  const [elegida, setElegida] = useState<{ capaId: string; id: number } | null>(null);
  const [fallo, setFallo] = useState<string | null>(null);
  const ultimas = useRef(props);
  ultimas.current = props;

  useEffect(() => {
    let cancelado = false;
    const elemento = contenedor.current;
    if (!elemento) return;
    crearMotor(elemento, {
      codigo: props.codigo,
      extension: unirBbox(props.capas.map((c) => c.bbox)),
      alCargar: (id, r) => !cancelado && setConteo((c) => ({ ...c, [id]: r })),
    })
      .then((m) => {
        if (cancelado) return m.quitar();
        motor.current = m;
        m.mapa.on('click', (e) => setElegida(entidadEn(m, e.point)));
        setEstado('listo');
      })
      .catch((error: unknown) => {
        console.error('[cartografía]', error);
        if (!cancelado) setEstado('error');
      });
    return () => {
      cancelado = true;
      motor.current?.quitar();
      motor.current = null;
    };
  }, [props.codigo]);

  useEffect(() => {
    if (estado !== 'listo') return;
    motor.current?.sincronizar(props.capas, { leyendas: props.leyendas, filtros: props.filtros });
  }, [estado, props.capas, props.leyendas, props.filtros]);

  const exportar = async () => {
    const m = motor.current;
    if (!m) return;
    setFallo(null);
    const leyenda = props.capas.flatMap((c) =>
      (props.leyendas.get(c.id) ?? []).map((e) => ({
        color: e.color,
        texto: e.valor === null ? c.nombre : `${c.nombre}: ${e.etiqueta}`,
      })),
    );
    const { exportarPng } = await import('./exportar');
    await exportarPng(m.mapa, {
      titulo: props.titulo,
      leyenda,
      fuentes: fuentes(props.capas),
      archivo: `cartografia-${props.codigo}.png`,
    }).catch(() => setFallo(t('carto.exportarError')));
  };

  const truncadas = props.capas.filter((c) => conteo[c.id]?.truncado);
  const capaElegida = props.capas.find((c) => c.id === elegida?.capaId);
  return (
    <section aria-labelledby="carto-visor" class="carto-visor">
      <h2 id="carto-visor">{t('carto.visor')}</h2>
      <p class="nota carto-no-imprimir">{t('carto.visorAyuda')}</p>
      <div
        ref={contenedor}
        class="carto-mapa"
        data-estado-mapa={estado}
        role="region"
        aria-label={t('carto.mapa')}
        style={{ display: estado === 'error' ? 'none' : 'block' }}
      />
      {estado === 'cargando' ? (
        <p role="status" class="cargando">
          {t('carto.mapaCargando')}
        </p>
      ) : null}
      {estado === 'error' ? <Alerta tipo="advertencia" titulo={t('carto.mapaError')} /> : null}
      <p role="status" class="nota">
        {truncadas.length > 0
          ? t('carto.truncado', { capas: truncadas.map((c) => c.nombre).join(', ') })
          : ''}
      </p>
      {estado === 'listo' ? (
        <p class="acciones carto-no-imprimir">
          <Boton variante="secundario" onClick={() => void exportar()}>
            {t('carto.exportarPng')}
          </Boton>
          <Boton variante="secundario" onClick={() => window.print()}>
            {t('carto.imprimir')}
          </Boton>
        </p>
      ) : null}
      {fallo ? <Alerta tipo="error" titulo={fallo} anunciar /> : null}
      {elegida && capaElegida ? (
        <Identificar
          id="carto-identificar-mapa"
          codigo={props.codigo}
          capa={capaElegida}
          entidadId={elegida.id}
          alCerrar={() => setElegida(null)}
        />
      ) : null}
    </section>
  );
}
