/**
 * The White House fact sheet of 3 August 2021: US COVID-19 vaccine doses donated and
 * shipped abroad, by recipient country, to that date (one snapshot).
 *
 * The fact sheet publishes the figures only as an HTML table. The mirror holds a CSV
 * parsed from that table (marked DERIVED in the manifest, no value changed); it is the
 * only machine-readable form there is, so corridor reads it, and says so in the notes.
 * No public copy of that CSV exists, so the file's URL is the fact sheet itself: a
 * download gets the HTML page, which the parser rejects (its header is not the CSV's).
 * The fact sheet as Markdown, in an archive of White House releases, is ARCHIVE_URL.
 */
import type { SourceDescription } from '../types.js';

export const FACT_SHEET_URL =
  'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/08/03/fact-sheet-president-biden-announces-major-milestone-in-administrations-global-vaccination-efforts-more-than-100-million-u-s-covid-19-vaccine-doses-donated-and-shipped-abroad/';
export const ARCHIVE_URL =
  'https://raw.githubusercontent.com/brian14708/wh-briefings/737ca03a271adc205c67766074ec8d0070f7ad95/statements-releases/2021-08/2021-08-03-fact-sheet-president-biden-announces-major-milestone-in-administrations-global-vaccination-efforts-more-than-100-million-u-s-covid-19-vaccine-doses-donated-and-shipped-abroad.md';

/** The day of the fact sheet: every row of the table is "to date" on it. */
export const FACT_SHEET_DATE = '2021-08-03';

export const DS = 'wh-vaccines/doses-by-recipient';
export const DONOR_USA = 'donor:USA';

export const describe: SourceDescription = {
  id: 'wh-vaccines',
  title: {
    en: 'White House fact sheet, 3 Aug 2021: US COVID-19 vaccine doses donated and shipped, by recipient',
    es: 'Hoja informativa de la Casa Blanca, 3 ago 2021: dosis de vacuna contra COVID-19 donadas y enviadas por EE. UU., por país receptor',
  },
  publisher: { en: 'The White House', es: 'La Casa Blanca' },
  landingPage: FACT_SHEET_URL,
  licence: { en: 'A US government work (public domain). The table was converted from the fact sheet\'s HTML to CSV for corridor; no value was changed.', es: 'Obra del gobierno de EE. UU. (dominio público). La tabla se convirtió del HTML de la hoja informativa a CSV para corridor; no se cambió ningún valor.' },
  coverage: { en: 'Cumulative to 3 August 2021: 65 recipient countries, 111,701,000 doses.', es: 'Acumulado al 3 de agosto de 2021: 65 países receptores, 111,701,000 dosis.' },
  thirdParty: false,
  files: [
    {
      id: 'donations',
      mirrorPath: 'vaccines/whitehouse_factsheet_2021_08_03/us_covid19_vaccine_donations_by_recipient_2021-08-03.csv',
      url: FACT_SHEET_URL,
      // The mirror's CSV of the fact sheet's HTML table; the page itself is not in the mirror.
      convertedFrom: {},
    },
  ],
  datasets: [
    {
      id: DS,
      title: {
        en: 'US COVID-19 vaccine doses donated and shipped, by recipient country, to 3 Aug 2021',
        es: 'Dosis de vacuna contra COVID-19 donadas y enviadas por EE. UU., por país receptor, al 3 ago 2021',
      },
      measure: 'vaccine-doses-donated',
      grain: 'day',
      complete: ['geography'],
      rounding: 1000,
      notes: {
        en: 'Cumulative doses to the day of the fact sheet, not doses of that day. Read from a CSV parsed from the fact sheet\'s HTML table (the only machine-readable form; no value changed); the rows add up to the 111,701,000 total the fact sheet prints. Every figure is a whole thousand of doses. Most doses were shipped through COVAX; the fact sheet names no regional grouping (African Union, CARICOM) as a recipient in its table. Later US donations are not included.',
        es: 'Dosis acumuladas al día de la hoja informativa, no dosis de ese día. Leídas de un CSV obtenido de la tabla HTML de la hoja informativa (la única forma legible por máquina; ningún valor cambió); las filas suman el total de 111,701,000 que imprime la hoja. Cada cifra es un número entero de miles de dosis. La mayoría de las dosis se enviaron a través de COVAX; la tabla no nombra como receptor a ninguna agrupación regional (Unión Africana, CARICOM). No incluye donaciones posteriores de EE. UU.',
      },
    },
  ],
  measures: [
    {
      id: 'vaccine-doses-donated',
      label: { en: 'COVID-19 vaccine doses donated', es: 'Dosis de vacuna contra COVID-19 donadas' },
      definition: {
        en: 'Doses of COVID-19 vaccine a donor government gave a recipient country and shipped, cumulative to the date of the figure (the category names the donor). A running total: figures of two dates never add up.',
        es: 'Dosis de vacuna contra COVID-19 que un gobierno donante dio a un país receptor y envió, acumuladas a la fecha de la cifra (la categoría nombra al donante). Un total acumulado: las cifras de dos fechas nunca se suman.',
      },
      // Cumulative to a date: a level, never summed over time.
      stock: true,
      unit: 'doses',
    },
  ],
  categories: [
    {
      id: DONOR_USA,
      label: { en: 'Donated by the United States', es: 'Donadas por Estados Unidos' },
      definition: { en: 'Doses from the US government\'s supply.', es: 'Dosis del suministro del gobierno de EE. UU.' },
    },
  ],
};
