import { describe, expect, it } from 'vitest';
import { chartFileName, csvText } from './download';

describe("a chart's downloads", () => {
  it('are named after the chart, its filters and its language: the Spanish PNG does not overwrite the English one', () => {
    // us-border.ts's suffix for Honduras by demographic, by fiscal year from FY2020.
    const suffix = ['HND', 'by-demographic', 'fy', 'from-FY2020'];
    expect(chartFileName('us-border', suffix, 'en', 'png')).toBe('corridor-us-border-hnd-by-demographic-fy-from-fy2020.png');
    expect(chartFileName('us-border', suffix, 'es', 'png')).toBe('corridor-us-border-hnd-by-demographic-fy-from-fy2020-es.png');
    expect(chartFileName('mx-guard', [], 'es', 'csv')).toBe('corridor-mx-guard-es.csv');
  });

  it('write a label with a comma as one CSV field, accents and apostrophes kept, a suppressed figure empty', () => {
    // Del Rio's FY2019 (cbp-legacy-monthly); the legacy file's unaccompanied children of 1999-10, left blank by CBP.
    expect(csvText({ columns: ['geography', 'geography_label', 'value'], rows: [['USBP-DRT', 'Sector Del Río, TX', 57269], ['USBP-BBT', 'Big Bend sector, TX', null], ['CIV', "Cote d'Ivoire", null]] })).toBe(
      'geography,geography_label,value\nUSBP-DRT,"Sector Del Río, TX",57269\nUSBP-BBT,"Big Bend sector, TX",\nCIV,Cote d\'Ivoire,\n',
    );
  });
});
