import type { VNode } from 'preact';

import { Enlace } from '../../app/router';
import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { PestanaAportes } from './aportes';
import { ConcertacionCarPestana } from './espacio-car';
import { CtpConcejoPestana } from './espacio-ctp';
import { EventosActoresPestana } from './espacio-eventos';

interface Pestana {
  /** Value of `?pestana=` in the URL. */
  id: string;
  etiqueta: ClaveTexto;
  vista: (codigo: string) => VNode;
}

/** The sections of the page: adding one is adding an entry here. */
export const PESTANAS: readonly Pestana[] = [
  {
    id: 'aportes',
    etiqueta: 'partOficina.pestanaAportes',
    vista: (codigo) => <PestanaAportes codigo={codigo} />,
  },
  {
    id: 'eventos',
    etiqueta: 'partOficina.pestanaEventos',
    vista: (codigo) => <EventosActoresPestana codigo={codigo} />,
  },
  {
    id: 'car',
    etiqueta: 'partOficina.pestanaCar',
    vista: (codigo) => <ConcertacionCarPestana codigo={codigo} />,
  },
  {
    id: 'ctp',
    etiqueta: 'partOficina.pestanaCtp',
    vista: (codigo) => <CtpConcejoPestana codigo={codigo} />,
  },
];

/** Tab bar as links (`?pestana=`), so a reload or a shared link keeps the section. */
export function BarraPestanas(props: { codigo: string; actual: string }) {
  const ruta = `/m/${encodeURIComponent(props.codigo)}/participacion`;
  return (
    <nav class="pestanas" aria-label={t('partOficina.secciones')}>
      <ul>
        {PESTANAS.map((p) => (
          <li key={p.id}>
            <Enlace
              href={`${ruta}?pestana=${p.id}`}
              aria-current={p.id === props.actual ? 'page' : undefined}
            >
              {t(p.etiqueta)}
            </Enlace>
          </li>
        ))}
      </ul>
    </nav>
  );
}
