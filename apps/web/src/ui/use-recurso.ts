import { useCallback, useEffect, useState } from 'preact/hooks';

import type { ErrorApi, Resultado } from '../app/http';

export type EstadoRecurso<T> =
  | { estado: 'cargando' }
  | { estado: 'ok'; datos: T }
  | { estado: 'error'; codigoHttp: number; error: ErrorApi };

/** Carga un recurso de la API; cancela la petición anterior cuando cambian las dependencias. */
export function useRecurso<T>(
  cargar: (senal: AbortSignal) => Promise<Resultado<T>>,
  dependencias: readonly unknown[],
): { recurso: EstadoRecurso<T>; recargar: () => void } {
  const [recurso, setRecurso] = useState<EstadoRecurso<T>>({ estado: 'cargando' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const control = new AbortController();
    setRecurso({ estado: 'cargando' });
    void cargar(control.signal).then((r) => {
      if (control.signal.aborted) return;
      if (r.ok) setRecurso({ estado: 'ok', datos: r.datos });
      else setRecurso({ estado: 'error', codigoHttp: r.estado, error: r.error });
    });
    return () => control.abort();
  }, [...dependencias, version]);

  const recargar = useCallback(() => setVersion((v) => v + 1), []);
  return { recurso, recargar };
}
