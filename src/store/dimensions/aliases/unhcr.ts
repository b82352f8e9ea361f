/**
 * Country labels seen in the unhcr files that the ISO name lists do not cover,
 * mapped to one code (matched after normalisation: accents, case, punctuation ignored).
 *
 * The UNHCR Refugee Population Statistics Database gives origins and countries of
 * asylum as ISO alpha-3 codes (coo_iso, coa_iso), plus a few codes of its own for
 * what is not a country. Those become explicit groups, never a guessed country.
 */
export const UNHCR_ALIASES: Record<string, string> = {
  // "Unknown": coo_iso UNK in population, asylum and solutions files; "Unknown/other" UKN in flows.csv.
  UNK: 'UNKNOWN',
  UKN: 'UNKNOWN',
  // "Stateless": XXA in most files (and in countries.csv), STA in flows.csv.
  XXA: 'STATELESS',
  STA: 'STATELESS',
  // "Tibetan": an origin UNHCR reports for Tibetans (mostly in Nepal and India), not a country.
  TIB: 'OTHER',
};
