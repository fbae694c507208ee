// Sending one change from a form and keeping its answer next to it (shared by every form that
// creates or edits a record).
import { useState } from 'preact/hooks';

import type { Resultado } from '../../app/http';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../alert';
import { type Problema, problemasDe } from './problemas';

export interface Mensaje {
  tipo: 'exito' | 'error';
  texto: string;
  problemas: Problema[];
}

/**
 * Envía un cambio y guarda su resultado: el mensaje en español del servidor (403 incluido) o el
 * texto de éxito; los problemas fila por fila de una importación rechazada.
 */
export function useEnvio() {
  const [ocupado, setOcupado] = useState(false);
  const [mensaje, setMensaje] = useState<Mensaje | null>(null);
  const enviar = async <T,>(
    accion: () => Promise<Resultado<T>>,
    exito: (datos: T) => string,
  ): Promise<boolean> => {
    setOcupado(true);
    setMensaje(null);
    const r = await accion();
    setOcupado(false);
    if (!r.ok) {
      setMensaje({ tipo: 'error', texto: r.error.mensaje, problemas: problemasDe(r.detalles) });
      return false;
    }
    setMensaje({ tipo: 'exito', texto: exito(r.datos), problemas: [] });
    return true;
  };
  return { ocupado, mensaje, enviar, setMensaje };
}

/** A form's answer: success or the server's Spanish refusal, with the rows it names. */
export function AvisoEnvio({ mensaje }: { mensaje: Mensaje | null }) {
  if (!mensaje) return null;
  return (
    <Alerta tipo={mensaje.tipo} titulo={mensaje.texto} anunciar>
      {mensaje.problemas.length > 0 ? (
        <ul>
          {mensaje.problemas.map((p) => (
            <li key={`${p.linea}-${p.columna ?? ''}-${p.mensaje}`}>
              {t('espacio.problemaFila', { linea: p.linea, mensaje: p.mensaje })}
            </li>
          ))}
        </ul>
      ) : null}
    </Alerta>
  );
}
