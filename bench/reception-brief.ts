/**
 * bench/reception-brief: how long the printable brief takes once a plan exists: building the
 * HTML (pure), reading the provenance, and printing the PDF with Debian's Chromium (launch
 * included), for a plan of the store (INM arrivals, demo registry) or of a shipped scenario.
 *   npx tsx bench/reception-brief.ts --db STORE [--weeks 12] [--scenario NAME] [--lang both] [--runs 3]
 */
import { loadavg } from 'node:os';
import { briefHtml, PRINTABLE } from '../src/analysis/reception/brief/html.js';
import type { BriefLang } from '../src/analysis/reception/brief/labels.js';
import { planProvenance } from '../src/analysis/reception/brief/provenance.js';
import { receptionPlan } from '../src/analysis/reception/run.js';
import { htmlToPdf, pdfPageCount } from '../src/lib/pdf/print.js';
import { openStore, storePath } from '../src/store/open.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const weeks = Number(arg('weeks') ?? 12);
const runs = Number(arg('runs') ?? 3);
const lang = (arg('lang') ?? 'both') as BriefLang;
const scenario = arg('scenario');

const store = await openStore(storePath(arg('db')), { readOnly: true });
const ms = (t0: number) => performance.now() - t0;
let t0 = performance.now();
const plan = await receptionPlan(store.conn, { weeks, ...(scenario ? { engine: { name: scenario } } : {}) });
const planMs = ms(t0);
t0 = performance.now();
const provenance = await planProvenance(store.conn, plan.sources ?? []);
const provenanceMs = ms(t0);
store.close();
const htmlMs: number[] = [];
const pdfMs: number[] = [];
let html = '';
let pages = 0;
let bytes = 0;
for (let r = 0; r < runs; r++) {
  t0 = performance.now();
  html = briefHtml(plan, { lang, provenance });
  htmlMs.push(ms(t0));
  t0 = performance.now();
  const pdf = await htmlToPdf(html, { footer: 'corridor', fit: { selector: 'section.page', ...PRINTABLE.A4 } });
  pdfMs.push(ms(t0));
  pages = pdfPageCount(pdf);
  bytes = pdf.length;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`plan: ${weeks} weeks${scenario ? `, scenario ${scenario}` : ''}, ${plan.cities.length} cities, ${plan.sites.length} sites: ${(planMs / 1000).toFixed(2)} s (solve ${plan.solver.seconds.toFixed(2)} s)`);
console.log(`provenance: ${provenance.length} sources, ${provenance.reduce((n, p) => n + p.files.length, 0)} files: ${provenanceMs.toFixed(0)} ms`);
console.log(`HTML (${lang}): ${(html.length / 1024).toFixed(0)} KiB, median ${median(htmlMs).toFixed(1)} ms over ${runs} runs`);
console.log(`PDF: ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB, median ${(median(pdfMs) / 1000).toFixed(2)} s (min ${(Math.min(...pdfMs) / 1000).toFixed(2)} s) over ${runs} runs, Chromium launch included`);
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
