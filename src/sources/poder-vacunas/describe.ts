/**
 * PODER's "Vacuna$ 2023": the COVID-19 vaccine purchase contracts and donation agreements
 * of the Government of Mexico, compiled by PODER (a third party) from official documents.
 * The amount column counts doses, not money (its currency is always "DOSIS").
 */
import type { SourceDescription } from '../types.js';
import { AGREEMENT_CATEGORIES } from './agreements.js';

const COMMIT = '98dd9e7e7c7e79bab233faab18c8c1b89dd4865e';

export const DS = 'poder-vacunas/agreements';

export const describe: SourceDescription = {
  id: 'poder-vacunas',
  title: {
    en: 'PODER, Vacuna$ 2023: Mexico\'s COVID-19 vaccine contracts and donations',
    es: 'PODER, Vacuna$ 2023: contratos y donaciones de vacunas contra COVID-19 de México',
  },
  publisher: { en: 'PODER (Project on Organizing, Development, Education and Research), compiling documents of the Secretaría de Salud and the Secretaría de Relaciones Exteriores', es: 'PODER (Proyecto sobre Organización, Desarrollo, Educación e Investigación), recopilación de documentos de la Secretaría de Salud y la Secretaría de Relaciones Exteriores' },
  landingPage: 'https://github.com/ProjectPODER/vacunas-2023',
  licence: { en: 'A compilation by PODER of Mexican government contracts and agreements; cite PODER and the signing ministries (Secretaría de Salud, Secretaría de Relaciones Exteriores).', es: 'Recopilación de PODER de contratos y convenios del gobierno mexicano; cite a PODER y a las secretarías firmantes (Secretaría de Salud, Secretaría de Relaciones Exteriores).' },
  coverage: { en: 'Agreements dated October 2020 to August 2022: 9 purchases by direct award, 6 donations.', es: 'Convenios fechados de octubre de 2020 a agosto de 2022: 9 compras por adjudicación directa, 6 donaciones.' },
  thirdParty: true,
  files: [
    {
      id: 'contracts',
      mirrorPath: 'vaccines/poder_vacunas_2023/mx_covid_vaccine_contracts_and_donations.csv',
      url: `https://raw.githubusercontent.com/ProjectPODER/vacunas-2023/${COMMIT}/assets/data/contratos.csv`,
    },
  ],
  datasets: [
    {
      id: DS,
      title: {
        en: 'COVID-19 vaccine doses in Mexico\'s purchase contracts and donation agreements, by supplier or donor',
        es: 'Dosis de vacuna contra COVID-19 en los contratos de compra y convenios de donación de México, por proveedor o donante',
      },
      measure: 'vaccine-doses-contracted',
      grain: 'day',
      complete: ['category'],
      rounding: 1,
      notes: {
        en: 'Compiled by PODER, a third party, from official documents; cite PODER and the signing ministry. Figures changed between versions of PODER\'s file (an older version gave 6,272,000 Moderna doses and dated the AstraZeneca donation agreement 19/11/2021): treat them as approximate. Doses agreed, dated by the agreement\'s start date, not doses delivered or their delivery dates.',
        es: 'Compilado por PODER, un tercero, a partir de documentos oficiales; cite a PODER y a la secretaría firmante. Las cifras cambiaron entre versiones del archivo de PODER (una versión anterior daba 6,272,000 dosis de Moderna y fechaba el convenio de donación de AstraZeneca el 19/11/2021): tómelas como aproximadas. Son dosis acordadas, fechadas por el inicio del acuerdo, no dosis entregadas ni sus fechas de entrega.',
      },
    },
  ],
  measures: [
    {
      id: 'vaccine-doses-contracted',
      label: { en: 'COVID-19 vaccine doses contracted', es: 'Dosis de vacuna contra COVID-19 contratadas' },
      definition: {
        en: 'Doses of COVID-19 vaccine that a purchase contract or donation agreement signed by a government provides for, on the agreement\'s start date. Agreed, not necessarily delivered.',
        es: 'Dosis de vacuna contra COVID-19 que prevé un contrato de compra o convenio de donación firmado por un gobierno, en la fecha de inicio del acuerdo. Acordadas, no necesariamente entregadas.',
      },
      unit: 'doses',
    },
  ],
  categories: AGREEMENT_CATEGORIES,
};
