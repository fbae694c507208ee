// Piezas compartidas de las pestañas del espacio de participación (issue 13).
import '../ruta/ruta.css';

import { useRef } from 'preact/hooks';

import type { Resultado } from '../../app/http';
import { type ClaveTexto, t } from '../../i18n/es-CO';
import { ListaCitas } from '../../ui/citation-list';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaHoraColombia } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import type { Archivo } from './espacio-api';
import { type CitaApi, citasDe, tamanoLegible } from './espacio-model';

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

export function Citas({ citas }: { citas: readonly CitaApi[] | undefined }) {
  return <ListaCitas citas={citasDe(citas)} />;
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
