/**
 * A printable brief of a reception plan as one HTML string (pure: plan → HTML, no store, no
 * browser script): a cover (horizon, inputs, totals, alerts), a page of every assumption, a
 * page of the sources with their provenance, then one page per city (arrivals by kind for the next
 * weeks, its sites' beds and use, an SVG chart of beds week by week, where its people go,
 * unmet need and when beds run out, its assumptions and sources). English, Spanish, or both
 * on the page. CSS @page sets the paper; every page is a <section class="page"> that breaks
 * after itself. Every number is the plan's (tests compare them with the plan JSON).
 */
import { dayRangeWords, dayWords, weekWords, type Bilingual } from '../../../model/index.js';
import { STATE_NAMES } from '../cities.js';
import type { Plan } from '../plan.js';
import { KIND_LABELS, KINDS, type Assumption } from '../types.js';
import { bedsChart, CHART_CSS } from './chart.js';
import { citySummaries, type CitySummary } from './city-summary.js';
import { esc, L, num, para, t, type BriefLang } from './labels.js';
import type { SourceProvenance } from './provenance.js';

export type Paper = 'A4' | 'Letter';

/** The printable area of each paper, mm: the paper less the @page margins below (12 mm a side, 12 top, 14 bottom). */
export const PRINTABLE: Record<Paper, { widthMm: number; heightMm: number }> = {
  A4: { widthMm: 210 - 24, heightMm: 297 - 26 },
  Letter: { widthMm: 215.9 - 24, heightMm: 279.4 - 26 },
};

export interface BriefOptions {
  lang: BriefLang;
  paper?: Paper;
  /** Sources the plan read, with provenance (planProvenance); the plan's own list when absent. */
  provenance?: SourceProvenance[];
  /** When the brief was made (YYYY-MM-DD), printed on the cover. */
  made?: string;
  /** Weeks shown in each city's arrivals table (the chart shows them all). */
  tableWeeks?: number;
  /** Link this stylesheet (briefCss, served apart) instead of inlining it: a page under a CSP without inline styles. */
  stylesheet?: string;
}

/** Alerts listed on the cover (fewer when each is in two languages), so the cover stays one page; the rest are on the city pages. */
const COVER_ALERTS = { en: 12, es: 12, both: 4 };
const DESTINATIONS = 7;

export function briefHtml(plan: Plan, opts: BriefOptions): string {
  const lang = opts.lang;
  const cities = citySummaries(plan);
  const htmlLang = lang === 'es' ? 'es' : 'en';
  const title = lang === 'both' ? `${L.title.en} / ${L.title.es}` : L.title[lang];
  return `<!doctype html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<title>${esc(title)}${plan.weeks[0] ? `, ${esc(plain(weekWords(plan.weeks[0]), lang))}` : ''}</title>
${opts.stylesheet ? `<link rel="stylesheet" href="${esc(opts.stylesheet)}">` : `<style>${briefCss(opts.paper ?? 'A4')}</style>`}
</head>
<body>
${cover(plan, cities, opts)}
${front(plan, opts)}
${cities.map((c) => cityPage(plan, c, opts)).join('\n')}
</body>
</html>
`;
}

/** The brief's stylesheet for a paper size. */
export function briefCss(paper: Paper): string {
  return `
@page { size: ${paper}; margin: 12mm 12mm 14mm 12mm; }
${CHART_CSS}
* { box-sizing: border-box; }
body { font: 9pt/1.35 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111; margin: 0; }
section.page { break-after: page; page-break-after: always; }
section.page:last-of-type { break-after: auto; page-break-after: auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 0 0 2mm; border-bottom: 1.5px solid #4c78a8; padding-bottom: 1mm; }
h3 { font-size: 9.5pt; margin: 3mm 0 1mm; }
p { margin: 0 0 1.5mm; }
.sub { color: #444; margin-bottom: 4mm; }
.es { color: #555; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0 0 2mm; }
th, td { border-bottom: 0.5px solid #ccc; padding: 0.6mm 1.2mm; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #eef2f7; font-weight: 600; }
table.arrivals th.n { white-space: nowrap; }
ul { margin: 0 0 2mm; padding-left: 4.5mm; }
li { margin: 0 0 0.8mm; }
.small, .small li { font-size: 7.4pt; line-height: 1.28; }
.tiny { font-size: 6.8pt; color: #333; word-break: break-all; }
.warn { color: #8a0000; }
.box { border: 0.6px solid #aaa; padding: 2mm 3mm; margin-bottom: 3mm; }
.chart { display: block; max-height: 58mm; margin: 1mm 0 2mm; }
.cols { column-count: 2; column-gap: 6mm; }
`;
}

