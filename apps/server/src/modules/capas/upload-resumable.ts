import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { FileStore as TusFileStore } from '@tus/file-store';
import { Metadata, Server as TusServer, type Upload } from '@tus/server';

import { API_PREFIX } from '../../http/authz';
import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { UPLOAD_LIMITS } from '../ruta/upload-limits';

/**
 * Resumable layer uploads over the tus 1.0.0 protocol (ADR 0028): the file arrives in pieces
 * (PATCH), a dropped connection resumes from the offset the server reports (HEAD), and the
 * finished file is imported by the ordinary import route with `subida=<id>`.
 */
export const RESUMABLE_LIMITS = {
  /** The same ceiling as a one-shot layer upload (ADR 0014). */
  maxBytes: UPLOAD_LIMITS.maxBytes,
  /** An upload not imported within a day is dropped: a planning office finishes the same day. */
  expiryMs: 24 * 60 * 60 * 1000,
  /** Open uploads kept per account and municipality; creating one more drops the oldest. */
  perAccount: 3,
  /** How often expired uploads are swept from the disk. */
  sweepEveryMs: 60 * 60 * 1000,
} as const;

/** Who an upload belongs to: the municipality in the address and the signed-in account. */
export interface UploadOwner {
  codigo: string;
  usuario: string;
}

export const UPLOAD_EXPIRED =
  'La subida venció: las subidas sin importar se guardan 24 horas. Elija el archivo de nuevo para subirlo desde el principio.';
export const UPLOAD_TOO_LARGE =
  'El archivo supera 25 MB. Divídalo o comprímalo y vuelva a intentarlo.';

export const uploadPath = (codigo: string, id = '') =>
  `${API_PREFIX}/municipios/${codigo}/capas/subidas${id ? `/${id}` : ''}`;

/** The tus server's answers that are not success, in our Spanish error vocabulary. */
function spanishError(status: number): AppError {
  if (status === 404 || status === 410) return notFound();
  if (status === 413) return new AppError('demasiado_grande', UPLOAD_TOO_LARGE);
  if (status === 409 || status === 423)
    return new AppError(
      'conflicto',
      'La subida ya avanzó desde otra conexión. El formulario la retoma desde la posición que guarda el servidor.',
    );
  if (status >= 500) return new AppError('error_interno', 'No se pudo guardar la parte recibida.');
  return new AppError(
    'entrada_invalida',
    'La petición no sigue el protocolo de subida reanudable (tus 1.0.0): revise las cabeceras Tus-Resumable, Upload-Length, Upload-Offset y Content-Type.',
  );
}

/** A file name safe to show and to read the format from: no folders, no control characters. */
function cleanFileName(name: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = basename(String(name ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001f]/g, '');
  if (clean.trim() === '')
    throw new AppError(
      'entrada_invalida',
      'Indique el nombre del archivo en los metadatos de la subida (filename).',
      { campo: 'filename' },
    );
  return clean.trim().slice(0, 200);
}

function metadataOf(request: Request): Record<string, string | null> {
  try {
    return Metadata.parse(request.headers.get('upload-metadata') ?? undefined);
  } catch {
    throw new AppError(
      'entrada_invalida',
      'Los metadatos de la subida (Upload-Metadata) no son válidos: pares «clave valor-en-base64» separados por comas.',
      { campo: 'Upload-Metadata' },
    );
  }
}

const ownedBy = (upload: Upload, owner: UploadOwner) =>
  upload.metadata?.municipio === owner.codigo && upload.metadata?.usuario === owner.usuario;

// The tus library stamps creation_date with the system clock and checks expiry with it too, so
// expiry here reads the same clock rather than the injected one.
const isExpired = (upload: Upload) =>
  !upload.creation_date ||
  Date.parse(upload.creation_date) + RESUMABLE_LIMITS.expiryMs < Date.now();

export class ResumableUploads {
  private readonly store: TusFileStore;
  private readonly server: TusServer;
  /** The owner of each request handed to the tus server (its hooks see only the request). */
  private readonly owners = new WeakMap<Request, UploadOwner>();
  private lastSweep = 0;

  constructor(readonly directory: string) {
    this.store = new TusFileStore({
      directory,
      expirationPeriodInMilliseconds: RESUMABLE_LIMITS.expiryMs,
    });
    this.server = new TusServer({
      path: uploadPath(':codigo'),
      datastore: this.store,
      maxSize: RESUMABLE_LIMITS.maxBytes,
      // Same-origin only (the web app and the CLI): no CORS headers, unlike the library's default «*».
      allowedOrigins: [],
      // Finished uploads stay until imported or expired: the CRS, table and repair prompts send
      // their answers with the same upload, never the file again. Cancelling one is allowed.
      disableTerminationForFinishedUploads: false,
      generateUrl: (req, { id }) => uploadPath(this.ownerOf(req).codigo, id),
      // The metadata kept is ours: the clean file name, the municipality and the account.
      onUploadCreate: (req, upload) => {
        const owner = this.ownerOf(req);
        return Promise.resolve({
          metadata: {
            filename: cleanFileName(upload.metadata?.filename),
            municipio: owner.codigo,
            usuario: owner.usuario,
          },
        });
      },
    });
  }

