/** Normalises a label for matching: no accents, upper case, single spaces, no punctuation. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}
