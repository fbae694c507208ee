import { paginaDiferida } from '../../ui/pagina-diferida';

/**
 * /m/:codigo/cartografia — the page is downloaded when opened (and MapLibre, apart, when the
 * viewer mounts): other pages do not pay its weight in the initial JS (bench `paginas`).
 */
export const CartografiaPage = paginaDiferida(() =>
  import('./pagina').then((m) => m.PaginaCartografia),
);
