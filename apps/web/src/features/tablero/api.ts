import type { Resultado } from '../../app/http';
import { pedir } from '../../app/http';
import type { Tablero } from './types';

export function obtenerTablero(codigo: string, senal?: AbortSignal): Promise<Resultado<Tablero>> {
  return pedir<Tablero>(`/api/v1/municipios/${encodeURIComponent(codigo)}/tablero`, { senal });
}
