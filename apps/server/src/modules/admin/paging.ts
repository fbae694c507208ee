/** Server-side pages: the console searches 1,122 municipalities and thousands of accounts. */
export const PAGE_SIZE = 20;

export const offsetOf = (pagina: number) => (Math.max(1, pagina) - 1) * PAGE_SIZE;

/** A search text as a LIKE pattern, lower-case and without accents, wildcards escaped. */
export function searchPattern(q: string | undefined): string {
  const folded = (q ?? '')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  return `%${folded}%`;
}

/** SQL that folds a column the way {@link searchPattern} folds the text (no unaccent needed). */
export const FOLD_FROM = 'áéíóúüñàèìòù';
export const FOLD_TO = 'aeiouunaeiou';
