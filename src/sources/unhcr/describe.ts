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
  publisher: { en: 'Office of the United Nations High Commissioner for Refugees (UNHCR), Refugee Data Finder', es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR), Refugee Data Finder' },
  landingPage: 'https://www.unhcr.org/refugee-statistics/',
  licence: { en: 'CC BY 4.0 (DESCRIPTION of the R package refugees); cite UNHCR Refugee Data Finder and follow its terms of use.', es: 'CC BY 4.0 (DESCRIPTION del paquete de R refugees); cite el Refugee Data Finder de ACNUR y siga sus condiciones de uso.' },
  coverage: {
    en:
      'Every country of the Americas as country of asylum (every origin) or as country of origin (every country of asylum), by calendar year: ' +
      'end-year populations 1951-2025, asylum applications and decisions 2000-2025, displacement flows 1962-2025, resettlement and naturalisation 1959-2025. ' +
      'R package refugees 2025.12.1 (commit 0c16a6d0, data/*.rda), read as the mirror\'s CSV conversions of those files (no value changed): this source is ingested from the mirror only.',
    es: 'Cada país de América como país de asilo (todos los orígenes) o como país de origen (todos los países de asilo), por año calendario: poblaciones a fin de año 1951-2025, solicitudes y decisiones de asilo 2000-2025, flujos de desplazamiento 1962-2025, reasentamiento y naturalización 1959-2025. Paquete de R refugees 2025.12.1 (commit 0c16a6d0, data/*.rda), leído como las conversiones a CSV de esos archivos que guarda el espejo (sin cambiar ningún valor): esta fuente se carga solo desde el espejo.',
  },
  thirdParty: false,
  files: SOURCE_FILES,
  datasets: DATASETS,
  measures: MEASURES,
  categories: [...APPLICATION_CATEGORIES, ...DECISION_CATEGORIES],
  places: [UNKNOWN_ASYLUM],
};
