import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import { t } from '../i18n/es-CO';
import { Alerta } from './alert';
import { Cargando } from './estado-carga';

type Vista = FunctionComponent<{ codigo: string }>;

/**
 * A municipal page downloaded only when it is opened: pages that most people never visit do not
 * weigh on everyone's first load (bench `paginas`: initial JS ≤ 100 kB gzip). `cargar` is the
 * dynamic import of the module that holds the page.
 */
export function paginaDiferida(cargar: () => Promise<Vista>): Vista {
  return function PaginaDiferida({ codigo }) {
    const [pagina, setPagina] = useState<{ Vista: Vista } | 'error' | null>(null);
    useEffect(() => {
      let vigente = true;
      cargar()
        .then((v) => vigente && setPagina({ Vista: v }))
        .catch(() => vigente && setPagina('error'));
      return () => {
        vigente = false;
      };
    }, []);
    if (pagina === 'error')
      return <Alerta tipo="error" titulo={t('app.errorDescargaPagina')} anunciar />;
    if (!pagina) return <Cargando />;
    return <pagina.Vista codigo={codigo} />;
  };
}
