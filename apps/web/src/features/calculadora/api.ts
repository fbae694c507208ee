import type { Resultado } from '../../app/http';
import { construirUrl, pedir } from '../../app/http';
import type { Advertencia, Cita } from '../../ui/citas/model';
import type { FilaPlazo } from '../../ui/tabla-plazos';

export type TipoDias = 'habiles' | 'calendario';
export type Direccion = 'adelante' | 'atras';

export interface Tramite {
  id: string;
  name: string;
  days: number;
  dayKind: TipoDias;
  dayKindReason: string;
  citations: Cita[];
}

export interface ResultadoPlazo {
  procedure: string;
  name: string;
  from: string;
  startsCounting: string;
  dueOn: string;
  days: number;
  dayKind: TipoDias;
  dayKindReason: string;
  citations: Cita[];
  warnings: Advertencia[];
  explanation: string;
}

export function obtenerTramites(senal?: AbortSignal): Promise<Resultado<{ tramites: Tramite[] }>> {
  return pedir<{ tramites: Tramite[] }>('/api/v1/norma/tramites', { senal });
}

export function calcularPlazo(tramite: string, desde: string): Promise<Resultado<ResultadoPlazo>> {
  return pedir<ResultadoPlazo>(construirUrl('/api/v1/norma/plazo', { tramite, desde }));
}

export function calcularCadena(
  desde: string,
  direccion: Direccion,
): Promise<Resultado<{ pasos: FilaPlazo[] }>> {
  return pedir<{ pasos: FilaPlazo[] }>(construirUrl('/api/v1/norma/cadena', { desde, direccion }));
}
