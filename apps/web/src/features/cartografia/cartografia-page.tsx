import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Cargando } from '../../ui/estado-carga';

type Pagina = FunctionComponent<{ codigo: string }>;

/**
 * /m/:codigo/cartografia — la página se descarga al abrirla (y MapLibre, aparte, al montar el
 * visor): las demás páginas no pagan su peso en el JS inicial (bench `paginas`).
 */
export function CartografiaPage({ codigo }: { codigo: string }) {
  const [pagina, setPagina] = useState<{ Vista: Pagina } | 'error' | null>(null);
  useEffect(() => {
    let vigente = true;
    import('./pagina')
      .then((m) => vigente && setPagina({ Vista: m.PaginaCartografia }))
      .catch(() => vigente && setPagina('error'));
    return () => {
      vigente = false;
    };
  }, []);
  if (pagina === 'error') return <Alerta tipo="error" titulo={t('carto.errorDescarga')} anunciar />;
  if (!pagina) return <Cargando />;
  return <pagina.Vista codigo={codigo} />;
}
