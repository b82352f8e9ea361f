/**
 * Country labels seen in the inm files that the ISO name lists do not cover,
 * mapped to one code (matched after normalisation: accents, case, punctuation ignored).
 *
 * Seen in INM's daily operational files (IA-NAMI repository, src/sources/inm-ianami):
 * INM writes the official long Spanish names, in several casings ("De"/"de", all capitals),
 * which the normalisation already folds together; only one spelling of each is listed.
 */
export const INM_ALIASES: Record<string, string> = {
  'Estado Plurinacional de Bolivia': 'BOL',
  'Estados Federados de Micronesia': 'FSM',
  'Estados Unidos de América': 'USA',
  'Islas Vírgenes de Estados Unidos': 'VIR',
  'Federación de Rusia': 'RUS',
  'Kazajstan': 'KAZ',
  'Nueva Zelandia': 'NZL',
  'Región Administrativa Especial Hong Kong': 'HKG',
  'Región Administrativa Especial de Macao': 'MAC',
  'Reino Unido de Gran Bretaña e Irlanda del Norte': 'GBR',
  'República Bolivariana de Venezuela': 'VEN',
  'República Democrática del Congo': 'COD',
  'República Federal Democrática de Nepal': 'NPL',
  'República Islámica del Irán': 'IRN',
  'República Unida de Tanzania': 'TZA',
  'República Unida de Tanzanía': 'TZA',
  'República Árabe de Siria': 'SYR',
  'República de Moldova': 'MDA',
  'República de Kosovo': 'XKX',
  // North Macedonia, under its old official names.
  'Ex República Yugoslava de Macedonia': 'MKD',
  'República de Macedonia': 'MKD',
  'Seychelles Islas': 'SYC',
  'Taiwan (Provincia de China)': 'TWN',
  // A misspelling of Burundi (Rescatados.csv).
  'Burindi': 'BDI',
  // Norfolk Island (an Australian territory) is a column of the US encounter file: odd as a
  // nationality, but it is the label INM's catalogue uses, so it is kept as published.
  'Islas Norfolk': 'NFK',
};
