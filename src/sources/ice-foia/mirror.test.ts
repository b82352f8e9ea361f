/**
 * The real FOIA files from the data mirror (skipped, visibly, without CORRIDOR_MIRROR).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { parseWith } from '../../../test/parse-context.js';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import { fiscalYearOf } from '../read/periods.js';
import type { Observation } from '../types.js';
import adapter from './index.js';
import { ARRESTS_LAST_MONTH, DATASET, RECORD_FILES } from './describe.js';

const REMOVALS = { 2016: 240_255, 2017: 226_119, 2018: 256_085, 2019: 241_513 };
const ARRESTS = { 2016: 110_104, 2017: 143_470, 2018: 158_581, 2019: 131_904 };

const sumBy = (obs: Observation[], key: (o: Observation) => string) => {
  const out: Record<string, number> = {};
  for (const o of obs) out[key(o)] = (out[key(o)] ?? 0) + (o.value ?? 0);
  return out;
};

describeMirror('ice-foia on the mirror', () => {
  let obs: Observation[];
  let seconds: number;
  const of = (dataset: string) => obs.filter((o) => o.dataset === dataset);

  beforeAll(async () => {
    const paths = Object.fromEntries(adapter.describe.files.map((f) => [f.id, mirrorPath(f.mirrorPath)]));
    const started = performance.now();
    obs = await parseWith(adapter, paths);
    seconds = (performance.now() - started) / 1000;
    console.log(`ice-foia: parsed ${adapter.describe.files.length} files into ${obs.length} observations in ${seconds.toFixed(2)} s`);
  });

  it('parses all files', () => {
  });

  it('removals per fiscal year equal the record counts (FY2016-FY2018 = ICE annual report totals)', () => {
    expect(sumBy(of(DATASET.removals), (o) => String(fiscalYearOf(o.period)))).toEqual(REMOVALS);
  });

  it('arrests per fiscal year equal the record counts of each file', () => {
    expect(sumBy(of(DATASET.arrests), (o) => String(fiscalYearOf(o.period)))).toEqual(ARRESTS);
  });

  it('those counts are the data lines of each file, counted without DuckDB', () => {
    for (const f of RECORD_FILES) {
      const text = gunzipSync(readFileSync(mirrorPath(`us/ice_foia_uwchr/${f.name}`))).toString('utf8');
      const lines = text.split('\n').filter((l) => l.trim() !== '').length;
      expect(lines - 6, f.name).toBe((f.kind === 'removals' ? REMOVALS : ARRESTS)[f.fy as 2016]);
    }
  });

  it('FY2019 removals run from October 2018 to August 2019; arrests add 1 September 2019', () => {
    const months = (dataset: string) => [...new Set(of(dataset).filter((o) => fiscalYearOf(o.period) === 2019).map((o) => o.period))].sort();
    expect(months(DATASET.removals)[0]).toBe('2018-10-01');
    expect(months(DATASET.removals).at(-1)).toBe('2019-08-01');
    expect(sumBy(of(DATASET.arrests), (o) => o.period)['2019-09-01']).toBe(4);
  });

  it('declares September 2019 partial for arrests: the FY2019 file is titled to 8/31/2019 and holds only 1 September of it', () => {
    const text = gunzipSync(readFileSync(mirrorPath('us/ice_foia_uwchr/EROArrests_FY2019.csv.gz'))).toString('utf8');
    expect(text.split('\n')[4]).toContain('ERO Administrative Arrests for FY2019 (10/1/2018 - 8/31/2019)');
    const arrests = adapter.describe.datasets.find((d) => d.id === DATASET.arrests)!;
    expect(arrests.partialPeriods).toEqual([ARRESTS_LAST_MONTH]);
    const last = of(DATASET.arrests).map((o) => o.period).sort().at(-1);
    expect(last).toBe(ARRESTS_LAST_MONTH);
  });

  it('no observation has fewer dimensions than promised', () => {
    for (const o of [...of(DATASET.removals), ...of(DATASET.arrests)]) {
      if (o.geography === 'ALL' || o.citizenship === 'ALL' || o.demographic === 'ALL' || o.category === 'ALL' || o.component !== 'ICE' || o.authority !== 'ALL') {
        throw new Error(`observation with a missing dimension: ${JSON.stringify(o)}`);
      }
    }
    for (const o of of(DATASET.encounters)) expect(o.geography).toMatch(/^ICE-[A-Z]{3}$/);
  });

  it('passes the ingest checks (known codes, no duplicated cells, no nested geographies)', () => {
    expect(() => validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id))).not.toThrow();
  });

  it('removals by AOR and month equal UWCHR\'s independent daily counts (which leave out HQ)', () => {
    const text = gunzipSync(readFileSync(mirrorPath('us/ice_foia_uwchr/enforcement_daily_by_aor_fy2016_2019.csv.gz'))).toString('utf8');
    const uwchr: Record<string, number> = {};
    for (const line of text.split('\n').slice(1).filter(Boolean)) {
      const [date, aor, , , removals] = line.split('|');
      const key = `${date.slice(0, 8)}01 ICE-${aor}`;
      uwchr[key] = (uwchr[key] ?? 0) + Number(removals);
    }
    for (const k of Object.keys(uwchr)) if (uwchr[k] === 0) delete uwchr[k];
    const ours = sumBy(of(DATASET.removals).filter((o) => o.geography !== 'ICE-HQS'), (o) => `${o.period} ${o.geography}`);
    expect(ours).toEqual(uwchr);
  });

  it('finds the 24 field office AORs, HQ, and (in arrests only) a blank AOR', () => {
    const aors = (dataset: string) => new Set(of(dataset).map((o) => o.geography));
    expect(aors(DATASET.removals).size).toBe(25);
    expect(aors(DATASET.arrests).size).toBe(26);
    expect(aors(DATASET.arrests).has('ICE-UNK')).toBe(true);
    expect(sumBy(of(DATASET.arrests), (o) => o.geography)['ICE-UNK']).toBe(3_808);
  });

  it('UWCHR daily encounters per fiscal year', () => {
    expect(sumBy(of(DATASET.encounters), (o) => String(fiscalYearOf(o.period)))).toEqual({ 2016: 355_191, 2017: 419_086, 2018: 444_700, 2019: 377_830 });
  });
});
