/**
 * Guardia Nacional (National Guard) personnel deployed by state and month, July 2019 to
 * July 2021, as compiled by FelipeSaNa: a third-party compilation whose origin the
 * repository does not document.
 */
import type { MeasureDefinition, SourceDescription } from '../types.js';
import { DATASET, FILES, SOURCE_ID } from './files.js';

export const MEASURES: MeasureDefinition[] = [
  {
    id: 'gn-deployed',
    label: { en: 'National Guard personnel deployed', es: 'Elementos de la Guardia Nacional desplegados' },
    definition: {
      en: 'Guardia Nacional personnel deployed in the state in the month. A head count at a point in time, not a flow: months do not add up to a year.',
      es: 'Elementos de la Guardia Nacional desplegados en la entidad en el mes. Un conteo de efectivos en un momento dado, no un flujo: los meses no se suman para obtener un año.',
    },
    unit: 'personnel',
    stock: true,
  },
];

export const describe: SourceDescription = {
  id: SOURCE_ID,
  title: { en: 'National Guard deployment by state (compilation)', es: 'Despliegue de la Guardia Nacional por entidad (compilación)' },
  publisher: { en: 'FelipeSaNa, "Despliegue Guardia Nacional y detenciones migratorias" (origin of the figures not documented; most likely Guardia Nacional reports or transparency requests)', es: 'FelipeSaNa, «Despliegue Guardia Nacional y detenciones migratorias» (el origen de las cifras no está documentado; lo más probable, informes de la Guardia Nacional o solicitudes de transparencia)' },
  landingPage: 'https://github.com/FelipeSaNa/despliegue-guardia-nacional',
  licence: { en: 'No licence stated for the data (the repository\'s code is GPL v2 or later); cite the repository and treat the figures as unverified.', es: 'Los datos no declaran licencia (el código del repositorio es GPL v2 o posterior); cite el repositorio y trate las cifras como no verificadas.' },
  coverage: { en: 'Mexico, by state (all 32), monthly, July 2019 to July 2021.', es: 'México, por estado (los 32), mensual, de julio de 2019 a julio de 2021.' },
  thirdParty: true,
  files: FILES.map(({ id, mirrorPath, url }) => ({ id, mirrorPath, url })),
  datasets: [
    {
      id: DATASET,
      title: { en: 'National Guard personnel deployed by state and month', es: 'Elementos de la Guardia Nacional desplegados por entidad y mes' },
      measure: 'gn-deployed',
      grain: 'month',
      complete: ['geography'],
      rounding: 1,
      notes: {
        en: 'Third-party compilation, origin not documented. Figures repeat over several months (July-November 2019 identical; July = August 2020; February 2021 repeats November 2020 state by state), so they look like periodic counts carried forward. March 2021 looks rotated for Coahuila, Colima and Ciudad de México (12,224 / 2,173 / 979 against about 2,170 / 980 / 12,300 in the months around it): kept as published.',
        es: 'Compilación de terceros, de origen no documentado. Las cifras se repiten varios meses (julio a noviembre de 2019 idénticos; julio = agosto de 2020; febrero de 2021 repite noviembre de 2020 entidad por entidad): parecen conteos periódicos arrastrados. Marzo de 2021 parece rotado para Coahuila, Colima y Ciudad de México (12,224 / 2,173 / 979 frente a cerca de 2,170 / 980 / 12,300 en los meses vecinos): se conserva como se publicó.',
      },
    },
  ],
  measures: MEASURES,
};
