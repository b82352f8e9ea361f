/**
 * Sources: every source with its publisher, landing page, licence note, coverage,
 * vintages and files (sha256); the latest run of every reconciliation check; each
 * published table as a download (CSV, JSON, Parquet via /api/export); the policy
 * timeline with its sources.
 */
import { api, exportUrl } from '../api';
import type { PageContext } from '../controls';
import { el, outLink } from '../dom';
import { dayText, num, periodText } from '../format';
import { actorName, t } from '../i18n';
import type { CoverageTable, Lang, Measure, Source } from '../types';
import { measuresById, pageHead, type PageModule } from './common';
import { checkResultText, checkRunText } from './check-words';
import { downloadParts, downloadQuery, type DownloadPart } from './source-downloads';

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
      // A source without figures (the states' boundaries) has no period: said, not "– – –".
      // The months its periods start in (its tables' grains differ), as the page's language writes them.
      ...dl(t(lang, 'sources.periods'), s.first_period && s.last_period ? `${dayText(s.first_period, lang, 'month')} – ${dayText(s.last_period, lang, 'month')}` : t(lang, 'sources.noPeriod')),
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
          v.files.map((f) => el('li', { 'data-file': f.file_id }, `${t(lang, 'source.vintage')} ${v.id}: `, ...fileLine(f, lang))),
        ),
      ),
    ),
    downloads(tables, measures, s.observations, lang),
  );
}

/**
 * A file as provenance gives it: the file at its address with that file's sha256 and, when
 * corridor read the data mirror's conversion of it instead, the conversion with its own.
 */
function fileLine(f: Source['vintages'][number]['files'][number], lang: Lang): (Node | string)[] {
  const hash = (sha256: string) => el('code', { title: sha256 }, sha256.slice(0, 16));
  const at = f.sha256 !== null ? [` · ${num(f.bytes ?? 0, lang)} bytes · sha256 `, hash(f.sha256)] : [` · ${t(lang, 'sources.shaUnknown')}`];
  if (!f.read_as) return [outLink(f.url, f.name), ...at];
  return [outLink(f.url, f.name), ...at, ` · ${t(lang, 'sources.readAs')} `, el('code', {}, f.read_as.name), ` (${num(f.read_as.bytes, lang)} bytes · sha256 `, hash(f.read_as.sha256), ')'];
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
              // The figures worded in the page's language; the prose summary (the command line's) only without them.
              el('td', {}, el('span', { class: 'check-result' }, c.result ? checkResultText(c.result, lang) : (c.summary?.[lang] ?? '')), el('br'), el('small', {}, el('time', { datetime: c.run_at.replace(' ', 'T') }, checkRunText(c.run_at, lang)))),
            ),
          ),
        ),
        ),
      ),
    );
  root.append(section);
}

/** A table's first and last periods at its grain: año fiscal 2012 – año fiscal 2024, oct 2015 – ago 2019, 1 oct 2024 – 25 may 2026. */
function periodSpan(table: CoverageTable, lang: Lang): string {
  const one = (p: string) => (table.grain === 'day' ? dayText(p, lang) : periodText(p, table.grain, lang));
  return table.first_period && table.last_period ? `${one(table.first_period)} – ${one(table.last_period)}` : '';
}

function downloads(tables: CoverageTable[], measures: Map<string, Measure>, sourceCells: number, lang: Lang): HTMLElement {
  const items = tables.map((table) => {
    const q = downloadQuery(table);
    const head = [el('strong', {}, table.title[lang]), ' ', el('code', {}, table.id), el('br'), `${measures.get(table.measure)?.label[lang] ?? table.measure} · ${periodSpan(table, lang)} · `];
    if (!q) return el('li', { 'data-table': table.id }, ...head, t(lang, 'sources.tooManyPlaces'));
    const links = (part?: DownloadPart) =>
      (['csv', 'json', 'parquet'] as const).flatMap((f) => {
        // The table itself (dataset): with its source alone, the best table of the source answered, another one for 17 tables.
        const url = `${exportUrl(part ? { ...q, from: part.from, to: part.to } : q, lang, f)}&dataset=${encodeURIComponent(table.id)}`;
        return [el('a', { href: url, 'data-export': f, download: '' }, f.toUpperCase()), ' '];
      });
    // A table too large for one answer of /api/export comes in ranges of years (source-downloads.ts).
    const parts = downloadParts(table, q, sourceCells);
    if (!parts.length) return el('li', { 'data-table': table.id }, ...head, ...links());
    return el('li', { 'data-table': table.id }, ...head, `${t(lang, 'sources.inParts')}: `, ...parts.flatMap((part) => [el('span', { class: 'part', 'data-part': part.label }, `${part.label} `, ...links(part)), ' ']));
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
            el('time', { datetime: e.date }, dayText(e.date, lang, e.datePrecision)),
            e.endDate ? ` – ${dayText(e.endDate, lang, e.datePrecision)}` : '',
            ' ',
            el('span', { class: `actor actor-${e.actor}` }, actorName(lang, e.actor) ?? e.actor),
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
