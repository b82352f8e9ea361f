/**
 * The frame every chart sits in: title and subtitle, legend, the plot, notes (what is
 * counted: "events, not people"), the sources with their publishers and vintages, and
 * the downloads (SVG, PNG, CSV). A chart that cannot be drawn says why, in place.
 */
import { ApiError } from '../api';
import { el, outLink, widthOf } from '../dom';
import { t } from '../i18n';
import { latestNote, type LatestOptions } from '../source-age';
import type { Lang, SourceRef } from '../types';

/** What the sources line needs of a source: an answer's provenance gives it, and so does /api/sources (pages/common.ts). */
export type SourceLine = Pick<SourceRef, 'id' | 'title' | 'publisher' | 'landing_page' | 'third_party' | 'provisional'> & { vintages: { id: number }[] };
/** The sources behind a chart: an answer's `provenance`, or any object with its `sources`. */
export interface SourcesOf {
  sources: SourceLine[];
}
import { describeTable, tableDetails } from './describe';
import { chartFileName, composeSvg, csvText, pngOf, save, type Table } from './download';

export interface FrameContent {
  plots: Element[];
  legend?: { label: string; colour: string }[];
  notes?: (string | null | undefined)[];
  provenance?: SourcesOf[];
  /** Sources that are not in the store (map outlines). */
  extraSources?: { label: string; url: string }[];
  table: Table;
  /** How the note on the chart's latest figure reads its periods (source-age.ts). */
  latest?: LatestOptions;
  /** The filters applied, for the downloads' file names ('hnd', 'from-fy2014'): a saved file says what it holds. */
  fileSuffix?: string[];
}

export interface Frame {
  el: HTMLElement;
  /** Width the plot can take. */
  width(): number;
  fill(content: FrameContent): void;
  /** Says in place why there is no chart: a string is a view the page found empty (not logged); an Error a fault (logged) unless the API called the question unanswerable. */
  fail(e: unknown): void;
}

/** Sources of the provenances, once each, with publisher, title, vintages and flags. */
function sourcesLine(provenance: SourcesOf[], extra: { label: string; url: string }[], lang: Lang): HTMLElement | null {
  const seen = new Map<string, SourceLine>();
  for (const p of provenance) for (const s of p.sources) seen.set(s.id, s);
  if (!seen.size && !extra.length) return null;
  const line = el('p', { class: 'sources' }, el('strong', {}, `${t(lang, seen.size + extra.length > 1 ? 'source.labels' : 'source.label')}: `));
  let first = true;
  for (const s of seen.values()) {
    if (!first) line.append('; ');
    first = false;
    const flags = [s.third_party ? t(lang, 'source.thirdParty') : '', s.provisional ? t(lang, 'source.provisional') : ''].filter(Boolean);
    line.append(
      outLink(s.landing_page, s.publisher, `: ${s.title}`),
      ` (${t(lang, 'source.vintage')} ${s.vintages.map((v) => v.id).join(', ')}${flags.length ? `; ${flags.join(', ')}` : ''})`,
    );
  }
  for (const x of extra) {
    if (!first) line.append('; ');
    first = false;
    line.append(outLink(x.url, x.label));
  }
  return line;
}

export function legendOf(items: { label: string; colour: string }[]): HTMLElement {
  return el(
    'div',
    { class: 'legend' },
    ...items.map((i) => {
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = i.colour;
      return el('span', { class: 'legend-item' }, swatch, i.label);
    }),
  );
}

let framed = 0;

/** A drawn chart (SVG, no control inside), as opposed to a table or a list shown in a frame. */
const isGraphic = (plot: Element) =>
  (plot.tagName.toLowerCase() === 'svg' || plot.querySelector('svg') !== null) && !plot.querySelector('a, button, input, select, textarea, table, [tabindex]');

export function frame(parent: HTMLElement, id: string, lang: Lang, title: string, subtitle?: string): Frame {
  const uid = `chart-${++framed}`;
  const area = el('div', { class: 'plot-area' }, el('p', { class: 'loading' }, t(lang, 'loading')));
  const head = el('figcaption', { class: 'chart-head' }, el('h3', { id: `${uid}-title` }, title), subtitle ? el('p', { class: 'chart-sub' }, subtitle) : null);
  const legendSlot = el('div', { class: 'legend-slot' });
  const foot = el('div', { class: 'chart-foot' });
  const figure = el('figure', { class: 'chart', 'data-chart': id }, head, legendSlot, area, foot);
  parent.append(figure);
  return {
    el: figure,
    width: () => widthOf(area),
    fill(c) {
      const notes = [...(c.notes ?? []), latestNote(c.table, lang, undefined, c.latest)].filter((n): n is string => Boolean(n));
      const legend = c.legend ?? [];
      if (legend.length) legendSlot.replaceChildren(legendOf(legend));
      area.replaceChildren(...(c.plots.length ? c.plots : [el('p', { class: 'empty' }, t(lang, 'chart.noData'))]));
      // The plot is one image to assistive technology, named by the title and described in words;
      // the figures themselves are in the table below it, which the keyboard reaches.
      const graphic = c.plots.length > 0 && c.plots.every(isGraphic);
      const described = graphic ? el('p', { class: 'sr-only', id: `${uid}-desc` }, describeTable(c.table, lang, legend.map((l) => l.label))) : null;
      if (described) {
        area.setAttribute('role', 'img');
        area.setAttribute('aria-labelledby', `${uid}-title`);
        area.setAttribute('aria-describedby', `${uid}-desc`);
        area.append(described);
      } else for (const a of ['role', 'aria-labelledby', 'aria-describedby']) area.removeAttribute(a);
      const sources = sourcesLine(c.provenance ?? [], c.extraSources ?? [], lang);
      const file = (ext: 'csv' | 'svg' | 'png') => chartFileName(id, c.fileSuffix ?? [], lang, ext);
      const button = (kind: 'svg' | 'png' | 'csv') => {
        const b = el('button', { type: 'button', 'data-download': kind }, t(lang, `download.${kind}`));
        b.addEventListener('click', async () => {
          if (kind === 'csv') return save(file('csv'), new Blob([csvText(c.table)], { type: 'text/csv;charset=utf-8' }));
          const sourceText = sources?.textContent ?? '';
          const composed = composeSvg({ title, subtitle, legend, area, notes: [...notes, sourceText].filter(Boolean) });
          if (kind === 'svg') return save(file('svg'), new Blob([composed.svg], { type: 'image/svg+xml' }));
          save(file('png'), await pngOf(composed.svg, composed.width, composed.height));
        });
        return b;
      };
      foot.replaceChildren(
        ...notes.map((n) => el('p', { class: 'note' }, n)),
        ...(sources ? [sources] : []),
        el('div', { class: 'downloads' }, el('span', {}, `${t(lang, 'download.label')}:`), button('svg'), button('png'), button('csv')),
        ...(graphic && c.table.rows.length ? [tableDetails(c.table, lang, head.querySelector('h3')?.textContent ?? title)] : []),
      );
    },
    fail(e) {
      // A question the store cannot answer, or a view the page itself finds empty (a message, not an
      // Error: "the two series share no period"), is said in place; anything else is a fault.
      if (!(typeof e === 'string' || (e instanceof ApiError && e.unanswerable))) console.error(e);
      for (const a of ['role', 'aria-labelledby', 'aria-describedby']) area.removeAttribute(a);
      area.replaceChildren(el('p', { class: 'empty' }, e instanceof Error ? e.message : String(e)));
    },
  };
}