  private ownerOf(req: Request): UploadOwner {
    const owner = this.owners.get(req);
    if (!owner) throw new Error('Subida sin dueño: la ruta debe pasar por ResumableUploads.');
    return owner;
  }

  /** Runs the request through the tus server; its refusals come back as our Spanish errors. */
  private async handle(request: Request, owner: UploadOwner): Promise<Response> {
    this.owners.set(request, owner);
    const response = await this.server.handleWeb(request);
    if (response.status >= 400) throw spanishError(response.status);
    return response;
  }

  /** The upload if it exists, belongs to this owner and has not expired; else a Spanish 404. */
  async find(id: string, owner: UploadOwner): Promise<Upload> {
    let upload: Upload;
    try {
      upload = await this.store.getUpload(id);
    } catch {
      throw notFound();
    }
    // Another account's upload answers exactly like a missing one (and like a municipality the
    // user cannot see): its existence is not revealed. Only its owner learns that it expired.
    if (!ownedBy(upload, owner)) throw notFound();
    if (isExpired(upload)) {
      await this.discard(id);
      throw new AppError('no_encontrado', UPLOAD_EXPIRED);
    }
    return upload;
  }

  /** POST: a new upload of a declared size within the layer limit. */
  async create(request: Request, owner: UploadOwner): Promise<Response> {
    const declared = request.headers.get('upload-length');
    if (declared === null)
      throw new AppError(
        'entrada_invalida',
        'Declare el tamaño del archivo (cabecera Upload-Length); no se aceptan subidas de tamaño diferido.',
        { campo: 'Upload-Length' },
      );
    if (Number(declared) > RESUMABLE_LIMITS.maxBytes)
      throw new AppError('demasiado_grande', UPLOAD_TOO_LARGE);
    // Refused here, in Spanish, rather than as the tus hook's generic failure.
    cleanFileName(metadataOf(request).filename);
    await this.sweep();
    await this.keepRoomFor(owner);
    return this.handle(request, owner);
  }

  /** HEAD, PATCH and DELETE on an upload of this owner. */
  async resume(request: Request, id: string, owner: UploadOwner): Promise<Response> {
    await this.find(id, owner);
    return this.handle(request, owner);
  }

  /** The bytes of a finished upload, for the import route. */
  async completedFile(
    id: string,
    owner: UploadOwner,
  ): Promise<{ bytes: Uint8Array; fileName: string }> {
    const upload = await this.find(id, owner);
    if (upload.size === undefined || upload.offset < upload.size)
      throw new AppError(
        'entrada_invalida',
        `La subida aún no termina: el servidor tiene ${upload.offset} de ${upload.size ?? '?'} bytes. Continúela desde el formulario y vuelva a importar.`,
        { campo: 'subida' },
      );
    const bytes = new Uint8Array(await readFile(join(this.directory, id)));
    return { bytes, fileName: cleanFileName(upload.metadata?.filename) };
  }

  async discard(id: string): Promise<void> {
    await this.store.remove(id).catch(() => undefined);
  }

  /** Drops expired uploads (finished or not), at most once per sweep period. */
  async sweep(force = false): Promise<number> {
    const now = Date.now();
    if (!force && now - this.lastSweep < RESUMABLE_LIMITS.sweepEveryMs) return 0;
    this.lastSweep = now;
    return this.server.cleanUpExpiredUploads().catch(() => 0);
  }

  /** Keeps at most `perAccount - 1` uploads of this owner before a new one: the oldest go. */
  private async keepRoomFor(owner: UploadOwner): Promise<void> {
    const ids = await this.store.configstore.list?.().catch(() => []);
    const mine: Upload[] = [];
    for (const id of ids ?? []) {
      const upload = await this.store.getUpload(id).catch(() => null);
      if (upload && ownedBy(upload, owner)) mine.push(upload);
    }
    mine.sort((a, b) => String(a.creation_date).localeCompare(String(b.creation_date)));
    for (const old of mine.slice(0, Math.max(0, mine.length - RESUMABLE_LIMITS.perAccount + 1)))
      await this.discard(old.id);
  }
}

const instances = new WeakMap<Deps['files'], ResumableUploads>();

/**
 * The uploads of this server, kept beside the evidence files (`<archivos>/subidas`, a name no
 * municipality's folder can take), with an hourly sweep that does not keep the process alive.
 */
export function resumableUploads(deps: Deps): ResumableUploads {
  let uploads = instances.get(deps.files);
  if (!uploads) {
    uploads = new ResumableUploads(join(deps.files.root, 'subidas'));
    instances.set(deps.files, uploads);
    const sweeper = uploads;
    setInterval(() => void sweeper.sweep(true), RESUMABLE_LIMITS.sweepEveryMs).unref();
  }
  return uploads;
}
