/**
 * A city's beds week by week as a server-side SVG string (no browser script): bars of beds
 * in use, red bars stacked on them for the beds its people without a place would need, and
 * the beds of its sites as a dashed step line. Named and described for screen readers.
 */
import { esc } from './labels.js';

export interface BedsChartInput {
  weeks: string[];
  capacity: number[];
  occupancy: number[];
  missing: number[];
  labels: { title: string; capacity: string; occupancy: string; missing: string };
  /** Language of the labels (for the svg's lang attribute). */
  lang: string;
}

const W = 680;
const H = 240;
const M = { top: 12, right: 12, bottom: 64, left: 52 };

/** The chart's colours and fonts are in the brief's stylesheet (CHART_CSS), so a page that allows no inline style still draws them. */
export const CHART_CSS = 'svg.chart .occ{fill:#4c78a8}svg.chart .miss{fill:#d62728}svg.chart .cap{stroke:#222;stroke-width:1.6;stroke-dasharray:5 3;fill:none}svg.chart .grid{stroke:#ddd;stroke-width:0.6}svg.chart .tick{font:9px sans-serif;fill:#444}svg.chart .legend{font:9px sans-serif;fill:#222}';

export function bedsChart(c: BedsChartInput): string {
  const n = c.weeks.length;
  const top = Math.max(1, ...c.capacity, ...c.occupancy.map((o, i) => o + c.missing[i]));
  const yMax = niceCeil(top * 1.05);
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const band = pw / n;
  const x = (i: number) => M.left + i * band;
  const y = (v: number) => M.top + ph - (v / yMax) * ph;
  const bars = c.weeks
    .map((w, i) => {
      const o = c.occupancy[i];
      const m = c.missing[i];
      const bw = Math.max(1, band * 0.7);
      const bx = x(i) + (band - bw) / 2;
      return (
        `<rect class="occ" x="${f(bx)}" y="${f(y(o))}" width="${f(bw)}" height="${f(y(0) - y(o))}"><title>${esc(w)}: ${Math.round(o)}</title></rect>` +
        (m > 0 ? `<rect class="miss" x="${f(bx)}" y="${f(y(o + m))}" width="${f(bw)}" height="${f(y(o) - y(o + m))}"><title>${esc(w)}: +${Math.round(m)}</title></rect>` : '')
      );
    })
    .join('');
  const step = c.capacity.map((v, i) => `${i === 0 ? 'M' : 'L'}${f(x(i))},${f(y(v))} L${f(x(i + 1))},${f(y(v))}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((p) => p * yMax);
  const yAxis = ticks.map((v) => `<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${f(y(v))}" y2="${f(y(v))}"/><text class="tick" x="${M.left - 4}" y="${f(y(v) + 3)}" text-anchor="end">${Math.round(v).toLocaleString('en-US')}</text>`).join('');
  const every = Math.ceil(n / 9);
  const xAxis = c.weeks.map((w, i) => (i % every === 0 ? `<text class="tick" x="${f(x(i) + band / 2)}" y="${H - M.bottom + 13}" text-anchor="middle">${esc(w.slice(5))}</text>` : '')).join('');
  // One legend row a series, under the weeks, so long (or two-language) labels never overlap.
  const row = (k: number) => H - M.bottom + 28 + 12 * k;
  const legend =
    `<rect class="occ" x="${M.left}" y="${row(0) - 8}" width="10" height="8"/><text class="legend" x="${M.left + 16}" y="${row(0)}">${esc(c.labels.occupancy)}</text>` +
    `<rect class="miss" x="${M.left}" y="${row(1) - 8}" width="10" height="8"/><text class="legend" x="${M.left + 16}" y="${row(1)}">${esc(c.labels.missing)}</text>` +
    `<line class="cap" x1="${M.left - 2}" x2="${M.left + 12}" y1="${row(2) - 4}" y2="${row(2) - 4}"/><text class="legend" x="${M.left + 16}" y="${row(2)}">${esc(c.labels.capacity)}</text>`;
  const desc = `${c.labels.occupancy}: ${Math.round(Math.max(0, ...c.occupancy))}; ${c.labels.missing}: ${Math.round(Math.max(0, ...c.missing))}; ${c.labels.capacity}: ${Math.round(Math.max(0, ...c.capacity))} (max).`;
  return (
    `<svg class="chart" viewBox="0 0 ${W} ${H}" width="100%" role="img" lang="${esc(c.lang)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${esc(c.labels.title)}</title><desc>${esc(desc)}</desc>` +
    yAxis + bars + `<path class="cap" d="${step}"/>` + xAxis + legend +
    `</svg>`
  );
}

function niceCeil(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

const f = (v: number) => (Math.round(v * 10) / 10).toString();
