/**
 * UPM (SEGOB) "Boletín Mensual de Estadísticas Migratorias": Cuadro 3.1 (foreigners
 * presented before the migration authority) and Cuadro 1.2 (regular entries) by state
 * and month, 2019 to July 2021, as FelipeSaNa re-keyed them into flat sheets.
 */
import type { Bilingual, MeasureDefinition, SourceDescription } from '../types.js';
import { DATASET, FILES, SOURCE_ID } from './files.js';

const REKEYED: Bilingual = {
  en: 'Re-keyed from the bulletin tables into one flat sheet per year by FelipeSaNa (github.com/FelipeSaNa/despliegue-guardia-nacional); 2021 covers January-July only.',
  es: 'Transcrito de los cuadros del boletín a una hoja plana por año por FelipeSaNa (github.com/FelipeSaNa/despliegue-guardia-nacional); 2021 abarca solo de enero a julio.',
};

export const MEASURES: MeasureDefinition[] = [
  {
    id: 'mx-presentados',
    label: {
      en: 'Events of foreigners presented before the migration authority (INM)',
      es: 'Eventos de extranjeros presentados ante la autoridad migratoria',
    },
    definition: {
      en: 'Events in which a foreigner without regular migration status was brought before the National Migration Institute (INM), Mexico\'s apprehension measure. Events, not people: one person can be presented several times. From 2020 UPM includes children referred (canalizados) to the DIF child-welfare system.',
      es: 'Eventos en que una persona extranjera sin situación migratoria regular fue presentada ante el Instituto Nacional de Migración (INM), la medida mexicana de detenciones. Son eventos, no personas: una misma persona puede ser presentada varias veces. Desde 2020 la UPM incluye a niñas, niños y adolescentes canalizados al DIF.',
    },
    unit: 'events',
  },
  {
    id: 'mx-regular-entries',
    label: { en: 'Regular entries into Mexico', es: 'Entradas regulares a México' },
    definition: {
      en: 'Documented entries into Mexico (foreigners and Mexican nationals) recorded by the INM at air, sea and land ports, by the state where the port of entry is. Events, not people.',
      es: 'Entradas documentadas a México (extranjeros y nacionales) registradas por el INM en puntos de internación aéreos, marítimos y terrestres, por la entidad federativa del punto de internación. Son eventos, no personas.',
    },
    unit: 'events',
  },
];

export const describe: SourceDescription = {
  id: SOURCE_ID,
  title: { en: 'UPM Monthly Bulletin of Migration Statistics, tables by state', es: 'Boletín Mensual de Estadísticas Migratorias de la UPM, cuadros por entidad' },
  publisher: { en: 'Unidad de Política Migratoria, Registro e Identidad de Personas (UPM), Secretaría de Gobernación (SEGOB)', es: 'Unidad de Política Migratoria, Registro e Identidad de Personas (UPM), Secretaría de Gobernación (SEGOB)' },
  landingPage: 'http://portales.segob.gob.mx/es/PoliticaMigratoria/Boletines_Estadisticos',
  licence: { en: 'Official statistics of the Mexican federal government (SEGOB), published for public use; cite UPM/SEGOB. Flat sheets re-keyed by FelipeSaNa (github.com/FelipeSaNa/despliegue-guardia-nacional).', es: 'Estadística oficial del gobierno federal mexicano (SEGOB), publicada para uso público; cite a UPM/SEGOB. Hojas planas recapturadas por FelipeSaNa (github.com/FelipeSaNa/despliegue-guardia-nacional).' },
  coverage: { en: 'Mexico, by state (all 32), monthly, January 2019 to July 2021: Cuadro 3.1 foreigners presented before the INM, Cuadro 1.2 regular entries by state of the port of entry.', es: 'México, por estado (los 32), mensual, de enero de 2019 a julio de 2021: Cuadro 3.1 personas extranjeras presentadas ante el INM, Cuadro 1.2 entradas regulares por estado del punto de internación.' },
  thirdParty: false,
  files: FILES.map(({ id, mirrorPath, url }) => ({ id, mirrorPath, url })),
  datasets: [
    {
      id: DATASET.presentados,
      title: {
        en: 'Events of foreigners presented before the migration authority, by state and month (Cuadro 3.1)',
        es: 'Eventos de extranjeros presentados ante la autoridad migratoria, por entidad y mes (Cuadro 3.1)',
      },
      measure: 'mx-presentados',
      grain: 'month',
      complete: ['geography'],
      rounding: 1,
      notes: {
        en: `By the state where the event was registered. Events, not people. From 2020 UPM counts children referred (canalizados) to DIF too: compare 2019 with later years with care. ${REKEYED.en}`,
        es: `Por la entidad donde se registró el evento. Son eventos, no personas. Desde 2020 la UPM cuenta también a los menores canalizados al DIF: compárese 2019 con años posteriores con cuidado. ${REKEYED.es}`,
      },
    },
    {
      id: DATASET.entries,
      title: {
        en: 'Regular entries into Mexico by state of the port of entry and month (Cuadro 1.2)',
        es: 'Entradas regulares a México por entidad del punto de internación y mes (Cuadro 1.2)',
      },
      measure: 'mx-regular-entries',
      grain: 'month',
      complete: ['geography'],
      rounding: 1,
      notes: {
        en: `A state the bulletin marks "-" has no port of entry and no figure (Hidalgo and Tlaxcala throughout; Oaxaca in 2019, although it has international airports: probably a gap in the table, not zero entries). ${REKEYED.en}`,
        es: `Una entidad que el boletín marca con "-" no tiene punto de internación ni cifra (Hidalgo y Tlaxcala en todo el periodo; Oaxaca en 2019, aunque tiene aeropuertos internacionales: probablemente un hueco del cuadro, no cero entradas). ${REKEYED.es}`,
      },
    },
  ],
  measures: MEASURES,
};
