/**
 * bench/reception: solve time of a 26-week reception plan for 30 sites in 15 cities
 * (target < 2 s on the development machine). The instance is generated from a seeded
 * random source (cities along the border, two sites each, one DIF site per three cities,
 * arrivals and beds sized so that some weeks run short); it measures the solver, not data.
 * Each run prints wall and CPU time, the model's and the LP's size, and the plan's unmet
 * people and person-km with their proven bounds, so speed is never bought with a worse plan.
 *   npx tsx bench/reception.ts [--runs 3] [--seed 1] [--simplex-strategy N (HiGHS option)]
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { makePlan } from '../src/analysis/reception/plan.js';
import { DEFAULT_SOLVE } from '../src/analysis/reception/solve.js';
import { seededRandom } from '../src/analysis/scenario/random.js';
import type { City, Demand, PlanInput, Site } from '../src/analysis/reception/types.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('runs', 3);
const SEED = arg('seed', 1);
const STRATEGY = arg('simplex-strategy', -1);

export function benchInput(seed: number, cityCount = 15, weeks = 26): PlanInput {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const cities: City[] = Array.from({ length: cityCount }, (_, i) => ({ code: `C${i}`, name: `City ${i}`, state: 'MX-00', lat: 32.5 - (6.5 * i) / cityCount, lon: -117 + (20 * i) / cityCount }));
  const sites: Site[] = [];
  cities.forEach((c, i) => {
    for (let j = 0; j < 2; j++) {
      const dif = j === 1 && i % 3 === 0;
      sites.push({
        id: `s${i}-${j}`, name: `Site ${i}-${j}`, city: c.code, lat: c.lat + (rnd() - 0.5) * 0.3, lon: c.lon + (rnd() - 0.5) * 0.3,
        beds: dif ? int(30, 80) : int(150, 400), bedsByKind: dif ? {} : { families: int(40, 120) },
        takes: dif ? { men: false, women: false, families: false, minors: true } : { men: true, women: j === 0, families: true, minors: false }, dif,
      });
    }
  });
  const demand: Demand[] = [];
  for (let w = 0; w < weeks; w++) {
    cities.forEach((c) => {
      const surge = w > 10 && w < 18 ? 1.6 : 1;
      demand.push({ week: w, city: c.code, kind: 'men', size: 1, units: Math.round(int(80, 200) * surge) });
      demand.push({ week: w, city: c.code, kind: 'women', size: 1, units: Math.round(int(10, 40) * surge) });
      demand.push({ week: w, city: c.code, kind: 'minors', size: 1, units: int(2, 12) });
      for (const size of [2, 3, 4, 5]) demand.push({ week: w, city: c.code, kind: 'families', size, units: Math.round(int(2, 10) * surge) });
    });
  }
  return { weeks: Array.from({ length: weeks }, (_, i) => new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10)), cities, sites, demand, stayDays: { men: 7, women: 7, families: 14, minors: 30 }, maxKm: 300 };
}

if (process.argv[1]?.endsWith('reception.ts')) {
  const input = benchInput(SEED);
  const people = input.demand.reduce((a, d) => a + d.units * d.size, 0);
  console.log(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  console.log(`instance: ${input.weeks.length} weeks, ${input.sites.length} sites, ${input.cities.length} cities, ${input.demand.length} demand rows, ${people.toLocaleString('en-US')} people (seed ${SEED})`);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const plan = await makePlan(input, [], STRATEGY >= 0 ? { ...DEFAULT_SOLVE, highs: { simplex_strategy: STRATEGY } } : DEFAULT_SOLVE);
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0).user / 1e6;
    times.push(wall);
    cpuTimes.push(cpu);
    const v = plan.solver;
    console.log(`run ${r + 1}: ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (HiGHS ${v.seconds.toFixed(2)} s wall, ${v.status}${v.mipUsed ? ', whole-unit MIP used' : ''}); model ${v.variables} unknowns, ${v.rows} rows; LP solved ${v.lpVariables} columns, ${v.lpRows} rows; unmet ${v.unmetPeople} people (proven lower bound ${v.unmetLowerBound}), ${v.personKm.toLocaleString('en-US')} person-km (lower bound ${v.personKmLowerBound?.toLocaleString('en-US')}), ${plan.alerts.length} alerts`);
  }
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const median = mid(times);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`median ${median.toFixed(2)} s wall, ${mid(cpuTimes).toFixed(2)} s CPU; target < 2 s: ${median < 2 ? 'met' : 'NOT met'} (ratio ${(median / 2).toFixed(2)})`);
}