/** A label as plain text (the chart escapes its own): one language, or "English / español". */
const plain = (label: { en: string; es: string }, lang: BriefLang) => (lang === 'both' ? `${label.en} / ${label.es}` : label[lang]);
const kindLabel = (k: keyof typeof KIND_LABELS, lang: BriefLang) => t(KIND_LABELS[k], lang);
/** The horizon's days in words after its number of weeks: "weeks, 25 May to 21 June 2026", "semanas, del 25 de mayo al 21 de junio de 2026". */
const horizonWords = (n: number, first: string, end: string) => {
  const span = dayRangeWords(first, end);
  return { en: `${n === 1 ? L.week1.en : L.weeks.en}, ${span.en}`, es: `${n === 1 ? L.week1.es : L.weeks.es}, ${span.es}` };
};
const find = (plan: Plan, id: string): Assumption | undefined => plan.assumptions.find((a) => a.id === id);

/** A text without the label it begins with ("Arrivals: the user's file" after the heading "Arrivals:" read "Arrivals: Arrivals: ..."). */
export function unlabelled(text: Bilingual, label: Bilingual): Bilingual {
  const cut = (x: string, l: string) => (x.startsWith(`${l}: `) ? x.slice(l.length + 2) : x);
  return { en: cut(text.en, label.en), es: cut(text.es, label.es) };
}

