/**
 * IOM's compilation of corridor series (R data package gdidata, IOM Global Data
 * Institute): Mexico's UPM apprehensions by nationality and by sex and age and its
 * returns, Panama's Darién crossings, and CBP's southwest border encounters by
 * area, nationality, demographic and authority. A third party's compilation of
 * official figures: every table says so and names the original publisher.
 */
import type { SourceDescription } from '../types.js';
import { DATASETS } from './datasets.js';
import { SOURCE_FILES, SOURCE_ID } from './files.js';
import { CATEGORIES, MEASURES } from './measures.js';
import { DARIEN } from './places.js';

export const describe: SourceDescription = {
  id: SOURCE_ID,
  title: {
    en: 'IOM compilation of corridor series (gdidata): Mexico UPM by nationality, Darién crossings, CBP by nationality',
    es: 'Compilación de la OIM de series del corredor (gdidata): UPM de México por nacionalidad, cruces del Darién, CBP por nacionalidad',
  },
  publisher: { en: 'International Organization for Migration (IOM), Global Data Institute, compiling UPM/SEGOB (Mexico), the Servicio Nacional de Migración (Panama) and U.S. CBP', es: 'Organización Internacional para las Migraciones (OIM), Global Data Institute, recopilación de UPM/SEGOB (México), el Servicio Nacional de Migración (Panamá) y CBP de EE. UU.' },
  landingPage: 'https://github.com/iom/gdidata',
  licence: { en: 'MIT licence (LICENSE.md of the R package gdidata); the figures are the official publishers\' (UPM/SEGOB, SNM Panama, U.S. CBP): cite them and IOM.', es: 'Licencia MIT (LICENSE.md del paquete de R gdidata); las cifras son de los editores oficiales (UPM/SEGOB, SNM de Panamá, CBP de EE. UU.): cítelos a ellos y a la OIM.' },
  coverage: {
    en:
      'Mexico (UPM): foreigners presented before the migration authority by nationality and by sex and age, monthly January 2018-April 2025; foreigners returned by Mexico by nationality and kind, January 2015-April 2025. ' +
      'Panama\'s Darién: irregular transits by nationality, yearly 2010-2019 and monthly January 2020-April 2025 (no figure for April, May, July 2020); by sex and age January 2021-April 2025. ' +
      'US southwest border (CBP): encounters by component, authority and demographic from October 2017 (FY2018), and by area of responsibility and nationality from October 2019, to May 2025. ' +
      'R package gdidata (commit c9e4cc69, 2025-06-19, data/*.rda), read as the mirror\'s CSV conversions of those files (no value changed): this source is ingested from the mirror only.',
    es: 'México (UPM): personas extranjeras presentadas ante la autoridad migratoria por nacionalidad y por sexo y edad, mensual, de enero de 2018 a abril de 2025; personas extranjeras devueltas por México por nacionalidad y tipo, de enero de 2015 a abril de 2025. Darién (Panamá): tránsitos irregulares por nacionalidad, anual 2010-2019 y mensual de enero de 2020 a abril de 2025 (sin cifra para abril, mayo y julio de 2020); por sexo y edad, de enero de 2021 a abril de 2025. Frontera suroeste de EE. UU. (CBP): encuentros por componente, autoridad y grupo demográfico desde octubre de 2017 (año fiscal 2018), y por área de responsabilidad y nacionalidad desde octubre de 2019, hasta mayo de 2025. Paquete de R gdidata (commit c9e4cc69, 2025-06-19, data/*.rda), leído como las conversiones a CSV de esos archivos que guarda el espejo (sin cambiar ningún valor): esta fuente se carga solo desde el espejo.',
  },
  thirdParty: true,
  files: SOURCE_FILES,
  datasets: DATASETS,
  measures: MEASURES,
  categories: CATEGORIES,
  places: [DARIEN],
};
