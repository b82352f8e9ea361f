/**
 * The whole adapter on a full set of small files: the FY2016 fixtures, copied with
 * their dates shifted into FY2017-FY2019, plus the daily fixture.
 */
import { describe, expect, it } from 'vitest';
import { contextFor, parseWith } from '../../../test/parse-context.js';
import { validateObservations } from '../../ingest/validate.js';
import { allCategories, allPlaces } from '../../store/dimensions/catalog.js';
import { fiscalYearOf } from '../read/periods.js';
import adapter from './index.js';
import { DAILY_FILE, RECORD_FILES } from './describe.js';
import { dataLines, fixtureText, gzFixture, tempDir, writeGz } from './fixture-files.js';

const PLAIN = { removals: 'ICERemovals_FY2016.csv', arrests: 'EROArrests_FY2016.csv' };

/** The FY2016 fixture moved `years` later, titled as ICE titles that year. */
function shifted(text: string, years: number): string {
  const fy = 2016 + years;
  return text
    .replace(/for FY2016/, fy === 2019 ? 'for FY2019 (10/1/2018 - 8/31/2019)' : `for FY${fy}`)
    .replace(/(\d{1,2}\/\d{1,2}\/)(\d{4})(?=\||$)/gm, (_, md: string, y: string) => `${md}${Number(y) + years}`);
}

function fullSet(): Record<string, string> {
  const dir = tempDir();
  const paths: Record<string, string> = { [DAILY_FILE.id]: gzFixture(dir, 'enforcement_daily_by_aor_fy2016_2019.csv') };
  for (const f of RECORD_FILES) paths[f.id] = writeGz(dir, f.name, shifted(fixtureText(PLAIN[f.kind]), f.fy - 2016));
  return paths;
}

describe('ice-foia parse()', () => {
  it('parses every file, keeps each file\'s total and passes the ingest checks', async () => {
    const obs = await parseWith(adapter, fullSet());
    for (const f of RECORD_FILES) {
      const mine = obs.filter((o) => o.dataset === `ice-foia/${f.kind}` && fiscalYearOf(o.period) === f.fy);
      expect(mine.reduce((s, o) => s + (o.value ?? 0), 0), f.id).toBe(dataLines(fixtureText(PLAIN[f.kind])).length);
    }
    expect(obs.filter((o) => o.dataset === 'ice-foia/uwchr-encounters-daily')).toHaveLength(5);
    expect(() => validateObservations(adapter, obs, allPlaces([adapter]), allCategories([adapter]).map((c) => c.id))).not.toThrow();
  });

  it('reports progress', async () => {
    const ctx = await contextFor(fullSet());
    const seen: number[] = [];
    try {
      await adapter.parse({ ...ctx, progress: (f) => seen.push(f) });
    } finally {
      ctx.close();
    }
    expect(seen.at(-1)).toBe(1);
    expect(seen).toHaveLength(RECORD_FILES.length + 2);
  });

  it('refuses to run without one of its files', async () => {
    const paths = fullSet();
    delete paths['arrests-fy2018'];
    await expect(parseWith(adapter, paths)).rejects.toThrow(/no file "arrests-fy2018"/);
  });
});