function cover(plan: Plan, cities: CitySummary[], opts: BriefOptions): string {
  const lang = opts.lang;
  const last = plan.weeks.at(-1)!;
  const end = new Date(Date.parse(`${last}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  const byKind = KINDS.map((k) => ({ k, people: plan.arrivals.filter((a) => a.kind === k).reduce((s, a) => s + a.people, 0) }));
  const arrived = byKind.reduce((s, x) => s + x.people, 0);
  const unmet = plan.solver.unmetPeople;
  const arrivalsInput = find(plan, 'scenario') ?? find(plan, 'arrivals');
  const registry = find(plan, 'registry');
  const demo = registry?.text.en.includes('UNVERIFIED');
  const shownAlerts = COVER_ALERTS[lang];
  const alerts = plan.alerts.slice(0, shownAlerts);
  return `<section class="page cover" data-page="cover">
<h1>${t(L.title, lang)}</h1>
<p class="sub">${t(L.subtitle, lang)}${opts.made ? ` · ${t(dayWords(opts.made), lang)}` : ''}</p>
<div class="box small">
<p><strong>${t(L.horizon, lang)}:</strong> <span data-weeks="${plan.weeks.length}">${plan.weeks.length}</span> ${t(horizonWords(plan.weeks.length, plan.weeks[0], end), lang)}.</p>
<p><strong>${t(L.arrivalsFrom, lang)}:</strong> ${arrivalsInput ? para(unlabelled(arrivalsInput.text, L.arrivalsFrom), lang) : ''}</p>
<p${demo ? ' class="warn"' : ''}><strong>${t(L.registry, lang)}:</strong> ${registry ? para(registry.text, lang) : ''}</p>
</div>
<h2>${t(L.totals, lang)}</h2>
<table class="totals">
<tr><th>${t(L.kind, lang)}</th><th class="n">${t(L.arrivals, lang)}</th></tr>
${byKind.map((x) => `<tr><td>${kindLabel(x.k, lang)}</td><td class="n" data-total-kind="${x.k}">${num(x.people)}</td></tr>`).join('\n')}
<tr><th>${t(L.total, lang)}</th><th class="n" data-total-arrivals>${num(arrived)}</th></tr>
<tr><td>${t(L.placed, lang)}</td><td class="n" data-placed>${num(arrived - unmet)}</td></tr>
<tr><td>${t(L.withoutPlace, lang)}</td><td class="n" data-unmet-total>${num(unmet)}</td></tr>
<tr><td>${t(L.personKm, lang)}</td><td class="n" data-person-km>${num(plan.solver.personKm)}</td></tr>
</table>
<p class="small">${t(L.solver, lang)}: HiGHS; ${plan.solver.unmetPeople === plan.solver.unmetLowerBound ? t(L.optimal, lang) : `${t(L.gap, lang)}: ${num(plan.solver.unmetPeople - plan.solver.unmetLowerBound)}`}. ${cities.length} ${t({ en: 'cities, one page each', es: 'ciudades, una página cada una' }, lang)}.</p>
<h2>${t(L.alerts, lang)}</h2>
${alerts.length === 0 ? `<p>${t(L.noAlerts, lang)}</p>` : `<ul class="small alerts">${alerts.map((a) => `<li data-alert="${esc(a.type)}">${para(a.message, lang)}</li>`).join('\n')}</ul>`}
${plan.alerts.length > shownAlerts ? `<p class="small">${num(plan.alerts.length - shownAlerts)} ${t(L.moreAlerts, lang)}.</p>` : ''}
</section>`;
}

function front(plan: Plan, opts: BriefOptions): string {
  const lang = opts.lang;
  const prov = opts.provenance ?? (plan.sources ?? []).map((s) => ({ source: s.source, vintage: s.vintage }) as Partial<SourceProvenance> & { source: string; vintage: number });
  return `<section class="page front" data-page="assumptions">
<h2>${t(L.assumptions, lang)}</h2>
<ul class="small${lang === 'both' ? ' cols' : ''}">
${plan.assumptions.map((a) => `<li data-assumption="${esc(a.id)}">${para(a.text, lang)}</li>`).join('\n')}
</ul>
</section>
<section class="page front" data-page="sources">
<h2>${t(L.sources, lang)}</h2>
<ul class="small sources">
${prov.map((p) => sourceItem(p, lang)).join('\n')}
</ul>
</section>`;
}

function sourceItem(p: Partial<SourceProvenance> & { source: string; vintage: number }, lang: BriefLang): string {
  const head = `<strong>${esc(p.source)}</strong>, ${t(L.vintage, lang)} ${p.vintage}`;
  if (!p.title) return `<li data-source="${esc(p.source)}">${head}</li>`;
  const flags = [p.thirdParty ? t(L.thirdParty, lang) : '', p.provisional ? t(L.provisional, lang) : ''].filter(Boolean).join(', ');
  const title = lang === 'both' ? `${esc(p.title.en)} <span class="es" lang="es">/ ${esc(p.title.es)}</span>` : esc(p.title[lang]);
  const files = (p.files ?? []).map((f) => `<a href="${esc(f.url)}">${esc(f.name)}</a> sha256 ${esc(f.sha256.slice(0, 12))}… ${num(f.bytes)} B`).join('; ');
  return `<li data-source="${esc(p.source)}">${head} (${t(L.loaded, lang)} ${esc(p.loaded ?? '')}${flags ? `; ${flags}` : ''}): ${title}. ${publisherOf(p, lang)}. <span class="tiny">${esc(p.landingPage ?? '')}</span><br><span class="tiny">${(p.files ?? []).length} ${t(L.files, lang)}: ${files}</span></li>`;
}

function cityPage(plan: Plan, c: CitySummary, opts: BriefOptions): string {
  const lang = opts.lang;
  const shown = plan.weeks.slice(0, Math.min(opts.tableWeeks ?? 8, plan.weeks.length));
  const chart = bedsChart({
    weeks: plan.weeks,
    capacity: c.capacity,
    occupancy: c.occupancy,
    missing: c.missing,
    lang: lang === 'es' ? 'es' : 'en',
    labels: { title: `${c.name}: ${plain(L.chartTitle, lang)}`, capacity: plain(L.chartCapacity, lang), occupancy: plain(L.chartOccupancy, lang), missing: plain(L.chartMissing, lang) },
  });
  const dest = c.destinations.slice(0, DESTINATIONS);
  const rest = c.destinations.slice(DESTINATIONS);
  const cityAssumptions = [find(plan, `city-shares:${c.state}`), find(plan, 'stay')].filter((a): a is Assumption => a !== undefined);
  return `<section class="page city" data-city="${esc(c.code)}">
<h2>${esc(c.name)} <span class="small">(${esc(STATE_NAMES[c.state] ?? c.state)}; ${esc(c.code)})</span></h2>
<h3>${t(L.arrivals, lang)} <span class="small">(${t(L.people, lang)}; ${shown.length} ${t(L.firstWeeks, lang)})</span></h3>
<table class="arrivals">
<tr><th>${t(L.week, lang)}</th>${shown.map((w) => `<th class="n">${esc(w.slice(5))}</th>`).join('')}<th class="n">${t(L.total, lang)} (${plan.weeks.length})</th></tr>
${c.arrivals.map((a) => `<tr><td>${kindLabel(a.kind, lang)}</td>${shown.map((w, i) => `<td class="n" data-kind="${a.kind}" data-week="${w}">${num(a.byWeek[i])}</td>`).join('')}<td class="n" data-kind="${a.kind}" data-total>${num(a.total)}</td></tr>`).join('\n')}
<tr><th>${t(L.total, lang)}</th>${shown.map((w, i) => `<th class="n">${num(c.arrivals.reduce((s, a) => s + a.byWeek[i], 0))}</th>`).join('')}<th class="n" data-city-total>${num(c.arrivalsTotal)}</th></tr>
</table>
${chart}
<h3>${t(L.sitesHere, lang)}</h3>
${c.sites.length === 0 ? `<p class="small">${t(L.noSitesHere, lang)}</p>` : `<table class="sites small">
<tr><th>${t(L.site, lang)}</th><th class="n">${t(L.beds, lang)}</th><th class="n">${t(L.peak, lang)}</th><th>${t(L.peakWeek, lang)}</th><th class="n">${t(L.weeksFull, lang)}</th></tr>
${c.sites.map((s) => `<tr data-site="${esc(s.id)}"><td>${esc(s.name)}${s.dif ? ` (${t(L.dif, lang)})` : ''}</td><td class="n" data-beds>${num(s.beds)}</td><td class="n" data-peak>${num(s.peak)}</td><td data-peak-week="${esc(s.peakWeek ?? '')}">${s.peakWeek ? esc(s.peakWeek) : t(L.nobodySent, lang)}</td><td class="n" data-full>${s.fullWeeks}</td></tr>`).join('\n')}
</table>`}
<h3>${t(L.destinations, lang)}</h3>
${dest.length === 0 ? `<p class="small">${t(L.noDestinations, lang)}</p>` : `<table class="destinations small">
<tr><th>${t(L.site, lang)}</th><th class="n">${t(L.people, lang)}</th><th class="n">${t(L.km, lang)}</th></tr>
${dest.map((d) => `<tr data-destination="${esc(d.site)}"><td>${esc(d.siteName)} (${esc(d.siteCity)})</td><td class="n">${num(d.people)}</td><td class="n">${num(d.km)}</td></tr>`).join('\n')}
${rest.length ? `<tr><td>${rest.length} ${t(L.others, lang)}</td><td class="n">${num(rest.reduce((s, d) => s + d.people, 0))}</td><td></td></tr>` : ''}
</table>`}
<h3>${t(L.shortfall, lang)}</h3>
<p><strong>${t(L.withoutPlace, lang)}:</strong> <span data-unmet="${c.unmetPeople}">${num(c.unmetPeople)}</span> ${t(L.people, lang)}.</p>
${c.alerts.length === 0 ? `<p class="small">${t(L.noShortfall, lang)}</p>` : `<ul class="small">${c.alerts.map((a) => `<li data-alert="${esc(a.type)}">${para(a.message, lang)}</li>`).join('\n')}</ul>`}
<h3>${t(L.assumptionsCity, lang)}</h3>
<ul class="small">${cityAssumptions.map((a) => `<li>${para(a.text, lang)}</li>`).join('\n')}</ul>
<p class="tiny">${t(L.sourcesShort, lang)}: ${(plan.sources ?? []).map((s) => `${esc(s.source)} (${t(L.vintage, lang)} ${s.vintage})`).join(', ')}</p>
</section>`;
}

/** The publisher in the brief's language; where the store has no Spanish, the English is marked as such. */
function publisherOf(p: Partial<SourceProvenance>, lang: BriefLang): string {
  if (!p.publisher) return '';
  const { en, es } = p.publisher;
  if (lang === 'en') return esc(en);
  if (lang === 'es') return es === en ? `<span lang="en">${esc(en)}</span>` : esc(es);
  return es === en ? esc(en) : `${esc(en)} <span class="es" lang="es">/ ${esc(es)}</span>`;
}
