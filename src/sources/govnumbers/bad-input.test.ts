import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../test/parse-context.js';
import adapter from './index.js';
import { fixtureFiles } from '../../../test/fixture-copies.js';
import { expectInputError } from '../../../test/input-error.js';

const LIVE = 'border_encounters.json';
const BACKFILL = 'border_ohss_backfill.json';
const REMOVALS = 'ice_removals_annual.json';
const ADP = 'ice_adp_annual.json';
const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);
const parseCorrupted = async (id: string, edit: (lines: string[]) => string[]) => parseWith(adapter, await corrupted(id, edit));
const replaceAll = (from: string, to: string) => (lines: string[]) => lines.join('\n').replace(from, to).split('\n');

describe('govnumbers rejects bad input', () => {
  it('text in a number, naming its JSON path', async () => {
    const e = await expectInputError(parseCorrupted('border-encounters', replaceAll('"value": 12730\n    }\n  ]', '"value": "12,730"\n    }\n  ]')), { file: LIVE, column: 'series[6].value' });
    expect(e.message).toContain('"12,730"');
  });

  it('a renamed key', async () => {
    const e = await expectInputError(parseCorrupted('border-encounters', replaceAll('"date": "2023-12"', '"month": "2023-12"')), { file: LIVE, column: 'series[5].date' });
    expect(e.message).toContain('found nothing');
  });

  it('an unexpected key in a series entry', async () => {
    await expectInputError(parseCorrupted('border-encounters', replaceAll('"value": 12730\n    }\n  ]', '"value": 12730, "estimated": true\n    }\n  ]')), { file: LIVE, column: 'series[6].estimated' });
  });

  it('a missing series', async () => {
    await expectInputError(parseCorrupted('ohss-backfill', replaceAll('"series"', '"data"')), { file: BACKFILL, column: 'series' });
  });

  it('a wrong unit', async () => {
    await expectInputError(parseCorrupted('border-encounters', replaceAll('"unit": "per month"', '"unit": "per year"')), { file: LIVE, column: 'unit' });
  });

  it('a bad month', async () => {
    await expectInputError(parseCorrupted('border-encounters', replaceAll('"date": "2023-12"', '"date": "2023-13"')), { file: LIVE, column: 'series[5].date' });
  });

  it('a duplicated month', async () => {
    const e = await expectInputError(parseCorrupted('border-encounters', replaceAll('"date": "2023-12"', '"date": "2022-10"')), { file: LIVE, column: 'series[5].date' });
    expect(e.message).toContain('series[4].date');
  });

  it('an OHSS month that the two files disagree on', async () => {
    const e = await expectInputError(parseCorrupted('ohss-backfill', replaceAll('173280', '173290')), { file: LIVE, column: 'series[2].value' });
    expect(e.message).toContain(`${BACKFILL} series[2].value`);
  });

  it('an unrounded OHSS value', async () => {
    await expectInputError(parseCorrupted('ohss-backfill', replaceAll('41840', '41841')), { file: BACKFILL, column: 'series[0].value' });
  });

  it('a removal value cited to another year', async () => {
    await expectInputError(parseCorrupted('ice-removals', replaceAll('ICE ERO FY2019 Annual Report', 'ICE ERO FY2018 Annual Report')), { file: REMOVALS, column: 'annual[1].source' });
  });

  it('ADP parts that do not add up to the total', async () => {
    await expectInputError(parseCorrupted('ice-adp', replaceAll('[30050, 20115]', '[30050, 20116]')), { file: ADP, column: 'components_cbp_plus_ice["2019"]' });
  });

  it('invalid JSON, such as a footnote after the document', async () => {
    const e = await expectInputError(parseCorrupted('ice-adp', (l) => [...l, 'Source: ICE annual reports']), { file: ADP });
    expect(e.message).toMatch(/valid JSON/);
  });

  it('an empty file', async () => {
    await expectInputError(parseCorrupted('ice-removals', () => []), { file: REMOVALS });
  });
});
