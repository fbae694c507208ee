import { useEffect, useRef, useState } from 'preact/hooks';

import { pedir } from '../../app/http';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { ListaCitas } from '../../ui/citation-list';
import { fechaHoraColombia, formatearEntero } from '../../ui/formato/model';
import { type Analisis, base, urlInforme, type Veredicto } from './api';
import { formatearHa, paginar } from './model';
import { tablaCruzada } from './model-analisis';

const POR_PAGINA = 20;

interface Adjunto {
  version: number;
  itemNombre: string;
}

/** «Adjuntar a La Ruta»: el informe PDF pasa a ser evidencia del estudio básico de amenaza. */
function AdjuntarARuta(props: { codigo: string; id: string }) {
  const [estado, setEstado] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const [enviando, setEnviando] = useState(false);
  const adjuntar = async () => {
    setEnviando(true);
    const r = await pedir<Adjunto>(`${base(props.codigo)}/analisis/${props.id}/adjuntar`, {
      metodo: 'POST',
    });
    setEnviando(false);
    setEstado(
      r.ok
        ? {
            tipo: 'exito',
            texto: t('carto.adjuntado', { item: r.datos.itemNombre, version: r.datos.version }),
          }
        : { tipo: 'error', texto: r.error.mensaje },
    );
  };
  return (
    <>
      <Boton variante="secundario" disabled={enviando} onClick={() => void adjuntar()}>
        {enviando ? t('carto.adjuntando') : t('carto.adjuntar')}
      </Boton>
      {estado ? <Alerta tipo={estado.tipo} titulo={estado.texto} anunciar /> : null}
    </>
  );
}
const escala = (n: number | null) => (n ? `1:${formatearEntero(n)}` : t('carto.sinDato'));

function Escalas({ escalas }: { escalas: readonly Veredicto[] }) {
  if (escalas.length === 0) return <p>{t('carto.escalaSinVeredicto')}</p>;
  return (
    <ul class="carto-escalas">
      {escalas.map((v) => (
        <li key={v.capaId}>
          <p>
            <strong>{v.nombre}</strong>:{' '}
            {t('carto.escalaDeclarada', {
              declarada: escala(v.declarada),
              requerida: escala(v.requerida),
            })}{' '}
            {v.mensaje}
          </p>
          <ListaCitas citas={v.citas} />
        </li>
      ))}
    </ul>
  );
}

function Predios({ a }: { a: Analisis }) {
  const [pagina, setPagina] = useState(1);
  const p = paginar(a.prediosExpuestos, pagina, POR_PAGINA);
  if (a.prediosTotal === 0) return <p>{t('carto.sinPredios')}</p>;
  return (
    <>
      <p>
        {t('carto.prediosConteo', { n: formatearEntero(a.prediosTotal) })}
        {a.prediosTotal > a.prediosExpuestos.length
          ? ` ${t('carto.prediosGuardados', { n: formatearEntero(a.prediosExpuestos.length) })}`
          : ''}
      </p>
      <div class="tabla-envoltura" tabIndex={0}>
        <table>
          <caption>{t('carto.prediosCaption', { pagina: p.pagina, paginas: p.paginas })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('carto.colPredio')}</th>
              <th scope="col">{t('carto.colCategoria')}</th>
              <th scope="col" class="numero">
                {t('carto.colHa')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.filas.map((f, i) => (
              <tr key={`${f.codigo ?? ''}-${f.entidad ?? i}-${f.categoria}`}>
                <th scope="row">{f.codigo ?? t('carto.sinCodigo')}</th>
                <td>{f.categoria}</td>
                <td class="numero">{formatearHa(f.ha)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {p.paginas > 1 ? (
        <nav class="paginador" aria-label={t('carto.paginasPredios')}>
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
      ) : null}
    </>
  );
}

/** Resultado guardado de un análisis: tabla en hectáreas, condiciones, predios, escalas, informe. */
export function ResultadoAnalisis(props: {
  codigo: string;
  analisis: Analisis;
  nombres: Record<string, string>;
}) {
  const a = props.analisis;
  const x = tablaCruzada(a.tabla);
  const titulo = useRef<HTMLHeadingElement>(null);
  useEffect(() => titulo.current?.focus(), [a.id]);
  return (
    <div class="tarjeta carto-resultado">
      <h3 ref={titulo} tabIndex={-1}>
        {t('carto.resultado', {
          suelo: props.nombres[a.suelo] ?? '',
          amenaza: props.nombres[a.amenaza] ?? '',
          fecha: fechaHoraColombia(a.creadoEn),
        })}
      </h3>
      <div class="tabla-envoltura" tabIndex={0}>
        <table>
          <caption>{t('carto.tablaCruzada')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('carto.colClase')}</th>
              {x.columnas.map((c) => (
                <th key={c.valor} scope="col" class="numero">
                  {c.etiqueta}
                </th>
              ))}
              <th scope="col" class="numero">
                {t('carto.colTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {x.filas.map((f) => (
              <tr key={f.clase}>
                <th scope="row">{f.etiqueta}</th>
                {f.celdas.map((v, i) => (
                  <td key={x.columnas[i]?.valor} class="numero">
                    {formatearHa(v)}
                  </td>
                ))}
                <td class="numero">{formatearHa(f.total)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('carto.colTotal')}</th>
              {x.totales.map((v, i) => (
                <td key={x.columnas[i]?.valor} class="numero">
                  {formatearHa(v)}
                </td>
              ))}
              <td class="numero">{formatearHa(x.total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h4>{t('carto.condiciones')}</h4>
      <p>{t('carto.condicionAmenaza', { ha: formatearHa(a.condicionAmenaza.ha) })}</p>
      <p>
        {a.condicionRiesgo
          ? t('carto.condicionRiesgo', { ha: formatearHa(a.condicionRiesgo.ha) })
          : t('carto.condicionRiesgoNo')}
      </p>
      <ListaCitas citas={a.citas} />
      <h4>{t('carto.predios')}</h4>
      <Predios a={a} />
      <h4>{t('carto.escalas')}</h4>
      <Escalas escalas={a.escala} />
      <p class="acciones carto-no-imprimir">
        <a class="boton boton-secundario" href={urlInforme(props.codigo, a.id, 'docx')} download>
          {t('carto.informeDocx')}
        </a>
        <a class="boton boton-secundario" href={urlInforme(props.codigo, a.id, 'pdf')} download>
          {t('carto.informePdf')}
        </a>
      </p>
      <div class="carto-no-imprimir">
        <AdjuntarARuta codigo={props.codigo} id={a.id} />
      </div>
    </div>
  );
}
