/**
 * Building the English and Spanish texts of a description together.
 */
import type { Bilingual } from '../types.js';

/** The notes joined into one, sentence after sentence in each language; undefined parts are left out. */
export function joinNotes(...parts: (Bilingual | undefined)[]): Bilingual {
  const given = parts.filter((p): p is Bilingual => p !== undefined);
  return { en: given.map((p) => p.en).join(' '), es: given.map((p) => p.es).join(' ') };
}
