/**
 * The bilateral record: the ledger from /api/record as a table (each line with its
 * figure, source link and timeline entry), and the same lines on one time axis: the
 * monthly flows as lines (one panel per unit, each on its own scale, one shared time
 * axis) and the other lines as dots, with the policy timeline as dashed rules.
 */
import * as Plot from '@observablehq/plot';
import { api, getJson } from '../api';
import { EVENT_MARGIN_TOP, eventMarks } from '../charts/annotations';
import { frame, legendOf } from '../charts/frame';
import { axisNumber, clean, PALETTE } from '../charts/plot';
import { controlBar, segmented, type PageContext } from '../controls';
import { el, outLink } from '../dom';
import { dateOf, dayText, num, periodText, timeTicks } from '../format';
import { actorName } from '../i18n';
import type { Member } from '../types';
import type { Lang, PolicyEvent } from '../types';
import { pt, type PolicyKey } from './policy-text';
import { staleNote } from '../source-age';

export interface LedgerLine {
  date: string;
  date_kind: 'day' | 'as-of' | 'month';
  actor: string;
  counterpart: string | null;
  kind: 'asked' | 'committed' | 'delivered';
  kind_label: string;
  what: string;
  quantity: number | null;
  unit: string;
  complete: boolean;
  note: string | null;
  source: { publisher: string; url: string; source: string | null; dataset: string | null; vintage: number | null };
  event: string | null;
  origin: 'store' | 'timeline';
}

export interface BilateralRecord {
  lang: Lang;
  lines: LedgerLine[];
  caveats: string[];
}

const dayOf = (d: string) => dateOf(d.length === 7 ? `${d}-01` : d);

function dateText(l: LedgerLine, lang: Lang): string {
  if (l.date_kind === 'month') return periodText(`${l.date}-01`, 'month', lang);
  return l.date_kind === 'as-of' ? pt(lang, 'asOf', { date: dayText(l.date, lang) }) : dayText(l.date, lang);
}

const figure = (l: LedgerLine, lang: Lang) => (l.quantity === null ? '–' : `${num(l.quantity, lang)} ${l.unit}`);

/** The other party of a line (US, MX, or a country's ISO code: GTM, CAN) named in the page's language, as the store names countries. */
function partyName(code: string, lang: Lang, countries: Member[]): string {
  return actorName(lang, code) ?? countries.find((m) => m.code === code)?.label[lang] ?? code;
}

function ledgerTable(lines: LedgerLine[], events: Map<string, PolicyEvent>, lang: Lang, countries: Member[]): HTMLElement {
  const head = (['colDate', 'colActor', 'colKind', 'colWhat', 'colQuantity', 'colSource', 'colEvent'] as PolicyKey[]).map((k) => el('th', { scope: 'col' }, pt(lang, k)));
  const rows = lines.map((l) => {
    const ev = l.event ? events.get(l.event) : undefined;
    return el(
      'tr',
      { 'data-line': l.kind, 'data-actor': l.actor, 'data-event': l.event },
      el('td', { class: 'nowrap' }, el('time', { datetime: l.date }, dateText(l, lang))),
      el('td', {}, partyName(l.actor, lang, countries), l.counterpart ? ` → ${partyName(l.counterpart, lang, countries)}` : ''),
      el('td', {}, l.kind_label),
      el('td', {}, l.what, l.note ? el('span', { class: 'line-note' }, ` (${l.note})`) : null),
      el('td', { class: 'num', 'data-quantity': l.quantity ?? '' }, figure(l, lang), l.complete ? null : el('span', { class: 'line-note', title: pt(lang, 'partial') }, ' *')),
      el('td', {}, outLink(l.source.url, l.source.publisher), l.source.source ? el('span', { class: 'line-note' }, ` (${l.source.source}, ${pt(lang, 'vintage')} ${l.source.vintage})`) : null),
      el('td', {}, ev ? outLink(ev.source.url, ev.title[lang]) : (l.event ?? '')),
    );
  });
  return el(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': pt(lang, 'recordTitle') },
    el('table', { class: 'ledger', 'data-table': 'ledger' }, el('caption', {}, pt(lang, 'lines', { n: lines.length })), el('thead', {}, el('tr', {}, ...head)), el('tbody', {}, ...rows)),
  );
}

