import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import type { ErrorApi } from '../../app/http';
import { type AporteDetalle, type AporteFila, listarAportes } from './api';
import { type Filtros, FILTROS_VACIOS } from './model';

interface Lista {
  filas: AporteFila[];
  siguiente: string | null;
  porEstado: Record<string, number>;
  cargando: boolean;
  error: ErrorApi | null;
}

const INICIAL: Lista = { filas: [], siguiente: null, porEstado: {}, cargando: true, error: null };

/** The register's rows for some filters: first page, «Cargar más», and patching one row. */
export function useListaAportes(codigo: string, filtros: Filtros) {
  const [lista, setLista] = useState<Lista>(INICIAL);
  const [version, setVersion] = useState(0);
  const control = useRef<AbortController | null>(null);

  useEffect(() => {
    const c = new AbortController();
    control.current?.abort();
    control.current = c;
    setLista((l) => ({ ...l, cargando: true, error: null }));
    void listarAportes(codigo, { filtros }, c.signal).then((r) => {
      if (c.signal.aborted) return;
      if (!r.ok) return setLista((l) => ({ ...l, cargando: false, error: r.error }));
      setLista({ ...r.datos, filas: r.datos.aportes, cargando: false, error: null });
    });
    return () => c.abort();
  }, [codigo, filtros, version]);

  const cargarMas = useCallback(async () => {
    if (!lista.siguiente) return;
    const c = new AbortController();
    control.current = c;
    setLista((l) => ({ ...l, cargando: true, error: null }));
    const r = await listarAportes(codigo, { filtros, despues: lista.siguiente }, c.signal);
    if (c.signal.aborted) return;
    if (!r.ok) return setLista((l) => ({ ...l, cargando: false, error: r.error }));
    setLista((l) => ({
      ...l,
      filas: [...l.filas, ...r.datos.aportes.filter((a) => !l.filas.some((f) => f.id === a.id))],
      siguiente: r.datos.siguiente,
      cargando: false,
    }));
  }, [codigo, filtros, lista.siguiente]);

  /** After an action: the row takes the detail's new state, and the counts are read again. */
  const actualizarFila = useCallback(
    async (d: AporteDetalle) => {
      setLista((l) => ({
        ...l,
        filas: l.filas.map((f) =>
          f.id === d.id
            ? {
                ...f,
                estado: d.estado,
                estadoEtiqueta: d.estadoEtiqueta,
                tema: d.tema,
                grupo: d.grupo,
                venceEn: d.venceEn,
              }
            : f,
        ),
      }));
      const r = await listarAportes(codigo, { filtros: FILTROS_VACIOS, limite: 1 });
      if (r.ok) setLista((l) => ({ ...l, porEstado: r.datos.porEstado }));
    },
    [codigo],
  );

  const recargar = useCallback(() => setVersion((v) => v + 1), []);
  return { lista, cargarMas, actualizarFila, recargar };
}
