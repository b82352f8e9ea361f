/**
 * Which source a default query takes when several publish the same figure.
 * For each period the first rule whose window contains it and whose source can
 * answer (with a complete period) wins; `corridor check` reports the differences
 * between the sources that lose and the one that wins.
 */
export interface PrecedenceRule {
  source: string;
  /** The rule applies to periods starting on or after this date. */
  from?: string;
  /** The rule applies to periods starting before this date. */
  until?: string;
  why: string;
}

export const PRECEDENCE: Record<string, PrecedenceRule[]> = {
  encounters: [
    // Same definition, same periods, one exact and one rounded: the exact one wins, and
    // `corridor check` (overlap/*-usbp-*) reports OHSS's rounded figures against it.
    { source: 'cbp-legacy-monthly', until: '2020-10-01', why: 'CBP\'s legacy Border Patrol monthly figures are exact (FY2019 southwest border 851,508; May 2019 132,856) where OHSS rounds to 10; before FY2005 OHSS also counts fewer apprehensions than CBP published (FY2000: -5.1%). Legacy figures win to FY2020, their last year.' },
    { source: 'cbp-legacy-annual', until: '2020-10-01', why: 'As above, for the annual legacy series (exact, to FY2020).' },
    { source: 'cbp-sbo', why: 'CBP\'s own southwest border file: unrounded, the most detailed, the latest.' },
    { source: 'cbp-state', why: 'CBP\'s own by-state file: unrounded.' },
    { source: 'ohss-monthly', why: 'OHSS monthly tables: official, all of CBP, rounded to 10.' },
    { source: 'ohss-khsm', why: 'OHSS Border Patrol workbook: official, Border Patrol only, rounded to 10.' },
    { source: 'cbp-legacy-monthly', why: 'CBP legacy Border Patrol monthly series (FY2000-FY2020).' },
    { source: 'cbp-legacy-annual', why: 'CBP legacy Border Patrol annual series (from FY1925).' },
    { source: 'iom', why: 'Third-party (IOM) compilation of CBP\'s southwest border CSV, unrounded: after every official file, it fills what they lack (FY2018-FY2021 by nationality, demographic and authority; areas by nationality).' },
    { source: 'govnumbers', why: 'Third-party compilation of OHSS and CBP figures: extends the southwest border total to the latest month.' },
    { source: 'ddp', why: 'Third-party (Deportation Data Project) series: extends nationwide Border Patrol figures to the latest month.' },
  ],
  // ICE's ERO administrative arrests. Before this rule no source was listed, so every table
  // tied and OHSS's fiscal-year table won on its grain alone, over the exact FOIA counts.
  'ice-arrests': [
    { source: 'ice-foia', until: '2018-10-01', why: 'ICE\'s record-level FOIA files, counted unrounded, to FY2018: the same ERO administrative arrests as OHSS, every month within its rounding to 10 (FY2017 143,470 in both; FY2018 158,581 against 158,580). FY2019 was extracted on 1 September 2019: September holds 4 arrests and the months before lack up to 52 arrests recorded later (June 2019 11,208 against OHSS\'s 11,260), so OHSS answers from FY2019 (143,100).' },
    { source: 'ohss-monthly', why: 'OHSS monthly tables: official, rounded to 10, FY2014-Aug 2024, data as of 30 September 2024.' },
    { source: 'ice-foia', why: 'ICE\'s FOIA files for FY2019 (to 1 September 2019): after OHSS, they answer what OHSS lacks (areas of responsibility, sex).' },
  ],
  'mx-presentados': [
    { source: 'upm-boletin', why: 'UPM\'s bulletin tables by state (2019-Jul 2021), read from the workbooks.' },
    { source: 'iom', why: 'Third-party (IOM) compilation of UPM\'s tables by nationality and by sex and age (2018-Apr 2025): fills the months the bulletin tables lack.' },
  ],
};

/** Rank of a source for a period under a measure's rules (lower wins); unlisted sources come last. */
export function rankOf(measure: string, source: string, period: string, thirdParty: boolean): number {
  const rules = PRECEDENCE[measure] ?? [];
  const i = rules.findIndex((r) => r.source === source && (!r.from || period >= r.from) && (!r.until || period < r.until));
  if (i >= 0) return i;
  return rules.length + (thirdParty ? 1 : 0);
}
