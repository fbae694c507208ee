import { createRequire } from 'node:module';

import type * as Common from '@zxcvbn-ts/language-common';
import type * as Spanish from '@zxcvbn-ts/language-es-es';

/**
 * Password rules of OWASP ASVS 4.0 level 2 (V2.1): at least 12 characters, at least 64 allowed,
 * no composition rules. Spaces count (passphrases are welcome); the text is checked as typed.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const TOO_COMMON =
  'Esa contraseña es de las más usadas y se adivina fácilmente. Elija otra, por ejemplo una frase de varias palabras.';

/** A listed word counts inside a password (with digits or symbols around it) from this length. */
const WORD_MIN = 4;

/**
 * Checked like the listed ones, as no package list carries them: words of this service and of
 * the office (NIST SP 800-63B 5.1.1.2, context-specific words) and the entries of the former
 * hand-written list that the package lists miss.
 */
const EXTRA_WORDS = [
  'rutapot',
  'ruta pot',
  'planeacion',
  'alcaldia',
  'contrasenaa',
  '1234567890123',
];

/** Lower case, accents folded: «Contraseña» and «contrasena» are the same guess. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Common and breached passwords (ASVS V2.1.7), as folded by `fold`, from the zxcvbn-ts data
 * packages: `passwords-common` of @zxcvbn-ts/language-common (49,233 most used passwords from
 * breach corpora) and, of @zxcvbn-ts/language-es-es, the Spanish common words (39,799, from
 * OpenSubtitles via OPUS, ODC-BY: attribution kept in the package's NOTICE.md), Wikipedia words
 * (49,185), first names (1,279) and surnames (7,803): 106,672 distinct entries once folded.
 * Requiring a package loads all its lists, so the Wikipedia words and the names cost
 * almost nothing more.
 *
 * Built on the first check, never at start-up: loading the packages and filling the Set takes
 * about 0.25 s and, measured with process.memoryUsage() before and after (Node 20, after gc),
 * costs about 11 MB of heap (heapUsed) and about 35 MB of resident memory (rss) for the life of
 * the process. Both packages ship a CommonJS build; `require` keeps the check synchronous.
 */
let listed: Set<string> | undefined;

function listedPasswords(): Set<string> {
  if (listed) return listed;
  const require = createRequire(import.meta.url);
  const common = (require('@zxcvbn-ts/language-common') as typeof Common).dictionary;
  const spanish = (require('@zxcvbn-ts/language-es-es') as typeof Spanish).dictionary;
  const lists: readonly (readonly string[])[] = [
    common['passwords-common'],
    spanish['commonWords-es-es'],
    spanish['wikipedia-es-es'],
    spanish['firstnames-es-es'],
    spanish['lastnames-es-es'],
    EXTRA_WORDS,
  ];
  const set = new Set<string>();
  for (const list of lists) for (const entry of list) set.add(fold(entry));
  listed = set;
  return set;
}

/**
 * Whether the password is a listed one, or a listed word of at least WORD_MIN characters with
 * only digits and symbols before or after it («contraseña123», «2024colombia!»). A phrase of
 * several words is not a listed entry, so it passes.
 */
function isListed(password: string): boolean {
  const set = listedPasswords();
  const folded = fold(password);
  if (set.has(folded)) return true;
  const word = folded.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return word.length >= WORD_MIN && set.has(word);
}

/** A Spanish message saying what is wrong with the password, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email: string }): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN)
    return `La contraseña debe tener al menos ${PASSWORD_MIN} caracteres. Una frase de varias palabras es fácil de recordar y difícil de adivinar.`;
  if (length > PASSWORD_MAX) return `La contraseña puede tener hasta ${PASSWORD_MAX} caracteres.`;
  if (/^(.)\1+$/u.test(password) || isListed(password)) return TOO_COMMON;
  const lower = password.toLowerCase();
  const local = context.email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local))
    return 'La contraseña no debe contener su correo. Elija otra.';
  return null;
}
