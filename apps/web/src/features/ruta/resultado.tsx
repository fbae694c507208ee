import { t } from '../../i18n/es-CO';

const PREFIJO = { exito: 'alerta.exito', info: 'alerta.info', error: 'alerta.error' } as const;

export interface Mensaje {
  tipo: 'exito' | 'info' | 'error';
  texto: string;
}

/**
 * Resultado de una acción (guardar, subir, emitir). Es una región viva que existe siempre, vacía o
 * no, para que los lectores de pantalla anuncien el cambio; el prefijo textual no depende del color.
 */
export function Resultado({ mensaje }: { mensaje: Mensaje | null }) {
  return (
    <p class={mensaje ? `resultado resultado-${mensaje.tipo}` : 'resultado'} role="status">
      {mensaje ? (
        <>
          <strong>{t(PREFIJO[mensaje.tipo])}</strong> {mensaje.texto}
        </>
      ) : null}
    </p>
  );
}
