import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { guardarItem } from './api';
import type { ItemInventario } from './types';

/** File or layer, scale and date of an item the municipality has (or has outdated). */
export function DetalleItem(props: {
  codigo: string;
  item: ItemInventario;
  editable: boolean;
  alCambiar: (error?: string) => void;
}) {
  const { item } = props;
  const [f, setF] = useState({
    archivo: item.archivo ?? '',
    escala: item.escala ?? '',
    fecha: item.fecha ?? '',
  });
  const resumen = [item.archivo, item.escala, item.fecha].filter(Boolean).join(' · ');
  if (!props.editable) return resumen ? <small>{resumen}</small> : null;
  const campo = (k: keyof typeof f, etiqueta: string, tipo = 'text') => (
    <div class="campo">
      <label for={`${k}-${item.id}`}>{etiqueta}</label>
      <input
        id={`${k}-${item.id}`}
        type={tipo}
        value={f[k]}
        onInput={(e) => setF({ ...f, [k]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <details>
      <summary>{resumen || t('preparacion.detalle')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void guardarItem(props.codigo, item.id, {
            estado: item.estado,
            archivo: f.archivo || null,
            escala: f.escala || null,
            fecha: f.fecha || null,
            version: item.version,
          }).then((r) => props.alCambiar(r.ok ? undefined : r.error.mensaje));
        }}
      >
        {campo('archivo', t('preparacion.archivo'))}
        {campo('escala', t('preparacion.escala'))}
        {campo('fecha', t('preparacion.fechaDato'), 'date')}
        <button type="submit" class="boton boton-secundario">
          {t('preparacion.guardar')}
        </button>
      </form>
    </details>
  );
}
