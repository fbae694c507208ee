// Tabla cruzada clase de suelo × categoría de amenaza del análisis (hectáreas).

export interface FilaAnalisis {
  clase: string;
  claseEtiqueta: string;
  categoria: string;
  categoriaEtiqueta?: string;
  ha: number;
}

export interface TablaCruzada {
  columnas: { valor: string; etiqueta: string }[];
  filas: { clase: string; etiqueta: string; celdas: number[]; total: number }[];
  totales: number[];
  total: number;
}

const ORDEN_CATEGORIA = ['alta', 'media', 'baja'];
const orden = (v: string) => {
  const i = ORDEN_CATEGORIA.indexOf(v);
  return i === -1 ? ORDEN_CATEGORIA.length : i;
};
const sumar = (xs: readonly number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 1e4) / 1e4;

/** Filas = clases (en el orden de llegada), columnas = categorías (alta, media, baja, otras). */
export function tablaCruzada(tabla: readonly FilaAnalisis[]): TablaCruzada {
  const columnas: TablaCruzada['columnas'] = [];
  for (const f of tabla)
    if (!columnas.some((c) => c.valor === f.categoria))
      columnas.push({ valor: f.categoria, etiqueta: f.categoriaEtiqueta ?? f.categoria });
  columnas.sort((a, b) => orden(a.valor) - orden(b.valor));
  const clases: { clase: string; etiqueta: string }[] = [];
  for (const f of tabla)
    if (!clases.some((c) => c.clase === f.clase))
      clases.push({ clase: f.clase, etiqueta: f.claseEtiqueta });
  const filas = clases.map((c) => {
    const celdas = columnas.map((col) =>
      sumar(tabla.filter((f) => f.clase === c.clase && f.categoria === col.valor).map((f) => f.ha)),
    );
    return { ...c, celdas, total: sumar(celdas) };
  });
  const totales = columnas.map((_, i) => sumar(filas.map((f) => f.celdas[i] ?? 0)));
  return { columnas, filas, totales, total: sumar(totales) };
}
