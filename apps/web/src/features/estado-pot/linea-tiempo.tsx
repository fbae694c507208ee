import { t } from '../../i18n/es-CO';
import { fechaLarga } from '../../ui/formato/model';
import type { GeometriaLinea } from './model';
import { construirLinea, enPeriodo, LIENZO } from './model';
import type { Periodo, VigenciaContenido } from './types';

interface Props {
  inicio: string;
  contenidos: readonly VigenciaContenido[];
  periodos: readonly Periodo[];
  fecha: string;
  hoy: string;
}

function Svg({ g, marca, fecha }: { g: GeometriaLinea; marca: string; fecha: string }) {
  return (
    <svg
      class="linea-tiempo"
      viewBox={`0 0 ${g.ancho} ${g.alto}`}
      role="img"
      aria-labelledby="linea-titulo linea-desc"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id="linea-titulo">{t('linea.titulo')}</title>
      <desc id="linea-desc">{t('linea.descripcion', { marca, fecha: fechaLarga(fecha) })}</desc>
      <defs>
        <pattern
          id="rayado"
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" class="lt-vencida-fondo" />
          <line x1="0" y1="0" x2="0" y2="8" class="lt-vencida-raya" />
        </pattern>
      </defs>
      <text x="8" y={LIENZO.yPeriodos + LIENZO.altoPeriodos / 2 + 4} class="lt-rotulo">
        {t('linea.periodos')}
      </text>
      {g.periodos.map((p, i) => (
        <g key={p.desde}>
          <rect
            x={p.x}
            y={LIENZO.yPeriodos}
            width={p.ancho}
            height={LIENZO.altoPeriodos}
            class={`lt-periodo ${i % 2 === 0 ? 'lt-par' : 'lt-impar'} ${p.enCurso ? 'lt-en-curso' : ''}`}
          />
          {p.ancho > 64 ? (
            <text
              x={p.x + p.ancho / 2}
              y={LIENZO.yPeriodos + LIENZO.altoPeriodos / 2 + 4}
              class="lt-texto-periodo"
            >
              {p.etiqueta}
            </text>
          ) : null}
        </g>
      ))}
      {g.barras.map((b) => (
        <g key={b.content}>
          <text x="8" y={b.y + LIENZO.altoBarra / 2 + 4} class="lt-rotulo">
            {b.etiqueta} ({b.vencida ? t('linea.vencido') : t('linea.vigente')})
          </text>
          <rect
            x={b.x}
            y={b.y}
            width={b.ancho}
            height={LIENZO.altoBarra}
            class={b.vencida ? 'lt-barra lt-barra-vencida' : 'lt-barra lt-barra-vigente'}
            fill={b.vencida ? 'url(#rayado)' : undefined}
          />
        </g>
      ))}
      <line
        x1={LIENZO.margenIzquierdo}
        x2={g.ancho - LIENZO.margenDerecho}
        y1={g.yEje}
        y2={g.yEje}
        class="lt-eje"
      />
      {g.anios.map((a) => (
        <g key={a.anio}>
          <line x1={a.x} x2={a.x} y1={g.yEje} y2={g.yEje + 6} class="lt-eje" />
          <text x={a.x} y={g.yEje + 20} class="lt-anio">
            {a.anio}
          </text>
        </g>
      ))}
      <line x1={g.marca.x} x2={g.marca.x} y1={LIENZO.yPeriodos - 8} y2={g.yEje} class="lt-marca" />
      <text x={g.marca.x} y={LIENZO.yPeriodos - 12} class="lt-texto-marca">
        {marca}
      </text>
    </svg>
  );
}

function Tablas({ inicio, contenidos, periodos, fecha }: Props) {
  return (
    <>
      <div class="tabla-envoltura" tabIndex={0}>
        <table>
          <caption>{t('linea.tablaContenidos')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('linea.colContenido')}</th>
              <th scope="col">{t('linea.colDesde')}</th>
              <th scope="col">{t('linea.colHasta')}</th>
              <th scope="col">{t('linea.colEstado', { fecha: fechaLarga(fecha) })}</th>
            </tr>
          </thead>
          <tbody>
            {contenidos.map((c) => (
              <tr key={c.content}>
                <th scope="row">{c.label}</th>
                <td>{fechaLarga(inicio)}</td>
                <td>{fechaLarga(c.end)}</td>
                <td>{c.expired ? t('linea.vencido') : t('linea.vigente')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {periodos.length > 0 ? (
        <div class="tabla-envoltura" tabIndex={0}>
          <table>
            <caption>{t('linea.tablaPeriodos')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('linea.colDesde')}</th>
                <th scope="col">{t('linea.colHasta')}</th>
                <th scope="col" class="numero">
                  {t('linea.colAnios')}
                </th>
              </tr>
            </thead>
            <tbody>
              {periodos.map((p) => (
                <tr key={p.start}>
                  <td>
                    {fechaLarga(p.start)}
                    {enPeriodo(p, fecha) ? ` ${t('linea.periodoActual')}` : ''}
                  </td>
                  <td>{fechaLarga(p.end)}</td>
                  <td class="numero">{p.years}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

/** Línea de tiempo accesible: SVG con título y descripción, y tablas con los mismos datos. */
export function LineaTiempo(props: Props) {
  const g = construirLinea(props);
  const marca = props.fecha === props.hoy ? t('linea.hoy') : t('linea.fechaEvaluada');
  return (
    <figure class="figura-linea">
      {g ? <Svg g={g} marca={marca} fecha={props.fecha} /> : null}
      <figcaption class="visualmente-oculto">{t('linea.titulo')}</figcaption>
      <Tablas {...props} />
    </figure>
  );
}
