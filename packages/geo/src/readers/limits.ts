/** Limits on what a layer file may contain (issue 14, "Bad input and safety"). */
export const LAYER_LIMITS = {
  /** Vertices in the whole layer. */
  maxVertices: 1_000_000,
  /** Vertices in a single feature. */
  maxFeatureVertices: 200_000,
  /** Expanded bytes of all the entries of a zip. */
  maxZipExpandedBytes: 200 * 1024 * 1024,
  /** Entries in a zip. */
  maxZipEntries: 1_000,
  /** Expanded size / compressed size, per entry. */
  maxZipRatio: 100,
} as const;
