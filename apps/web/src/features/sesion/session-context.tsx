import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';

import { cerrarSesion, obtenerSesion } from './api';
import type { Sesion } from './types';

export interface EstadoSesion {
  cargando: boolean;
  sesion: Sesion | null;
  establecer: (sesion: Sesion | null) => void;
  salir: () => Promise<void>;
}

const ContextoSesion = createContext<EstadoSesion | null>(null);

export function ProveedorSesion({ children }: { children: ComponentChildren }) {
  const [sesion, setSesion] = useState<Sesion | null>(null);
  const [cargando, setCargando] = useState(true);

  useEffect(() => {
    const control = new AbortController();
    void obtenerSesion(control.signal).then((r) => {
      if (control.signal.aborted) return;
      setSesion(r.ok ? r.datos : null);
      setCargando(false);
    });
    return () => control.abort();
  }, []);

  const establecer = useCallback((s: Sesion | null) => {
    setSesion(s);
    setCargando(false);
  }, []);

  const salir = useCallback(async () => {
    await cerrarSesion();
    setSesion(null);
  }, []);

  const valor = useMemo(
    () => ({ cargando, sesion, establecer, salir }),
    [cargando, sesion, establecer, salir],
  );
  return <ContextoSesion.Provider value={valor}>{children}</ContextoSesion.Provider>;
}

export function useSesion(): EstadoSesion {
  const valor = useContext(ContextoSesion);
  if (!valor) throw new Error('useSesion debe usarse dentro de ProveedorSesion');
  return valor;
}
