/**
 * UNHCR Refugee Population Statistics Database, as the official R package
 * `refugees` 2025.12.1 distributes it: stocks, flows, solutions and asylum
 * procedures by year, country of origin and country of asylum.
 */
import type { SourceDescription } from '../types.js';
import { APPLICATION_CATEGORIES, DECISION_CATEGORIES } from './categories.js';
import { UNKNOWN_ASYLUM } from './countries.js';
import { DATASETS, MEASURES } from './datasets.js';
import { SOURCE_FILES } from './files.js';

export const describe: SourceDescription = {
  id: 'unhcr',
  title: { en: 'UNHCR Refugee Population Statistics Database', es: 'Base de datos de estadísticas de población refugiada del ACNUR' },
  publisher: 'Office of the United Nations High Commissioner for Refugees (UNHCR), Refugee Data Finder',
  landingPage: 'https://www.unhcr.org/refugee-statistics/',
  licence: 'CC BY 4.0 (DESCRIPTION of the R package refugees); cite UNHCR Refugee Data Finder and follow its terms of use.',
  coverage:
    'Every country of the Americas as country of asylum (every origin) or as country of origin (every country of asylum), by calendar year: ' +
    'end-year populations 1951-2025, asylum applications and decisions 2000-2025, displacement flows 1962-2025, resettlement and naturalisation 1959-2025. ' +
    'R package refugees 2025.12.1 (commit 0c16a6d0, data/*.rda), read as the mirror\'s CSV conversions of those files (no value changed): this source is ingested from the mirror only.',
  thirdParty: false,
  files: SOURCE_FILES,
  datasets: DATASETS,
  measures: MEASURES,
  categories: [...APPLICATION_CATEGORIES, ...DECISION_CATEGORIES],
  places: [UNKNOWN_ASYLUM],
};
