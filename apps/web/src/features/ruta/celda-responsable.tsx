import { t } from '../../i18n/es-CO';
import { ListaCitas } from '../../ui/citation-list';
import type { BorradorItem } from './model';
import {
  avisoRol,
  etiquetaRol,
  opcionesRol,
  personasDe,
  rolAlElegir,
  tieneRol,
} from './model-responsable';
import type { ContextoRuta, Item, RolSugerido } from './types';

/** El aviso se lee como texto con su prefijo: no depende del color. */
function AvisoRol({ texto }: { texto: string | null }) {
  return texto ? <p class="nota aviso-rol">{texto}</p> : null;
}

/** Detalle del ítem: quién suele responder por él y con qué fuente (norma o práctica). */
export function SugerenciaRol({ sugerido }: { sugerido: RolSugerido }) {
  return (
    <div class="rol-sugerido">
      <p>
        {t('ruta.item.rolSugerido', { rol: etiquetaRol(sugerido.rol) })}
        {sugerido.rolDirecto
          ? ` ${t('ruta.item.rolDirecto', { rol: etiquetaRol(sugerido.rolDirecto) })}`
          : null}
      </p>
      <p>
        {sugerido.nota}{' '}
        {sugerido.base === 'norma' ? t('ruta.item.baseNorma') : t('ruta.item.basePractica')}
      </p>
      {sugerido.citas.length > 0 ? (
        <ListaCitas citas={sugerido.citas} etiqueta={t('ruta.item.fuenteRol')} />
      ) : null}
    </div>
  );
}

interface Props {
  ctx: ContextoRuta;
  item: Item;
  edicion: { borrador: BorradorItem; cambiar: (parcial: Partial<BorradorItem>) => void };
}

/**
 * Responsable del ítem: una persona y un rol. Quien edita elige ambos; si la persona no tiene
 * ese rol en el municipio se avisa mientras elige, sin impedir guardar (el servidor tampoco).
 */
export function CeldaResponsable({ ctx, item, edicion }: Props) {
  const { participantes, permisos } = ctx.proceso;
  if (!permisos.editarItems) {
    return (
      <td class="celda-responsable">
        {item.responsable?.nombre ?? t('ruta.item.sinResponsable')}
        {item.responsableRol ? (
          <p class="nota">{t('ruta.item.rol', { rol: etiquetaRol(item.responsableRol) })}</p>
        ) : null}
        <AvisoRol
          texto={avisoRol(
            item.responsable?.nombre ?? '',
            item.responsableRol ?? '',
            item.responsableTieneRol,
          )}
        />
      </td>
    );
  }
  const { borrador, cambiar } = edicion;
  const personas = personasDe(participantes);
  const elegida = personas.find((p) => p.usuarioId === borrador.responsableId);
  const idPersona = `${item.id}-responsable`;
  const idRol = `${item.id}-rol`;
  return (
    <td class="celda-responsable">
      <label for={idPersona} class="visualmente-oculto">
        {t('ruta.item.etiquetaResponsable', { nombre: item.nombre })}
      </label>
      <select
        id={idPersona}
        value={borrador.responsableId}
        onChange={(e) => {
          const responsableId = e.currentTarget.value;
          cambiar({
            responsableId,
            responsableRol: rolAlElegir(participantes, {
              responsableId,
              rolActual: borrador.responsableRol,
              sugerido: item.rolSugerido?.rol ?? null,
            }),
          });
        }}
      >
        <option value="">{t('ruta.item.sinResponsable')}</option>
        {personas.map((p) => (
          <option key={p.usuarioId} value={p.usuarioId}>
            {p.nombre} ({p.roles.join(', ')})
          </option>
        ))}
      </select>
      <div class="campo-compacto">
        <label for={idRol}>
          {t('ruta.item.rolCampo')}
          <span class="visualmente-oculto"> {t('ruta.para', { nombre: item.nombre })}</span>
        </label>
        <select
          id={idRol}
          value={borrador.responsableRol}
          onChange={(e) => cambiar({ responsableRol: e.currentTarget.value })}
        >
          <option value="">{t('ruta.item.sinRol')}</option>
          {opcionesRol(item.responsableRol ?? '').map((rol) => (
            <option key={rol} value={rol}>
              {etiquetaRol(rol)}
            </option>
          ))}
        </select>
      </div>
      <AvisoRol
        texto={avisoRol(
          elegida?.nombre ?? '',
          borrador.responsableRol,
          tieneRol(participantes, borrador),
        )}
      />
    </td>
  );
}
