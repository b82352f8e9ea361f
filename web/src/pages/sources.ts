/**
 * Sources: every source with its publisher, landing page, licence note, coverage,
 * vintages and files (sha256); the latest run of every reconciliation check; each
 * published table as a download (CSV, JSON, Parquet via /api/export); the policy
 * timeline with its sources.
 */
import { api, exportUrl, type SeriesQuery } from '../api';
import type { PageContext } from '../controls';
import { el, outLink } from '../dom';
import { num } from '../format';
import { t } from '../i18n';
import type { CoverageTable, Lang, Measure, Source } from '../types';
import { measuresById, pageHead, type PageModule } from './common';

/** Most places a download names (a series request takes at most 50 filter values). */
const MAX_PLACES = 50;
/** Largest dimension a download is broken down by (when the table has no total for it). */
const MAX_BREAKDOWN = 30;

function sourceCard(s: Source, tables: CoverageTable[], measures: Map<string, Measure>, lang: Lang): HTMLElement {
  const latest = s.vintages.at(-1);
  const dl = (term: string, ...value: (Node | string)[]) => [el('dt', {}, term), el('dd', {}, ...value)];
  return el(
    'article',
    { class: 'source', 'data-source': s.id, id: `source-${s.id}` },
    el('h3', {}, s.title[lang], ' ', el('code', {}, s.id)),
    el(
      'dl',
      {},
      ...dl(t(lang, 'sources.publisher'), outLink(s.landing_page, s.publisher[lang]), s.third_party ? ` (${t(lang, 'source.thirdParty')})` : '', s.provisional ? ` (${t(lang, 'source.provisional')})` : ''),
      ...dl(t(lang, 'sources.licence'), s.licence[lang]),
      ...dl(t(lang, 'sources.coverage'), s.coverage[lang]),
      ...dl(t(lang, 'sources.periods'), `${s.first_period ?? '–'} – ${s.last_period ?? '–'}`),
      ...dl(t(lang, 'sources.observations'), num(s.observations, lang)),
      ...dl(t(lang, 'sources.vintages'), `${s.vintages.length}${latest ? ` (${t(lang, 'sources.loaded')} ${latest.loaded_at})` : ''}`),
    ),
    el(
      'details',
      {},
      el('summary', {}, `${t(lang, 'sources.files')} (${latest?.files.length ?? 0})`),
      el(
        'ul',
        { class: 'files' },
        ...s.vintages.flatMap((v) =>
          v.files.map((f) => el('li', {}, `${t(lang, 'source.vintage')} ${v.id}: `, outLink(f.url, f.name), ` · ${num(f.bytes, lang)} bytes · sha256 `, el('code', { title: f.sha256 }, f.sha256.slice(0, 16)))),
        ),
      ),
    ),
    downloads(tables, measures, lang),
  );
}

async function checksSection(root: HTMLElement, lang: Lang): Promise<void> {
  const checks = await api.checks();
  const section = el('section', { class: 'checks', id: 'checks' }, el('h2', {}, t(lang, 'sources.checks')));
  if (!checks.length) section.append(el('p', {}, t(lang, 'sources.checksNone')));
  else
    section.append(
      el(
        'div',
        { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t(lang, 'sources.checks') },
        el(
        'table',
        {},
        el('thead', {}, el('tr', {}, el('th', {}, t(lang, 'sources.status')), el('th', {}, t(lang, 'sources.check')), el('th', {}, t(lang, 'sources.result')))),
        el(
          'tbody',
          {},
          ...checks.map((c) =>
            el(
              'tr',
              { 'data-check': c.id },
              el('td', {}, el('span', { class: `status status-${c.status}` }, t(lang, `status.${c.status}` as 'status.pass'))),
              el('td', {}, el('strong', {}, c.title[lang]), el('br'), el('code', {}, c.id)),
              el('td', {}, el('span', {}, c.summary?.[lang] ?? ''), el('br'), el('small', {}, c.run_at)),
            ),
          ),
        ),
        ),
      ),
    );
  root.append(section);
}

/**
 * The question that gives a table as a series: its own source and grain, its top
 * places side by side, the one code of a dimension it holds only one of (Border
 * Patrol...), and a breakdown by a dimension it publishes without a total.
 */
export function downloadQuery(table: CoverageTable): SeriesQuery | null {
  const places = table.dimensions.geography?.tops ?? [];
  if (!places.length || places.length > MAX_PLACES) return null;
  const where: Record<string, string[]> = { geography: places };
  const by: string[] = [];
  for (const [dim, d] of Object.entries(table.dimensions)) {
    if (dim === 'geography' || !d || d.codes.includes('ALL')) continue;
    if (d.count === 1) where[dim] = d.codes;
    else if (d.count <= MAX_BREAKDOWN) by.push(dim);
  }
  const grain = table.grain === 'fy' ? 'fy' : table.grain === 'cy' ? 'cy' : 'month';
  return { measure: table.measure, where, by, grain };
}

function downloads(tables: CoverageTable[], measures: Map<string, Measure>, lang: Lang): HTMLElement {
  const items = tables.map((table) => {
    const q = downloadQuery(table);
    const head = [el('strong', {}, table.title[lang]), ' ', el('code', {}, table.id), el('br'), `${measures.get(table.measure)?.label[lang] ?? table.measure} · ${table.first_period ?? ''} – ${table.last_period ?? ''} · `];
    if (!q) return el('li', { 'data-table': table.id }, ...head, t(lang, 'sources.tooManyPlaces'));
    const url = (format: 'csv' | 'json' | 'parquet') => `${exportUrl(q, lang, format)}&source=${encodeURIComponent(table.source)}`;
    return el('li', { 'data-table': table.id }, ...head, ...(['csv', 'json', 'parquet'] as const).flatMap((f) => [el('a', { href: url(f), 'data-export': f, download: '' }, f.toUpperCase()), ' ']));
  });
  return el('details', { class: 'tables' }, el('summary', {}, `${t(lang, 'sources.downloads')} (${tables.length})`), el('p', { class: 'hint' }, t(lang, 'sources.downloadsLead')), el('ul', {}, ...items));
}

async function timelineSection(root: HTMLElement, lang: Lang): Promise<void> {
  const events = await api.events();
  root.append(
    el(
      'section',
      { class: 'timeline', id: 'timeline' },
      el('h2', {}, t(lang, 'sources.timeline')),
      el(
        'ol',
        {},
        ...events.map((e) =>
          el(
            'li',
            { 'data-event': e.id },
            el('time', { datetime: e.date }, e.date),
            e.endDate ? ` – ${e.endDate}` : '',
            ' ',
            el('span', { class: `actor actor-${e.actor}` }, e.actor),
            ' ',
            el('strong', {}, e.title[lang]),
            e.verified ? '' : ` (${t(lang, 'sources.unverified')})`,
            el('p', {}, e.description[lang], ' ', outLink(e.source.url, e.source.publisher[lang])),
          ),
        ),
      ),
    ),
  );
}

export const sources: PageModule = {
  specs: {},
  async render(root, ctx: PageContext) {
    const lang = ctx.view.lang;
    pageHead(root, t(lang, 'sources.title'), t(lang, 'sources.lead'));
    const [list, tables, measures] = await Promise.all([api.sources(), api.coverage(), measuresById()]);
    root.append(el('section', { class: 'source-list' }, ...list.map((s) => sourceCard(s, tables.filter((x) => x.source === s.id), measures, lang))));
    await checksSection(root, lang);
    await timelineSection(root, lang);
  },
};
