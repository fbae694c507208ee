// Subida reanudable de una capa con tus-js-client (protocolo tus 1.0.0, ADR 0028). La biblioteca se
// carga solo cuando se usa el formulario de importación: no pesa en la primera carga de la app.
import type { DetailedError, PreviousUpload, Upload } from 'tus-js-client';

import { t } from '../../i18n/es-CO';
import {
  ESPERAS_REINTENTO,
  esReintentable,
  formatearBytes,
  mensajeDeRespuesta,
  sigueVigente,
  TAMANO_PARTE,
} from './subida-model';

const cargarTus = () => import('tus-js-client');

export const urlSubidas = (codigo: string) =>
  `/api/v1/municipios/${encodeURIComponent(codigo)}/capas/subidas`;

export interface EventosSubida {
  alAvanzar(enviados: number, total: number): void;
  /** Un corte: se reintenta sola tras `esperaMs` desde la posición que guarda el servidor. */
  alReintentar(esperaMs: number): void;
}

export type FinSubida = { ok: true; id: string } | { ok: false; mensaje: string };

/** Una subida en curso: se puede pausar y continuar (p. ej. cuando vuelve la conexión). */
export interface SubidaEnCurso {
  fin: Promise<FinSubida>;
  pausar(): void;
  continuar(): void;
}

/** Una subida sin terminar guardada en este navegador (huella de tus en localStorage). */
export interface SubidaPendiente {
  nombre: string;
  tamano: number;
  creada: string;
}

const idDe = (url: string | null) => url?.split('/').pop() ?? '';

function mensajeFinal(error: Error | DetailedError, enviados: number, total: number): string {
  const respuesta = 'originalResponse' in error ? error.originalResponse : null;
  const estado = respuesta?.getStatus() ?? 0;
  const delServidor = mensajeDeRespuesta(respuesta?.getBody());
  if (!esReintentable(estado) && delServidor) return delServidor;
  return t('carto.subidaDetenida', {
    enviados: formatearBytes(enviados),
    total: formatearBytes(total),
  });
}

/**
 * Sube el archivo en partes de 1 MB. Si la red se cae, reintenta sola (esperas crecientes) desde
 * lo que el servidor ya recibió; si el mismo archivo se empezó antes en este navegador (recarga de
 * la página), continúa esa subida en vez de empezar otra.
 */
export async function subirReanudable(
  codigo: string,
  archivo: File,
  eventos: EventosSubida,
): Promise<SubidaEnCurso> {
  let tus: Awaited<ReturnType<typeof cargarTus>>;
  try {
    tus = await cargarTus();
  } catch {
    // La biblioteca no llegó (la red se cayó justo al abrir el formulario): se puede reintentar.
    const fin = Promise.resolve<FinSubida>({ ok: false, mensaje: t('app.errorDescargaPagina') });
    return { fin, pausar: () => undefined, continuar: () => undefined };
  }
  let enviados = 0;
  let resolver: (fin: FinSubida) => void = () => undefined;
  const fin = new Promise<FinSubida>((r) => (resolver = r));
  const subida: Upload = new tus.Upload(archivo, {
    endpoint: urlSubidas(codigo),
    chunkSize: TAMANO_PARTE,
    retryDelays: ESPERAS_REINTENTO,
    metadata: { filename: archivo.name, filetype: archivo.type || 'application/octet-stream' },
    // La huella queda hasta que la capa se importe: una recarga durante las preguntas (sistema de
    // coordenadas, reparación) no obliga a subir el archivo otra vez.
    removeFingerprintOnSuccess: false,
    onProgress: (n, total) => {
      enviados = n;
      eventos.alAvanzar(n, total);
    },
    // tus-js-client no reintenta cuando el navegador se declara sin conexión; aquí sí, porque la
    // conexión suele volver sola en un enlace rural y la espera no cuesta nada.
    onShouldRetry: (error, intento) => {
      const reintentar = esReintentable(error.originalResponse?.getStatus() ?? 0);
      if (reintentar) eventos.alReintentar(ESPERAS_REINTENTO[intento] ?? 0);
      return reintentar;
    },
    onError: (error) =>
      resolver({ ok: false, mensaje: mensajeFinal(error, enviados, archivo.size) }),
    onSuccess: () => resolver({ ok: true, id: idDe(subida.url) }),
  });
  // Sin localStorage (modo privado estricto) simplemente no hay subidas previas que continuar.
  const previas = (await subida.findPreviousUploads().catch(() => [])).filter((p) =>
    sigueVigente(p.creationTime, Date.now()),
  );
  if (previas[0]) subida.resumeFromPreviousUpload(previas[0]);
  subida.start();
  return {
    fin,
    pausar: () => void subida.abort(),
    continuar: () => subida.start(),
  };
}

const deEsteMunicipio = (codigo: string, p: PreviousUpload) =>
  (p.uploadUrl ?? '').includes(`${urlSubidas(codigo)}/`);

/** Las subidas sin terminar de este municipio que este navegador puede continuar. */
export async function subidasPendientes(codigo: string): Promise<SubidaPendiente[]> {
  const tus = await cargarTus();
  const todas = await tus.defaultOptions.urlStorage.findAllUploads().catch(() => []);
  return todas
    .filter((p) => deEsteMunicipio(codigo, p) && sigueVigente(p.creationTime, Date.now()))
    .map((p) => ({
      nombre: p.metadata.filename ?? '',
      tamano: p.size ?? 0,
      creada: p.creationTime,
    }));
}

/** Olvida en este navegador la subida ya importada (el servidor ya la borró). */
export async function olvidarSubida(codigo: string, id: string): Promise<void> {
  const tus = await cargarTus();
  const almacen = tus.defaultOptions.urlStorage;
  const todas = await almacen.findAllUploads().catch(() => []);
  for (const p of todas)
    if (deEsteMunicipio(codigo, p) && idDe(p.uploadUrl) === id)
      await almacen.removeUpload(p.urlStorageKey);
}
