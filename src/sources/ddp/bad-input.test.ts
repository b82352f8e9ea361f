import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { replaceLine } from '../../../test/fixture-copies.js';
import { expectInputError } from '../../../test/input-error.js';
import { corrupted } from './testing.js';

const XREF = 'encounters_monthly_cross_reference.csv';
const PARTS = 'monthly-encounters-by-part.csv';
const parseCorrupted = async (id: string, edit: (lines: string[]) => string[]) => parseWith(adapter, await corrupted(id, edit));

describe('ddp rejects bad input', () => {
  it('a renamed header', async () => {
    await expectInputError(parseCorrupted('cross-reference', replaceLine(1, 'cbp_usb_encounter_count', 'cbp_usbp_encounter_count')), { file: XREF, row: 1, column: '5' });
  });

  it('a footnote row', async () => {
    await expectInputError(parseCorrupted('encounters-by-part', (l) => [...l, 'Source: CBP FOIA library,,']), { file: PARTS, row: 6, column: 'month_start' });
  });

  it('text in a number', async () => {
    await expectInputError(parseCorrupted('cross-reference', replaceLine(5, ',169442,0', ',169442*,0')), { file: XREF, row: 5, column: 'cbp_usb_encounter_count' });
  });

  it('a duplicated month', async () => {
    const e = await expectInputError(parseCorrupted('cross-reference', (l) => [...l, l[4]]), { file: XREF, row: 12, column: 'month_start' });
    expect(e.message).toContain('row 5');
  });

  it('two parts that disagree on a month, naming both rows', async () => {
    const e = await expectInputError(parseCorrupted('encounters-by-part', (l) => [...l, 'usbp_encounter_subject_details_q2_fy2020.xlsx,2020-03-01,30768']), { file: PARTS, row: 6, column: 'encounter_count' });
    expect(e.message).toContain('row 4');
    expect(e.message).toContain('usbp_encounter_subject_details_fy2020.xlsx');
    expect(e.message).toContain('usbp_encounter_subject_details_q2_fy2020.xlsx');
  });

  it('a month that does not match its fiscal year and month', async () => {
    await expectInputError(parseCorrupted('cross-reference', replaceLine(5, '2021,3,', '2021,4,')), { file: XREF, row: 5, column: 'month_start' });
  });

  it('a difference that does not match the two counts', async () => {
    await expectInputError(parseCorrupted('cross-reference', replaceLine(7, ',-33,', ',-32,')), { file: XREF, row: 7, column: 'difference' });
  });

  it('a blank FOIA count where the status says the FOIA files have the month', async () => {
    await expectInputError(parseCorrupted('cross-reference', replaceLine(6, '2024-09-01,55993,', '2024-09-01,,')), { file: XREF, row: 6, column: 'encounters_final_count' });
  });

  it('a month that is not a first day', async () => {
    await expectInputError(parseCorrupted('encounters-by-part', replaceLine(2, '2020-01-01', '2020-01-15')), { file: PARTS, row: 2, column: 'month_start' });
  });

  it('an empty file', async () => {
    await expectInputError(parseCorrupted('cross-reference', () => []), { file: XREF, row: 1, column: 'fiscal_year' });
  });
});
