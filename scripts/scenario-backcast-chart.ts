/**
 * Draws the back-casts (docs/scenario-backcasts.svg): for each policy change, the US southwest
 * border encounters that happened, the scenario's median with its 80% band, and the no-change
 * baseline, from the store.
 *   CORRIDOR_DB=path/to/loaded.duckdb npx tsx scripts/scenario-backcast-chart.ts [out.svg]
 */
import { writeFileSync } from 'node:fs';
import { runBackcasts, type BackcastResult } from '../src/analysis/scenario/backcast.js';
import { openStore, storePath } from '../src/store/open.js';

const W = 490;
const H = 300;
const PAD = { left: 56, right: 12, top: 40, bottom: 40 };

function panel(b: BackcastResult, x0: number): string {
  const pts = b.points;
  const max = Math.max(...pts.flatMap((p) => [p.actual ?? 0, p.scenarioUpper80, p.baseline])) * 1.05;
  const x = (i: number) => x0 + PAD.left + (i * (W - PAD.left - PAD.right)) / (pts.length - 1);
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  const line = (vals: (number | null)[]) => vals.map((v, i) => (v === null ? '' : `${i === 0 || vals[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`)).join('');
  const band = `M${pts.map((p, i) => `${x(i).toFixed(1)},${y(p.scenarioUpper80).toFixed(1)}`).join('L')}L${pts.map((p, i) => `${x(pts.length - 1 - i).toFixed(1)},${y(pts[pts.length - 1 - i].scenarioLower80).toFixed(1)}`).join('L')}Z`;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round((max * f) / 1000) * 1000);
  return [
    `<text x="${x0 + PAD.left}" y="18" font-size="13" font-weight="600">${b.policy}</text>`,
    `<text x="${x0 + PAD.left}" y="32" font-size="11" fill="#555">calibrated to ${b.calibratedTo}; error ${b.scenarioError.toLocaleString('en-US')} vs baseline ${b.baselineError.toLocaleString('en-US')} a month (${(100 * b.improvement).toFixed(0)}% lower)</text>`,
    ...ticks.map((t) => `<line x1="${x0 + PAD.left}" x2="${x0 + W - PAD.right}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${x0 + PAD.left - 4}" y="${y(t) + 4}" font-size="10" text-anchor="end">${(t / 1000).toFixed(0)}k</text>`),
    ...pts.map((p, i) => (i % 2 === 0 ? `<text x="${x(i)}" y="${H - PAD.bottom + 14}" font-size="10" text-anchor="middle">${p.month}</text>` : '')),
    `<path d="${band}" fill="#2b6cb0" fill-opacity="0.18"/>`,
    `<path d="${line(pts.map((p) => p.baseline))}" fill="none" stroke="#888" stroke-dasharray="5 4" stroke-width="2"/>`,
    `<path d="${line(pts.map((p) => p.scenario))}" fill="none" stroke="#2b6cb0" stroke-width="2.5"/>`,
    `<path d="${line(pts.map((p) => p.actual))}" fill="none" stroke="#111" stroke-width="2"/>`,
  ].join('\n');
}

const store = await openStore(storePath(), { readOnly: true });
const results = await runBackcasts(store.conn);
store.close();
const legend = `<g font-size="11" transform="translate(${PAD.left},${H + 4})"><line x1="0" x2="22" y1="0" y2="0" stroke="#111" stroke-width="2"/><text x="28" y="4">actual encounters</text><line x1="150" x2="172" y1="0" y2="0" stroke="#2b6cb0" stroke-width="2.5"/><text x="178" y="4">scenario (median, 80% band)</text><line x1="350" x2="372" y1="0" y2="0" stroke="#888" stroke-dasharray="5 4" stroke-width="2"/><text x="378" y="4">no-change baseline</text></g>`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W * results.length}" height="${H + 16}" viewBox="0 0 ${W * results.length} ${H + 16}" font-family="sans-serif" role="img" aria-label="Back-casts of the scenario model against actual US southwest border encounters">
<rect width="100%" height="100%" fill="#fff"/>
${results.map((b, i) => panel(b, i * W)).join('\n')}
${legend}
</svg>
`;
const out = process.argv[2] ?? 'docs/scenario-backcasts.svg';
writeFileSync(out, svg);
console.log(`wrote ${out}`);
for (const b of results) console.log(`${b.id}: scenario ${b.scenarioError}, baseline ${b.baselineError}, ${(100 * b.improvement).toFixed(1)}% lower; MAPE ${(100 * b.scenarioPercentError).toFixed(1)}% vs ${(100 * b.baselinePercentError).toFixed(1)}%`);
