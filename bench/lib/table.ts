import type { Fila, Resultado } from './types';

const numero = (n: number): string => {
  const abs = Math.abs(n);
  const decimals = abs === 0 || abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return n.toLocaleString('es-CO', { maximumFractionDigits: decimals });
};

export const conUnidad = (n: number, unidad: string): string =>
  unidad ? `${numero(n)} ${unidad}` : numero(n);

/** 'sí' / 'no' against the target, '—' when the row has none. */
export function cumple(fila: Fila): 'sí' | 'no' | '—' {
  if (!fila.meta) return '—';
  const ok = fila.meta.op === '≤' ? fila.valor <= fila.meta.valor : fila.valor >= fila.meta.valor;
  return ok ? 'sí' : 'no';
}

export function razon(fila: Fila): number | undefined {
  if (!fila.base || fila.base.valor === 0) return undefined;
  return fila.valor / fila.base.valor;
}

function celdas(fila: Fila): string[] {
  const r = razon(fila);
  return [
    fila.medida,
    conUnidad(fila.valor, fila.unidad),
    fila.meta ? `${fila.meta.op} ${conUnidad(fila.meta.valor, fila.unidad)}` : '—',
    cumple(fila),
    fila.base ? `${fila.base.nombre}: ${conUnidad(fila.base.valor, fila.unidad)}` : '—',
    r === undefined ? '—' : `${numero(r)}×`,
  ];
}

/** Prints `medida | valor | meta | cumple | línea base | razón`, then notes and misses. */
export function imprimirTabla(resultado: Resultado): void {
  const encabezado = ['medida', 'valor', 'meta', 'cumple', 'línea base', 'razón'];
  const filas = [encabezado, ...resultado.filas.map(celdas)];
  const anchos = encabezado.map((_, i) => Math.max(...filas.map((f) => (f[i] ?? '').length)));
  const linea = (f: string[]) => f.map((c, i) => c.padEnd(anchos[i] ?? 0)).join(' | ');
  console.log(`\n== ${resultado.nombre}: ${resultado.descripcion}`);
  console.log(linea(encabezado));
  console.log(anchos.map((a) => '-'.repeat(a)).join('-|-'));
  for (const f of filas.slice(1)) console.log(linea(f));
  for (const nota of resultado.notas) console.log(`  nota: ${nota}`);
  const fallos = resultado.filas.filter((f) => cumple(f) === 'no');
  for (const f of fallos) {
    const meta = f.meta ? `${f.meta.op} ${conUnidad(f.meta.valor, f.unidad)}` : '';
    console.log(`  *** NO CUMPLE: ${f.medida} = ${conUnidad(f.valor, f.unidad)} (meta ${meta})`);
  }
  if (fallos.length === 0 && resultado.filas.some((f) => f.meta)) {
    console.log('  todas las metas se cumplen');
  }
}
