import { useEffect, useRef } from 'preact/hooks';

import { municipiosDe } from '../features/sesion/model';
import { ProveedorSesion, useSesion } from '../features/sesion/session-context';
import { Plantilla } from '../ui/layout';
import { navegar, useUbicacion } from './router';
import { resolverVista } from './routes';

/** Al cambiar de página, el foco va al contenido principal (lo anuncian los lectores de pantalla). */
function useFocoAlNavegar(ruta: string): void {
  const primera = useRef(true);
  useEffect(() => {
    if (primera.current) {
      primera.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('contenido')?.focus();
  }, [ruta]);
}

function Aplicacion() {
  const { ruta } = useUbicacion();
  const { sesion, cargando, salir } = useSesion();
  useFocoAlNavegar(ruta);

  const alSalir = () => {
    void salir().then(() => navegar('/'));
  };

  return (
    <Plantilla
      usuario={
        sesion
          ? {
              ...sesion.usuario,
              municipios: municipiosDe(sesion).map(({ codigo, nombre }) => ({ codigo, nombre })),
            }
          : null
      }
      cargandoSesion={cargando}
      alSalir={alSalir}
    >
      {resolverVista(ruta)}
    </Plantilla>
  );
}

export function App() {
  return (
    <ProveedorSesion>
      <Aplicacion />
    </ProveedorSesion>
  );
}
