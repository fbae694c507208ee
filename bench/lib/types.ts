/** One row of a benchmark table: the figure, its target and the same-run baseline. */
export interface Fila {
  medida: string;
  valor: number;
  unidad: string;
  /** Target; rows without one are informative. */
  meta?: { op: '≤' | '≥'; valor: number };
  /** Baseline measured in the same run; razón = valor / base.valor. */
  base?: { nombre: string; valor: number };
}

/** Result of one benchmark, as printed and as written to bench/results/<timestamp>.json. */
export interface Resultado {
  nombre: string;
  descripcion: string;
  filas: Fila[];
  notas: string[];
}

export type Benchmark = () => Resultado | Promise<Resultado>;
