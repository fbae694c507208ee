import type { Resultado } from '../../app/http';
import { pedir } from '../../app/http';
import type { Costo, Preparacion, ResultadoBanco, Terminos } from './types';

const base = (codigo: string) => `/api/v1/municipios/${encodeURIComponent(codigo)}/preparacion`;

export const obtenerPreparacion = (
  codigo: string,
  senal?: AbortSignal,
): Promise<Resultado<Preparacion>> => pedir<Preparacion>(base(codigo), { senal });

export const obtenerCosto = (codigo: string, senal?: AbortSignal): Promise<Resultado<Costo>> =>
  pedir<Costo>(`${base(codigo)}/costo`, { senal });

export const obtenerTerminos = (codigo: string, equipo: string): Promise<Resultado<Terminos>> =>
  pedir<Terminos>(
    `${base(codigo)}/terminos-referencia${equipo ? `?equipo=${encodeURIComponent(equipo)}` : ''}`,
  );

export const guardarAjustes = (codigo: string, cuerpo: Record<string, unknown>) =>
  pedir<{ version: number }>(`${base(codigo)}/ajustes`, { metodo: 'PUT', cuerpo });

export const guardarItem = (
  codigo: string,
  itemId: string,
  cuerpo: {
    estado: string;
    version: number;
    archivo?: string | null;
    escala?: string | null;
    fecha?: string | null;
  },
) =>
  pedir<{ version: number }>(`${base(codigo)}/inventario/${encodeURIComponent(itemId)}`, {
    metodo: 'PUT',
    cuerpo,
  });

export const crearSolicitud = (codigo: string, itemId: string) =>
  pedir<{ id: string }>(`${base(codigo)}/solicitudes`, { metodo: 'POST', cuerpo: { itemId } });

export const moverSolicitud = (codigo: string, id: string, cuerpo: Record<string, unknown>) =>
  pedir<{ estado: string }>(`${base(codigo)}/solicitudes/${encodeURIComponent(id)}/estado`, {
    metodo: 'POST',
    cuerpo,
  });

export const buscarBanco = (
  consulta: string,
  senal?: AbortSignal,
): Promise<Resultado<ResultadoBanco>> =>
  pedir<ResultadoBanco>(`/api/v1/banco${consulta}`, { senal });

export const adjuntarRespuesta = (codigo: string, id: string, formulario: FormData) =>
  pedir<{ archivo: string }>(
    `${base(codigo)}/solicitudes/${encodeURIComponent(id)}/archivo-respuesta`,
    {
      metodo: 'POST',
      formulario,
    },
  );
