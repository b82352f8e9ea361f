/**
 * How ERO-LESA writes its record-level files: gzip, pipe-delimited, quoted text,
 * five lines before the header (three preamble lines, a blank line, a title line).
 */
import type { RecordKind } from './dispositions.js';

export interface RecordLayout {
  kind: RecordKind;
  /** The header row, cell by cell. */
  header: string[];
  /** Title on line 5 before the year: "ICE Removals for " + "FY2016" (FY2019 adds " (10/1/2018 - 8/31/2019)"). */
  titlePrefix: string;
  /** The date that places a record in a month. */
  dateColumn: string;
  dispositionColumn: string;
}

/** Lines 1 to 4, exactly; line 4 is blank (pipes only). */
export const PREAMBLE = ['ERO-LESA Statistical Tracking Unit', 'For Official Use Only (FOUO)/Pre-decisional', '2019-ICFO-53623', ''];
export const HEADER_LINE = 6;

/** What may follow "FY2019" in a title: the dates of a partial year. */
export const TITLE_SUFFIX = /^( \(\d{1,2}\/\d{1,2}\/\d{4} - \d{1,2}\/\d{1,2}\/\d{4}\))?$/;

/** Columns aggregated; nothing else (birth dates, charges, landmarks) is ever selected. */
export const AOR = 'Area of Responsibility';
export const CITIZENSHIP = 'Citizenship';
export const GENDER = 'Gender';

export const REMOVALS: RecordLayout = {
  kind: 'removals',
  header: [AOR, 'Apprehension Date', 'Processing Disposition Code', 'Birth Date', CITIZENSHIP, GENDER, 'RC Threat Level', 'Final Charge Section', 'Departed Date', 'Removal Date'],
  titlePrefix: 'ICE Removals for ',
  // Removal Date, not Departed Date: every Removal Date falls in the file's fiscal year and
  // the per-year record counts equal ICE's annual report totals; Departed Date often does not.
  dateColumn: 'Removal Date',
  dispositionColumn: 'Processing Disposition Code',
};

export const ARRESTS: RecordLayout = {
  kind: 'arrests',
  header: [AOR, 'Apprehension Date', 'Apprehension Method', 'Apprehension Landmark', 'Operation', 'Processing Disposition', 'Birth Date', CITIZENSHIP, GENDER],
  titlePrefix: 'ERO Administrative Arrests for ',
  dateColumn: 'Apprehension Date',
  dispositionColumn: 'Processing Disposition',
};

export const LAYOUTS: Record<RecordKind, RecordLayout> = { removals: REMOVALS, arrests: ARRESTS };
