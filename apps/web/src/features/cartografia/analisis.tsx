import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaHoraColombia } from '../../ui/formato/model';
import { Selector } from '../../ui/selector';
import { useRecurso } from '../../ui/use-recurso';
import { ResultadoAnalisis } from './analisis-resultado';
import { type Analisis, analizar, type Capa, obtenerAnalisis, obtenerAnalisisLista } from './api';
import { formatearHa } from './model';

const esAmenaza = (c: Capa) => c.tipo.startsWith('amenaza_');

/** Análisis suelo × amenaza: elegir las capas, ejecutar, ver el resultado y los anteriores. */
export function SeccionAnalisis(props: {
  codigo: string;
  capas: readonly Capa[];
  escribe: boolean;
}) {
  const suelos = props.capas.filter((c) => c.tipo === 'clasificacion_suelo');
  const amenazas = props.capas.filter(esAmenaza);
  const [sueloElegido, setSuelo] = useState('');
  const [amenazaElegida, setAmenaza] = useState('');
  // Layers imported after the page opened join the lists: an empty or stale choice falls back to
  // the first layer shown, so the selects and what is sent always agree.
  const suelo = suelos.some((c) => c.id === sueloElegido) ? sueloElegido : (suelos[0]?.id ?? '');
  const amenaza = amenazas.some((c) => c.id === amenazaElegida)
    ? amenazaElegida
    : (amenazas[0]?.id ?? '');
  const [ocupado, setOcupado] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [resultado, setResultado] = useState<Analisis | null>(null);
  const lista = useRecurso((s) => obtenerAnalisisLista(props.codigo, s), [props.codigo]);
  const nombres = Object.fromEntries(props.capas.map((c) => [c.id, c.nombre]));

  const ejecutar = async (pedido: () => ReturnType<typeof analizar>) => {
    setOcupado(true);
    setError(null);
    const r = await pedido();
    setOcupado(false);
    if (!r.ok) return setError(r.error.mensaje);
    setResultado(r.datos);
    lista.recargar();
  };
  const puede = props.escribe && suelos.length > 0 && amenazas.length > 0;
  return (
    <section aria-labelledby="carto-analisis" class="carto-analisis">
      <h2 id="carto-analisis">{t('carto.analisis')}</h2>
      <p class="carto-no-imprimir">{t('carto.analisisIntro')}</p>
      {props.escribe && !puede ? <p>{t('carto.analisisFaltan')}</p> : null}
      {puede ? (
        <form
          class="carto-no-imprimir"
          onSubmit={(e) => {
            e.preventDefault();
            if (suelo && amenaza) void ejecutar(() => analizar(props.codigo, suelo, amenaza));
          }}
        >
          <div class="fila-campo">
            <Selector
              id="carto-an-suelo"
              etiqueta={t('carto.capaSuelo')}
              valor={suelo}
              opciones={suelos.map((c) => c.id)}
              etiquetas={nombres}
              alCambiar={setSuelo}
            />
            <Selector
              id="carto-an-amenaza"
              etiqueta={t('carto.capaAmenaza')}
              valor={amenaza}
              opciones={amenazas.map((c) => c.id)}
              etiquetas={nombres}
              alCambiar={setAmenaza}
            />
          </div>
          <p>
            <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
              {ocupado ? t('carto.analizando') : t('carto.analizar')}
            </Boton>
          </p>
        </form>
      ) : null}
      {ocupado ? (
        <p role="status" class="cargando">
          {t('carto.analizando')}
        </p>
      ) : null}
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      {resultado ? (
        <ResultadoAnalisis codigo={props.codigo} analisis={resultado} nombres={nombres} />
      ) : null}
      <h3>{t('carto.anteriores')}</h3>
      {lista.recurso.estado === 'cargando' ? <Cargando /> : null}
      {lista.recurso.estado === 'error' ? <ErrorCarga error={lista.recurso.error} /> : null}
      {lista.recurso.estado === 'ok' && lista.recurso.datos.analisis.length === 0 ? (
        <p>{t('carto.sinAnteriores')}</p>
      ) : null}
      {lista.recurso.estado === 'ok' ? (
        <ul class="carto-anteriores">
          {lista.recurso.datos.analisis.map((a) => (
            <li key={a.id}>
              {t('carto.anterior1', {
                fecha: fechaHoraColombia(a.creadoEn),
                suelo: a.sueloNombre ?? '',
                amenaza: a.amenazaNombre ?? '',
                ha: formatearHa(a.condicionAmenazaHa ?? 0),
              })}{' '}
              <Boton
                variante="secundario"
                aria-label={t('carto.verAnalisisDe', { fecha: fechaHoraColombia(a.creadoEn) })}
                onClick={() => void ejecutar(() => obtenerAnalisis(props.codigo, a.id))}
              >
                {t('carto.verAnalisis')}
              </Boton>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
