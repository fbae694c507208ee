import { bodyLimit } from 'hono/body-limit';

import { AppError } from '../../http/errors';

/**
 * Written-down upload limits (reliability battery C, ASVS 5.1.1). Sized for municipal documents
 * and zipped GIS layers sent over poor connections.
 */
export const UPLOAD_LIMITS = {
  /** Largest file accepted, compressed. */
  maxBytes: 25 * 1024 * 1024,
  /** Largest total once a ZIP is expanded. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 1000,
  /** Expansion ratio above which a ZIP is treated as a bomb. */
  maxCompressionRatio: 100,
} as const;

/**
 * The body limit of a route that takes one file (evidence, a layer): the file's limit plus room
 * for the form's other fields, refused before the body is read, with the same Spanish message.
 */
export function fileUploadBodyLimit() {
  return bodyLimit({
    maxSize: UPLOAD_LIMITS.maxBytes + 1024 * 1024,
    onError: () => {
      throw new AppError(
        'carga_rechazada',
        'El archivo supera 25 MB. Divídalo o comprímalo y vuelva a intentarlo.',
      );
    },
  });
}
