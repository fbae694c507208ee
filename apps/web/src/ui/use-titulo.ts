import { useEffect } from 'preact/hooks';

import { t } from '../i18n/es-CO';

/** Título del documento: lo primero que anuncia un lector de pantalla al cambiar de página. */
export function useTitulo(pagina: string | null): void {
  useEffect(() => {
    document.title = pagina ? t('app.tituloPagina', { pagina }) : t('app.nombre');
  }, [pagina]);
}
