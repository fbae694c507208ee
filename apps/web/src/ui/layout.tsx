import type { ComponentChildren } from 'preact';

import { t } from '../i18n/es-CO';
import type { UsuarioEncabezado } from './header';
import { Encabezado } from './header';

interface Props {
  usuario: UsuarioEncabezado | null;
  cargandoSesion: boolean;
  alSalir: () => void;
  children: ComponentChildren;
}

export function Plantilla(props: Props) {
  return (
    <>
      <a href="#contenido" class="saltar">
        {t('app.saltar')}
      </a>
      <Encabezado
        usuario={props.usuario}
        cargandoSesion={props.cargandoSesion}
        alSalir={props.alSalir}
      />
      <main id="contenido" tabIndex={-1} class="contenedor principal">
        {props.children}
      </main>
      <footer class="pie">
        <div class="contenedor">
          <p>{t('app.pie')}</p>
        </div>
      </footer>
    </>
  );
}
