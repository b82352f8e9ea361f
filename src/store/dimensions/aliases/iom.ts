/**
 * Nationality codes of IOM's gdidata files that are not ISO 3166 alpha-3 codes.
 * (TIB, Tibetan, in the Darién file is already taught in unhcr.ts.)
 */
export const IOM_ALIASES: Record<string, string> = {
  // gdidata's code for the publishers' "other" rows (CBP's "Other", SNM's "otros").
  OOO: 'OTHER',
  // gdidata's code for UPM's "apátrida" rows: stateless persons.
  STL: 'STATELESS',
};
