import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { formatearEntero } from '../../ui/formato/model';
import type { Invalida, ResultadoImportacion } from './api';
import { formatearHa } from './model';
import { formatearBytes, porcentaje } from './subida-model';
import type { SubidaPendiente } from './subida-reanudable';

const MOSTRAR = 50;
const coord = (v: number) => v.toFixed(6).replace('.', ',');

/** Geometrías no válidas con su ubicación y el botón que confirma repararlas. */
export function Invalidas(props: { invalidas: readonly Invalida[]; alReparar: () => void }) {
  const lista = props.invalidas.slice(0, MOSTRAR);
  return (
    <>
      <p>{t('carto.invalidasIntro', { n: formatearEntero(props.invalidas.length) })}</p>
      <div class="tabla-envoltura" tabIndex={0}>
        <table>
          <caption class="visualmente-oculto">{t('carto.invalidas')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('carto.colElemento')}</th>
              <th scope="col">{t('carto.colMotivo')}</th>
              <th scope="col">{t('carto.colUbicacion')}</th>
            </tr>
          </thead>
          <tbody>
            {lista.map((g, i) => (
              <tr key={`${g.elemento}-${i}`}>
                <th scope="row">{g.elemento}</th>
                <td>{g.motivo}</td>
                <td>
                  {g.ubicacion
                    ? t('carto.lonLat', { lon: coord(g.ubicacion[0]), lat: coord(g.ubicacion[1]) })
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.invalidas.length > MOSTRAR ? (
        <p>{t('carto.invalidasMas', { n: formatearEntero(props.invalidas.length - MOSTRAR) })}</p>
      ) : null}
      <p>
        <Boton onClick={props.alReparar}>{t('carto.reparar')}</Boton>
      </p>
    </>
  );
}

/** Resultado de la importación: entidades, área por categoría y avisos del lector. */
export function ResultadoCapa(props: { resultado: ResultadoImportacion; nombre: string }) {
  const r = props.resultado;
  const categorias = Object.entries(r.areaPorCategoriaHa);
  return (
    <Alerta
      tipo="exito"
      titulo={t('carto.importada', {
        nombre: props.nombre,
        n: formatearEntero(r.entidades),
        ha: formatearHa(r.areaHa),
        crs: r.crsOrigen,
      })}
      anunciar
    >
      {categorias.length > 0 ? (
        <ul>
          {categorias.map(([c, ha]) => (
            <li key={c}>{t('carto.areaCategoria', { categoria: c, ha: formatearHa(ha) })}</li>
          ))}
        </ul>
      ) : null}
      {r.avisos.length > 0 ? (
        <>
          <p>{t('carto.avisos')}</p>
          <ul>
            {r.avisos.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Alerta>
  );
}

/**
 * Avance de la subida en porcentaje y bytes. La barra tiene su etiqueta y su texto para lectores
 * de pantalla; solo los cambios de estado (corte, pausa) se anuncian, no cada porcentaje.
 */
export function ProgresoSubida(props: {
  enviados: number;
  total: number;
  pausada: boolean;
  reintentoMs: number | null;
  alPausar: () => void;
  alContinuar: () => void;
}) {
  const texto = t('carto.subidaBytes', {
    enviados: formatearBytes(props.enviados),
    total: formatearBytes(props.total),
    porcentaje: porcentaje(props.enviados, props.total),
  });
  const aviso = props.pausada
    ? t('carto.subidaPausada')
    : props.reintentoMs !== null
      ? t('carto.subidaCorte', { segundos: Math.round(props.reintentoMs / 1000) })
      : '';
  return (
    <div class="carto-subida">
      <p>
        <label for="carto-progreso">{t('carto.subidaProgreso')}</label>{' '}
        <progress
          id="carto-progreso"
          max={Math.max(props.total, 1)}
          value={props.enviados}
          aria-valuetext={texto}
        />{' '}
        <span data-subida-bytes>{texto}</span>
      </p>
      <p role="status">{aviso}</p>
      <p>
        <Boton variante="secundario" onClick={props.pausada ? props.alContinuar : props.alPausar}>
          {props.pausada ? t('carto.subidaContinuar') : t('carto.subidaPausar')}
        </Boton>
      </p>
    </div>
  );
}

/** Subidas sin terminar guardadas en este navegador: se continúan eligiendo el mismo archivo. */
export function Pendientes(props: { pendientes: readonly SubidaPendiente[] }) {
  return (
    <Alerta tipo="info" titulo={t('carto.subidaPendientes')}>
      <ul>
        {props.pendientes.map((p) => (
          <li key={`${p.nombre}-${p.creada}`}>
            {t('carto.subidaPendiente', { nombre: p.nombre, tamano: formatearBytes(p.tamano) })}
          </li>
        ))}
      </ul>
    </Alerta>
  );
}
