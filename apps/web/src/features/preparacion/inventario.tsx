import { t } from '../../i18n/es-CO';
import { ListaCitas } from '../../ui/citation-list';
import { Selector } from '../../ui/selector';
import { crearSolicitud, guardarItem } from './api';
import { DetalleItem } from './detalle-item';
import { conteoResumen, puedeSolicitar } from './model';
import type { Preparacion } from './types';

const ESTADOS = ['tiene', 'desactualizado', 'falta', 'sin_revisar'] as const;

/** Inventory table: each item with its holder, scales, status and «ask the entity». */
export function Inventario(props: {
  p: Preparacion;
  editable: boolean;
  alCambiar: (error?: string) => void;
}) {
  const { p } = props;
  const resultado = (r: { ok: boolean; error?: { mensaje: string } }) =>
    props.alCambiar(r.ok ? undefined : r.error?.mensaje);
  return (
    <section class="tarjeta" aria-labelledby="titulo-inventario">
      <h2 id="titulo-inventario">{t('preparacion.inventario')}</h2>
      <p>{t('preparacion.inventarioIntro')}</p>
      <p>
        <strong>{t('preparacion.resumen', conteoResumen(p))}</strong>
      </p>
      <div class="tabla-desplazable" tabIndex={0}>
        <table class="tabla-inventario">
          <caption class="visualmente-oculto">{t('preparacion.inventario')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('preparacion.col.item')}</th>
              <th scope="col">{t('preparacion.col.entidad')}</th>
              <th scope="col">{t('preparacion.col.escalas')}</th>
              <th scope="col">{t('preparacion.col.estado')}</th>
              <th scope="col">{t('preparacion.col.accion')}</th>
            </tr>
          </thead>
          <tbody>
            {p.items.map((item) => (
              <tr key={item.id} data-item={item.id}>
                <td>
                  <strong>{item.name}</strong>
                  <br />
                  <small>
                    {item.required ? t('preparacion.obligatorio') : t('preparacion.condicional')}
                    {item.condition ? `: ${item.condition}` : ''}
                  </small>
                  <ListaCitas citas={item.citations} />
                </td>
                <td>{item.entidad}</td>
                <td>{item.scales.length > 0 ? item.scales.join('; ') : '—'}</td>
                <td>
                  <Selector
                    id={`estado-${item.id}`}
                    etiqueta={t('preparacion.estadoDe', { item: item.name })}
                    valor={item.estado}
                    opciones={ESTADOS}
                    prefijo="preparacion.estado"
                    deshabilitado={!props.editable}
                    ocultarEtiqueta
                    alCambiar={(estado) =>
                      void guardarItem(p.municipio.codigo, item.id, {
                        estado,
                        version: item.version,
                      }).then(resultado)
                    }
                  />
                  <DetalleItem
                    key={item.version}
                    codigo={p.municipio.codigo}
                    item={item}
                    editable={props.editable}
                    alCambiar={props.alCambiar}
                  />
                </td>
                <td>
                  {props.editable && puedeSolicitar(p, item.id) ? (
                    <button
                      type="button"
                      class="boton boton-secundario"
                      onClick={() =>
                        void crearSolicitud(p.municipio.codigo, item.id).then(resultado)
                      }
                    >
                      {t('preparacion.solicitar')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
