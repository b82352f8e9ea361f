/**
 * Country labels seen in the upm files that the ISO name lists do not cover,
 * mapped to one code (matched after normalisation: accents, case, punctuation ignored).
 * Seen in the INM transparency response on airport rejections (upm-rechazos), which
 * writes official Spanish long names.
 */
export const UPM_ALIASES: Record<string, string> = {
  'Estado Plurinacional de Bolivia': 'BOL',
  'Estados Federados de Micronesia': 'FSM',
  'Estados Unidos de América': 'USA',
  'Ex República Yugoslava De Macedonia': 'MKD',
  'Federación De Rusia': 'RUS',
  'Islas Reunion': 'REU',
  'Kazajstan': 'KAZ',
  'Nueva Zelandia': 'NZL',
  'Región Administrativa Especial De Macao': 'MAC',
  'Región Administrativa Especial Hong Kong': 'HKG',
  'Reino Unido de Gran Bretaña e Irlanda del Norte': 'GBR',
  'República Bolivariana de Venezuela': 'VEN',
  'República Democrática del Congo': 'COD',
  'República Federal Democrática de Nepal': 'NPL',
  'República Islámica del Irán': 'IRN',
  'República Unida de Tanzania': 'TZA',
  'República de Moldova': 'MDA',
  // The Sahrawi Republic: its claimed territory is ISO's Western Sahara.
  'República Árabe Saharaui Democrática': 'ESH',
  'República Árabe de Siria': 'SYR',
  'Taiwan (Provincia de China)': 'TWN',
};
