// Piezas compartidas de las pestañas del espacio de participación (issue 13).
import '../ruta/ruta.css';

import { useRef, useState } from 'preact/hooks';

import type { Resultado } from '../../app/http';
import { type ClaveTexto, t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { ListaCitas } from '../../ui/citation-list';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaHoraColombia } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import type { Archivo } from './espacio-api';
import { type CitaApi, citasDe, type Problema, problemasDe, tamanoLegible } from './espacio-model';

/**
 * Carga un recurso y conserva lo último recibido mientras se recarga tras un cambio, para que
 * los formularios no se desmonten y sigan mostrando su confirmación.
 */
export function useDatos<T>(
  cargar: (senal: AbortSignal) => Promise<Resultado<T>>,
  dependencias: readonly unknown[],
) {
  const { recurso, recargar } = useRecurso(cargar, dependencias);
  const ultimo = useRef<{ clave: string; datos: T } | null>(null);
  const clave = JSON.stringify(dependencias);
  if (recurso.estado === 'ok') ultimo.current = { clave, datos: recurso.datos };
  const datos = ultimo.current?.clave === clave ? ultimo.current.datos : null;
  const estado =
    recurso.estado === 'error' ? (
      <ErrorCarga error={recurso.error} recargar={recargar} />
    ) : datos === null ? (
      <Cargando />
    ) : null;
  return { datos, estado, recargar };
}

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

export function Citas({ citas }: { citas: readonly CitaApi[] | undefined }) {
  return <ListaCitas citas={citasDe(citas)} />;
}

export function AreaTexto(props: {
  id: string;
  etiqueta: string;
  valor: string;
  alCambiar: (v: string) => void;
  ayuda?: string;
  requerido?: boolean;
  opcional?: boolean;
}) {
  const idAyuda = props.ayuda ? `${props.id}-ayuda` : undefined;
  return (
    <div class="campo">
      <label for={props.id}>
        {props.etiqueta}
        {props.opcional ? <span class="campo-opcional"> {t('campo.opcional')}</span> : null}
      </label>
      {props.ayuda ? (
        <p id={idAyuda} class="campo-ayuda">
          {props.ayuda}
        </p>
      ) : null}
      <textarea
        id={props.id}
        rows={4}
        value={props.valor}
        required={props.requerido}
        aria-describedby={idAyuda}
        onInput={(e) => props.alCambiar(e.currentTarget.value)}
      />
    </div>
  );
}

export function CampoArchivo(props: {
  id: string;
  etiqueta: string;
  aceptar: string;
  alCambiar: (f: File | null) => void;
  ayuda?: string;
  opcional?: boolean;
  /** Cambia la clave para vaciar el campo tras un envío. */
  ronda?: number;
}) {
  const idAyuda = props.ayuda ? `${props.id}-ayuda` : undefined;
  return (
    <div class="campo">
      <label for={props.id}>
        {props.etiqueta}
        {props.opcional ? <span class="campo-opcional"> {t('campo.opcional')}</span> : null}
      </label>
      {props.ayuda ? (
        <p id={idAyuda} class="campo-ayuda">
          {props.ayuda}
        </p>
      ) : null}
      <input
        key={props.ronda ?? 0}
        id={props.id}
        type="file"
        accept={props.aceptar}
        aria-describedby={idAyuda}
        onChange={(e) => props.alCambiar(e.currentTarget.files?.[0] ?? null)}
      />
    </div>
  );
}

const CLASES = new Set(['convocatoria', 'acta', 'foto', 'asistencia', 'concepto', 'concejo']);

/** Los archivos guardados como evidencia: clase, nombre, tamaño, fecha y total de una planilla. */
export function ListaArchivos({ archivos }: { archivos: readonly Archivo[] }) {
  if (archivos.length === 0) return <p class="nota">{t('espacio.sinArchivos')}</p>;
  return (
    <ul>
      {archivos.map((a) => (
        <li key={`${a.sha256}-${a.subidoEn}`}>
          <strong>
            {CLASES.has(a.clase) ? t(`espacio.clase.${a.clase}` as ClaveTexto) : a.clase}:
          </strong>{' '}
          {a.nombre} ({tamanoLegible(a.bytes)}, {fechaHoraColombia(a.subidoEn)})
          {a.total !== null ? ` — ${t('espacio.totalPlanilla', { n: a.total })}` : null}
        </li>
      ))}
    </ul>
  );
}
