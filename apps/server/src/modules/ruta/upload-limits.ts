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
