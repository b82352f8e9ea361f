/**
 * The distinct query mix of bench/api-distinct.ts: series queries drawn, with a seeded
 * generator, from what /api/coverage says each published table holds.
 */
import { seededRandom as random } from '../src/analysis/scenario/random.js';

export interface CoverageTable {
  id: string;
  measure: string;
  grain: string;
  first_period: string | null;
  last_period: string | null;
  dimensions: Record<string, { count: number; codes: string[]; tops?: string[] }>;
}

/**
 * Every table of /api/coverage, following its pages (`get` fetches one path, from a
 * server or straight from the app).
 */
export async function fetchCoverage(get: (path: string) => Promise<Response>): Promise<CoverageTable[]> {
  const tables: CoverageTable[] = [];
  for (let offset: number | null = 0; offset !== null; ) {
    // Pages of 500: a page names its sources in the X-Corridor-Sources header, and at 100x a page of 2,000
    // tables named so many that the header passed what fetch accepts (16 KB).
    const r = await get(`/api/coverage?limit=500&offset=${offset}`);
    if (!r.ok) throw new Error(`/api/coverage?offset=${offset} answered ${r.status}: ${await r.text()}`);
    const page = (await r.json()) as { tables: CoverageTable[]; next_offset: number | null };
    tables.push(...page.tables);
    offset = page.next_offset;
  }
  return tables;
}

const GRAINS: Record<string, string[]> = { day: ['month', 'fy', 'cy'], month: ['month', 'fy', 'cy'], fy: ['fy'], cy: ['cy'] };

/** A period as people type it in a grain, for a 'YYYY-MM-DD' start. */
function typed(date: string, grain: string): string {
  const [y, m] = date.split('-').map(Number);
  if (grain === 'fy') return `FY${m >= 10 ? y + 1 : y}`;
  if (grain === 'cy') return String(y);
  return date.slice(0, 7);
}

/** Distinct series queries, each one a table of the coverage could answer. */
export function drawQueries(tables: CoverageTable[], n: number, seed: number): string[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < n * 50; tries++) {
    const t = pick(tables);
    const params: [string, string][] = [['measure', t.measure]];
    const geo = t.dimensions.geography;
    if (geo) params.push(['where', `geography=${pick(rnd() < 0.5 && geo.tops?.length ? geo.tops : geo.codes)}`]);
    const others = Object.entries(t.dimensions).filter(([d, c]) => d !== 'geography' && c.count > 1);
    const filtered = others.length && rnd() < 0.3 ? pick(others) : undefined;
    if (filtered) params.push(['where', `${filtered[0]}=${pick(filtered[1].codes.filter((c) => c !== 'ALL'))}`]);
    const byable = others.filter(([d]) => d !== filtered?.[0]);
    if (byable.length && rnd() < 0.3) params.push(['by', pick(byable)[0]]);
    const grain = pick(GRAINS[t.grain] ?? ['month']);
    params.push(['grain', grain]);
    if (t.first_period && t.last_period && rnd() < 0.5) {
      const first = Number(t.first_period.slice(0, 4));
      const last = Number(t.last_period.slice(0, 4));
      const from = first + Math.floor(rnd() * (last - first + 1));
      const to = from + Math.floor(rnd() * (last - from + 1));
      const fromDate = `${from}-${t.first_period.slice(5)}`;
      // A valid range: the end never before the start (the same year can end earlier in it).
      const toDate = [`${to}-${t.last_period.slice(5)}`, fromDate].sort()[1];
      params.push(['from', typed(fromDate, grain)]);
      if (rnd() < 0.5) params.push(['to', typed(toDate, grain)]);
    }
    if (rnd() < 0.2) params.push(['lang', 'es']);
    out.add(`/api/series?${new URLSearchParams(params).toString()}`);
  }
  return [...out];
}
