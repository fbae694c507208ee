import type { Resultado } from '../../app/http';
import { construirUrl, pedir } from '../../app/http';

interface MunicipioResumen {
  codigo: string;
  nombre: string;
  departamento: string;
  codigoDepartamento: string;
  tipo: string;
  poblacion: number;
  anioPoblacion: number;
}

export interface RespuestaBusqueda {
  municipios: MunicipioResumen[];
  total: number;
}

const LIMITE_BUSQUEDA = 20;

export function buscarMunicipios(
  q: string,
  senal?: AbortSignal,
): Promise<Resultado<RespuestaBusqueda>> {
  return pedir<RespuestaBusqueda>(
    construirUrl('/api/v1/municipios', { q, limite: LIMITE_BUSQUEDA }),
    { senal },
  );
}