/** One panel per unit of the monthly lines, all on one time axis, and a panel of the other lines. */
function axisPlots(lines: LedgerLine[], events: PolicyEvent[], lang: Lang, width: number): Element[] {
  if (!lines.length) return [];
  const xs = lines.map((l) => dayOf(l.date).getTime());
  const domain: [Date, Date] = [new Date(Math.min(...xs) - 30 * 864e5), new Date(Math.max(...xs) + 30 * 864e5)];
  // A unit gets a panel of lines only when it has a line to draw (two months or more);
  // a single figure (6,000 Guard members deployed in June 2019) is a point on the last panel.
  const candidates = lines.filter((l) => l.date_kind === 'month' && l.quantity !== null);
  const units = [...new Set(candidates.map((l) => l.unit))].filter((u) => candidates.filter((l) => l.unit === u).length >= 2);
  const monthly = candidates.filter((l) => units.includes(l.unit));
  // Event labels on the first panel only; the others keep the dots (and their tooltips).
  const layout = (i: number) => (i === 0 ? { width, marginLeft: 64, marginRight: 20 } : undefined);
  const plots: Element[] = [];
  const tip = (l: LedgerLine) => `${dateText(l, lang)}\n${l.what}\n${figure(l, lang)}\n${l.source.publisher}`;
  for (const [i, unit] of units.entries()) {
    const own = monthly.filter((l) => l.unit === unit);
    const whats = [...new Set(own.map((l) => l.what))];
    const data = own.map((l) => ({ x: dayOf(l.date), y: l.quantity!, what: l.what, title: tip(l) }));
    // A panel that stops long before the others (the Guard's figures end in 2021) says how old it is.
    const stale = staleNote(own.map((l) => l.date).sort().at(-1)!, lang);
    plots.push(
      el('h4', { class: 'axis-panel' }, unit),
      ...(stale ? [el('p', { class: 'note', 'data-stale': '' }, stale)] : []),
      ...(whats.length > 1 ? [legendOf(whats.map((w, i) => ({ label: w, colour: PALETTE[i] })))] : []),
      clean(
        Plot.plot({
          width,
          height: i === 0 ? 184 : 170,
          marginLeft: 64,
          marginTop: i === 0 ? EVENT_MARGIN_TOP : 20,
          x: { type: 'utc', domain, label: null, tickFormat: timeTicks(lang) },
          y: { grid: true, label: null, tickFormat: axisNumber(lang), ticks: 4, zero: true, nice: true },
          color: { domain: whats, range: PALETTE.slice(0, Math.max(1, whats.length)) },
          marks: [
            ...eventMarks(events, lang, domain, layout(i)),
            Plot.ruleY([0]),
            Plot.lineY(data, { x: 'x', y: 'y', stroke: 'what', z: 'what', strokeWidth: 1.6 }),
            Plot.dot(data, Plot.pointerX({ x: 'x', y: 'y', fill: 'what', r: 3.5 })),
            Plot.tip(data, Plot.pointerX({ x: 'x', y: 'y', title: 'title' })),
          ],
        }),
      ),
    );
  }
  const points = lines.filter((l) => !monthly.includes(l) && (l.date_kind !== 'month' || l.quantity !== null));
  if (points.length) {
    const data = points.map((l) => ({ x: dayOf(l.date), y: pt(lang, `kind.${l.kind}` as PolicyKey), actor: actorName(lang, l.actor) ?? l.actor, title: tip(l), r: l.quantity ?? 0 }));
    const actors = [...new Set(data.map((d) => d.actor))];
    plots.push(
      el('h4', { class: 'axis-panel' }, `${pt(lang, 'kind.committed')} / ${pt(lang, 'kind.delivered')}`),
      legendOf(actors.map((a, i) => ({ label: a, colour: PALETTE[[0, 5, 7][i] ?? i] }))),
      clean(
        Plot.plot({
          width,
          height: 120,
          marginLeft: 96,
          x: { type: 'utc', domain, label: null, tickFormat: timeTicks(lang) },
          y: { label: null, domain: (['asked', 'committed', 'delivered'] as const).map((k) => pt(lang, `kind.${k}`)).filter((k) => data.some((d) => d.y === k)) },
          color: { domain: actors, range: actors.map((_, i) => PALETTE[[0, 5, 7][i] ?? i]) },
          marks: [...eventMarks(events, lang, domain), Plot.dot(data, { x: 'x', y: 'y', fill: 'actor', stroke: 'white', r: 6, title: 'title', tip: true })],
        }),
      ),
    );
  }
  return [el('div', { class: 'axis-panels' }, ...plots)];
}

export async function drawRecord(root: HTMLElement, ctx: PageContext, events: PolicyEvent[]): Promise<void> {
  const { lang, params: p } = ctx.view;
  const section = el('section', { class: 'policy-section', 'aria-labelledby': 'policy-record' }, el('h2', { id: 'policy-record', class: 'section-title' }, pt(lang, 'recordTitle')));
  root.append(section);
  section.append(
    controlBar(
      segmented(ctx, 'ract', pt(lang, 'actor'), [{ value: 'all', label: pt(lang, 'all') }, ...(['US', 'MX', 'bilateral'] as const).map((a) => ({ value: a, label: actorName(lang, a)! }))]),
      segmented(ctx, 'rkind', pt(lang, 'kind'), [{ value: 'all', label: pt(lang, 'all') }, ...(['asked', 'committed', 'delivered'] as const).map((k) => ({ value: k, label: pt(lang, `kind.${k}`) }))]),
    ),
  );
  const axis = frame(section, 'policy-axis', lang, pt(lang, 'axisTitle'), pt(lang, 'axisSub'));
  const ledger = frame(section, 'policy-ledger', lang, pt(lang, 'recordSub'));
  const q = new URLSearchParams({ lang });
  if (p.ract !== 'all') q.set('actor', p.ract);
  if (p.rkind !== 'all') q.set('kind', p.rkind);
  let record: BilateralRecord;
  let countries: Member[];
  try {
    [record, countries] = await Promise.all([getJson<BilateralRecord>(`/api/record?${q}`), api.members('citizenship')]);
  } catch (e) {
    axis.fail(e);
    ledger.fail(e);
    return;
  }
  const byId = new Map(events.map((e) => [e.id, e]));
  const table = {
    columns: ['date', 'date_kind', 'actor', 'counterpart', 'kind', 'what', 'quantity', 'unit', 'complete', 'note', 'publisher', 'url', 'source', 'dataset', 'vintage', 'event'],
    rows: record.lines.map((l) => [l.date, l.date_kind, l.actor, l.counterpart, l.kind, l.what, l.quantity, l.unit, l.complete, l.note, l.source.publisher, l.source.url, l.source.source, l.source.dataset, l.source.vintage, l.event]),
  };
  const caveats = record.caveats.length ? [`${pt(lang, 'caveats')}: ${record.caveats.join(' ')}`] : [];
  axis.fill({ plots: axisPlots(record.lines, events, lang, axis.width()), notes: [pt(lang, 'monthly'), ...caveats], table });
  ledger.fill({ plots: record.lines.length ? [ledgerTable(record.lines, byId, lang, countries)] : [], notes: caveats, table });
}
