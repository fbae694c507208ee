import { readFileSync } from 'node:fs';

export const CSV_MUNICIPIOS = '/work/shared/data/divipola/municipios_colombia.csv';

export interface Municipio {
  codigo: string;
  poblacion: number;
  /** SYNTHETIC adoption date (there is no real one per municipality): see {@link adopcionSintetica}. */
  adopcion: string;
}

/** Splits one CSV line, honouring double quotes ("BOGOTÁ, D.C."). */
function campos(linea: string): string[] {
  const out: string[] = [];
  let actual = '';
  let comillas = false;
  for (let i = 0; i < linea.length; i++) {
    const ch = linea[i];
    if (ch === '"' && comillas && linea[i + 1] === '"') {
      actual += '"';
      i++;
    } else if (ch === '"') comillas = !comillas;
    else if (ch === ',' && !comillas) {
      out.push(actual);
      actual = '';
    } else actual += ch;
  }
  out.push(actual);
  return out;
}

/**
 * Deterministic synthetic adoption date from the DIVIPOLA code: a multiplicative hash spreads
 * the years over 1998–2024, months 1–12 and days 1–28 (always a valid date).
 */
export function adopcionSintetica(codigo: string): string {
  const h = Math.imul(Number(codigo), 2654435761) >>> 0;
  const anio = 1998 + (h % 27);
  const mes = 1 + ((h >>> 8) % 12);
  const dia = 1 + ((h >>> 16) % 28);
  return `${anio}-${String(mes).padStart(2, '0')}-${String(dia).padStart(2, '0')}`;
}

export function leerMunicipios(ruta = CSV_MUNICIPIOS): Municipio[] {
  const [cabecera, ...lineas] = readFileSync(ruta, 'utf8').trim().split(/\r?\n/);
  const cols = campos(cabecera ?? '');
  const iCodigo = cols.indexOf('cod_mpio');
  const iPoblacion = cols.indexOf('poblacion_2024');
  if (iCodigo < 0 || iPoblacion < 0) throw new Error(`${ruta}: faltan cod_mpio/poblacion_2024`);
  return lineas.map((linea) => {
    const f = campos(linea);
    const codigo = f[iCodigo] ?? '';
    return { codigo, poblacion: Number(f[iPoblacion]), adopcion: adopcionSintetica(codigo) };
  });
}
