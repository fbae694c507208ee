import { itemActorsOf } from '@ruta-pot/domain';
import { useEffect, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import { useSesion } from '../sesion/session-context';
import { guardarItem } from './api';
import { CeldaResponsable, SugerenciaRol } from './celda-responsable';
import { Conceptos } from './conceptos';
import { Evidencias } from './evidencias';
import type { BorradorItem } from './model';
import {
  borradorDe,
  cambioDeItem,
  etiquetaEstadoItem,
  opcionesEstado,
  puedeCambiarEstado,
} from './model';
import type { Mensaje } from './resultado';
import { Resultado } from './resultado';
import type { ContextoRuta, EstadoItem, Item } from './types';

function CeldaItem({ item }: { item: Item }) {
  return (
    <th scope="row" id={`item-${item.id}`} tabIndex={-1} class="celda-item">
      <span class="item-nombre">{item.nombre}</span>{' '}
      <span class="insignia">
        {item.requerido ? t('ruta.item.obligatorio') : t('ruta.item.opcional')}
      </span>
      {item.condicion ? (
        <p class="nota">{t('ruta.item.condicion', { condicion: item.condicion })}</p>
      ) : null}
      <details class="item-detalle">
        <summary>{t('ruta.item.detalle')}</summary>
        <p>{item.descripcion}</p>
        {item.escalas.length > 0 ? (
          <p>{t('ruta.item.escalas', { escalas: item.escalas.join(', ') })}</p>
        ) : null}
        {item.rolSugerido ? <SugerenciaRol sugerido={item.rolSugerido} /> : null}
        <ListaCitas citas={item.citas} />
      </details>
    </th>
  );
}

interface PropsCeldaEstado {
  item: Item;
  opciones: EstadoItem[] | null;
  borrador: BorradorItem;
  cambiar: (parcial: Partial<BorradorItem>) => void;
}

function CeldaEstado({ item, opciones, borrador, cambiar }: PropsCeldaEstado) {
  if (!opciones) {
    return (
      <td>
        <span class={`estado estado-${item.estado}`}>{etiquetaEstadoItem(item.estado)}</span>
        {item.estado === 'no_aplica' && item.motivoNoAplica ? (
          <p class="nota">{t('ruta.item.motivo', { motivo: item.motivoNoAplica })}</p>
        ) : null}
      </td>
    );
  }
  const id = `${item.id}-estado`;
  return (
    <td>
      <label for={id} class="visualmente-oculto">
        {t('ruta.item.etiquetaEstado', { nombre: item.nombre })}
      </label>
      <select
        id={id}
        value={borrador.estado}
        onChange={(e) => cambiar({ estado: e.currentTarget.value as EstadoItem })}
      >
        {opciones.map((o) => (
          <option key={o} value={o}>
            {etiquetaEstadoItem(o)}
          </option>
        ))}
      </select>
      {borrador.estado === 'no_aplica' ? (
        <div class="campo-compacto">
          <label for={`${item.id}-motivo`}>{t('ruta.item.motivoEtiqueta')}</label>
          <input
            id={`${item.id}-motivo`}
            type="text"
            required
            value={borrador.motivoNoAplica}
            onInput={(e) => cambiar({ motivoNoAplica: e.currentTarget.value })}
          />
        </div>
      ) : null}
    </td>
  );
}

/**
 * Una fila de la lista de verificación: estado, responsable (persona y rol), plazo, evidencias y
 * conceptos.
 */
export function FilaItem({ ctx, item }: { ctx: ContextoRuta; item: Item }) {
  const { permisos } = ctx.proceso;
  const [borrador, setBorrador] = useState(() => borradorDe(item));
  const [guardando, setGuardando] = useState(false);
  const [mensaje, setMensaje] = useState<Mensaje | null>(null);
  const [conflicto, setConflicto] = useState(false);
  // Solo al cambiar la versión del ítem: refrescar por otra fila no borra lo que se está editando.
  useEffect(() => setBorrador(borradorDe(item)), [item.id, item.version]);

  const cambiar = (parcial: Partial<BorradorItem>) => setBorrador((b) => ({ ...b, ...parcial }));
  const { sesion } = useSesion();
  const actores = itemActorsOf(
    (sesion?.membresias ?? []).filter((m) => m.municipio.codigo === ctx.codigo).map((m) => m.rol),
    sesion?.usuario.esAdministrador ?? false,
  );
  const posibles = opcionesEstado(permisos, actores, item.estado);
  // Nothing to choose when the only option is the state it is in.
  const opciones = puedeCambiarEstado(permisos) && posibles.length > 1 ? posibles : null;
  const editable = opciones !== null || permisos.editarItems;
  const cambio = cambioDeItem(item, borrador);

  const guardar = async () => {
    if (!cambio) {
      setMensaje({ tipo: 'info', texto: t('ruta.item.sinCambios') });
      return;
    }
    if (!cambio.ok) {
      setMensaje({ tipo: 'error', texto: cambio.mensaje });
      return;
    }
    setGuardando(true);
    setConflicto(false);
    const r = await guardarItem(
      { codigo: ctx.codigo, procesoId: ctx.proceso.id, itemId: item.id },
      cambio.cuerpo,
    );
    if (r.ok) {
      setMensaje({ tipo: 'exito', texto: t('ruta.item.guardado') });
      await ctx.refrescar();
    } else if (r.estado === 409) {
      setConflicto(true);
      setMensaje({ tipo: 'error', texto: t('ruta.item.conflicto') });
    } else {
      setMensaje({ tipo: 'error', texto: r.error.mensaje });
    }
    setGuardando(false);
  };

  const recargar = async () => {
    await ctx.refrescar();
    setConflicto(false);
    setMensaje(null);
  };

  const idFecha = `${item.id}-vence`;
  return (
    <tr class={`fila-${item.estado}`}>
      <CeldaItem item={item} />
      <CeldaEstado item={item} opciones={opciones} borrador={borrador} cambiar={cambiar} />
      <CeldaResponsable ctx={ctx} item={item} edicion={{ borrador, cambiar }} />
      <td>
        {permisos.editarItems ? (
          <>
            <label for={idFecha} class="visualmente-oculto">
              {t('ruta.item.etiquetaVence', { nombre: item.nombre })}
            </label>
            <input
              id={idFecha}
              type="date"
              value={borrador.venceEl}
              pattern={'\\d{4}-\\d{2}-\\d{2}'}
              onInput={(e) => cambiar({ venceEl: e.currentTarget.value })}
            />
          </>
        ) : (
          <span>{item.venceEl ? fechaLarga(item.venceEl) : t('ruta.item.sinFecha')}</span>
        )}
        {editable ? (
          <div class="acciones acciones-fila">
            <button
              type="button"
              class="boton boton-primario"
              onClick={() => void guardar()}
              disabled={guardando}
              aria-busy={guardando ? 'true' : undefined}
            >
              {guardando ? t('ruta.guardando') : t('ruta.item.guardar')}
              <span class="visualmente-oculto"> {item.nombre}</span>
            </button>
            {conflicto ? (
              <button type="button" class="boton boton-secundario" onClick={() => void recargar()}>
                {t('ruta.item.recargar')}
              </button>
            ) : null}
          </div>
        ) : null}
        <Resultado mensaje={mensaje} />
      </td>
      <td>
        <Evidencias ctx={ctx} item={item} />
      </td>
      <td>
        <Conceptos ctx={ctx} item={item} />
      </td>
    </tr>
  );
}
