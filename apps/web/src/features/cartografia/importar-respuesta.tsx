import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { formatearEntero } from '../../ui/formato/model';
import type { Invalida, ResultadoImportacion } from './api';
import { formatearHa } from './model';

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
