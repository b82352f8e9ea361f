/**
 * INM answer to a transparency request (INFOMEX): foreigners rejected (refused entry)
 * at Mexico's international airports by nationality, airport, year, sex and age,
 * 1 January 2017 to 30 September 2021, as published by FelipeSaNa/rechazo-aeropuertos.
 */
import type { CategoryDefinition, MeasureDefinition, SourceDescription } from '../types.js';
import { AIRPORT_PLACES } from './airports.js';

export const SOURCE_ID = 'upm-rechazos';
export const FILE_ID = 'rechazos';
export const DATASET_ID = 'upm-rechazos/airport-rejections';

/** Published column → category. "Menor"/"Mayor" are under/over 18. */
export const COLUMNS: [string, string][] = [
  ['Menor mujer', 'rejection:girl'],
  ['Menor hombre', 'rejection:boy'],
  ['Mayor mujer', 'rejection:woman'],
  ['Mayor hombre', 'rejection:man'],
];

// One observation has one demographic code and members.ts has no sex-by-age members,
// so the four published cells are categories; demographic stays 'ALL'.
export const CATEGORIES: CategoryDefinition[] = [
  { id: 'rejection:girl', label: { en: 'Girls (under 18)', es: 'Niñas (menores de 18 años)' }, definition: { en: 'Column "Menor mujer" of the INM response.', es: 'Columna "Menor mujer" de la respuesta del INM.' } },
  { id: 'rejection:boy', label: { en: 'Boys (under 18)', es: 'Niños (menores de 18 años)' }, definition: { en: 'Column "Menor hombre" of the INM response.', es: 'Columna "Menor hombre" de la respuesta del INM.' } },
  { id: 'rejection:woman', label: { en: 'Adult women', es: 'Mujeres adultas' }, definition: { en: 'Column "Mayor mujer" of the INM response.', es: 'Columna "Mayor mujer" de la respuesta del INM.' } },
  { id: 'rejection:man', label: { en: 'Adult men', es: 'Hombres adultos' }, definition: { en: 'Column "Mayor hombre" of the INM response.', es: 'Columna "Mayor hombre" de la respuesta del INM.' } },
];

export const MEASURES: MeasureDefinition[] = [
  {
    id: 'mx-airport-rejections',
    label: { en: 'Rejections of foreigners at Mexican airports', es: 'Rechazos de extranjeros en aeropuertos de México' },
    definition: {
      en: 'Events in which the National Migration Institute (INM) refused entry (inadmission, "rechazo") to a foreigner arriving at an international airport. Events, not people.',
      es: 'Eventos en que el Instituto Nacional de Migración (INM) negó la internación ("rechazo") a una persona extranjera que llegó a un aeropuerto internacional. Son eventos, no personas.',
    },
    unit: 'events',
  },
];

export const describe: SourceDescription = {
  id: SOURCE_ID,
  title: { en: 'INM rejections of foreigners at airports by nationality, sex and age (transparency response)', es: 'Rechazos de extranjeros en aeropuertos por nacionalidad, sexo y edad, INM (respuesta de transparencia)' },
  publisher: { en: 'Instituto Nacional de Migración (INM), answer to a transparency request (INFOMEX); published by FelipeSaNa (github.com/FelipeSaNa/rechazo-aeropuertos)', es: 'Instituto Nacional de Migración (INM), respuesta a una solicitud de transparencia (INFOMEX); publicada por FelipeSaNa (github.com/FelipeSaNa/rechazo-aeropuertos)' },
  landingPage: 'https://github.com/FelipeSaNa/rechazo-aeropuertos',
  licence: { en: 'Public information delivered by the INM under Mexico\'s transparency law; cite the INM. Published in github.com/FelipeSaNa/rechazo-aeropuertos (no licence stated for the data).', es: 'Información pública entregada por el INM conforme a la ley de transparencia de México; cite al INM. Publicada en github.com/FelipeSaNa/rechazo-aeropuertos (los datos no declaran licencia).' },
  coverage: { en: 'Mexico\'s international airports, by nationality and year, 1 January 2017 to 30 September 2021 (2021 partial), split by sex and age (under/over 18).', es: 'Aeropuertos internacionales de México, por nacionalidad y año, del 1 de enero de 2017 al 30 de septiembre de 2021 (2021 parcial), por sexo y edad (menores y mayores de 18 años).' },
  thirdParty: false,
  files: [
    {
      id: FILE_ID,
      mirrorPath: 'mx/upm_fsn_rechazos_aeropuertos/inm_infomex_rechazos_aeropuerto_edad_sexo_2017_2021.xlsx',
      url: 'https://raw.githubusercontent.com/FelipeSaNa/rechazo-aeropuertos/a34a01164e7df75ad07e6f31118f3fdf8ff15ebb/data/raw/ANEXO_INFOMEX_edad_sexo_final.xlsx',
    },
  ],
  datasets: [
    {
      id: DATASET_ID,
      title: { en: 'Rejections of foreigners by airport, nationality, year, sex and age', es: 'Rechazos de extranjeros por aeropuerto, nacionalidad, año, sexo y edad' },
      measure: 'mx-airport-rejections',
      grain: 'cy',
      complete: ['geography', 'citizenship', 'category'],
      rounding: 1,
      partialPeriods: ['2021-01-01'],
      notes: {
        en: 'Category ALL is the response\'s "Total general"; the four categories (girls, boys, adult women, adult men) add up to it. Only airport, nationality and year combinations with rejections are listed. 2021 runs to 30 September. These totals (2017: 15,818; 2019: 31,004) are 0.3-3% above the UPM bulletin\'s "Rechazos" tables (15,636; 30,674) as re-keyed in the same repository; its 2021 (36,234) is a year to date whose end is not stated. Events, not people.',
        es: 'La categoría ALL es el "Total general" de la respuesta; las cuatro categorías (niñas, niños, mujeres adultas, hombres adultos) suman ese total. Solo se listan las combinaciones de aeropuerto, nacionalidad y año con rechazos. 2021 llega al 30 de septiembre. Estos totales (2017: 15,818; 2019: 31,004) superan en 0.3-3 % los cuadros de "Rechazos" del boletín de la UPM (15,636; 30,674) transcritos en el mismo repositorio; su 2021 (36,234) es un acumulado del año cuyo corte no se indica. Son eventos, no personas.',
      },
    },
  ],
  measures: MEASURES,
  categories: CATEGORIES,
  places: AIRPORT_PLACES,
};
