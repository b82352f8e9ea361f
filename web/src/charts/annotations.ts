/**
 * The policy timeline on a time chart: a dashed rule at each event's date, coloured
 * by who acted, with a dot in the top margin whose tooltip gives the event and its
 * source. The most important events that fit are labelled in words above their dot;
 * the others keep their tooltip. "Important" is a stated rule, not a judgement made
 * here: policy changes, deployments and agreements before requests and deliveries,
 * then those resting on a primary source, then the events the timeline links most others to.
 */
import * as Plot from '@observablehq/plot';
import { dateOf, dayText } from '../format';
import type { Lang, PolicyEvent } from '../types';
import { ACTOR_COLOURS } from './plot';

/** The top margin a chart needs for the event dots and their labels. */
export const EVENT_MARGIN_TOP = 58;

/** Rows of labels above the dots (the second for labels the first has no room for). */
const ROWS = 3;

/** Where the chart's plot area lies, to lay the labels out without overlap. */
export interface EventLayout {
  width: number;
  marginLeft: number;
  marginRight: number;
}

const KIND_WEIGHT: Record<string, number> = { 'policy-start': 3, 'policy-end': 3, deployment: 3, agreement: 2, request: 1, delivery: 1 };

export function importance(e: PolicyEvent): number {
  return (KIND_WEIGHT[e.kind] ?? 1) * 10 + (e.source.primary ? 6 : 0) + e.related.length;
}

/** A title short enough for a label: up to the first colon, at most 26 characters. */
export function shortTitle(title: string): string {
  const head = title.split(':')[0].trim();
  return head.length <= 26 ? head : `${head.slice(0, 25).replace(/\s+\S*$/, '')}…`;
}

const CHAR = 5.6;

/** The events to label: by importance, each kept only if its label overlaps none already kept. */
export function labelled(inside: PolicyEvent[], lang: Lang, domain: [Date, Date], layout: EventLayout): { event: PolicyEvent; text: string; anchor: 'start' | 'end'; row: number }[] {
  const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
  const inner = layout.width - layout.marginLeft - layout.marginRight;
  if (d1 <= d0 || inner < 200) return [];
  const kept: { event: PolicyEvent; text: string; anchor: 'start' | 'end'; row: number; from: number; to: number }[] = [];
  for (const event of [...inside].sort((a, b) => importance(b) - importance(a) || a.date.localeCompare(b.date))) {
    const text = shortTitle(event.title[lang]);
    const x = layout.marginLeft + ((dateOf(event.date).getTime() - d0) / (d1 - d0)) * inner;
    const w = text.length * CHAR + 8;
    // The first row, then the next, with the label after its dot, else before it: the first place where it fits.
    const places = [...Array(ROWS).keys()].flatMap((row) =>
      (['start', 'end'] as const).map((anchor) => ({ row, anchor, from: anchor === 'start' ? x - 2 : x - w, to: anchor === 'start' ? x + w : x + 2 })),
    );
    const place = places.find((p) => p.from >= 0 && p.to <= layout.width && !kept.some((k) => k.row === p.row && p.from < k.to + 6 && p.to > k.from - 6));
    if (place) kept.push({ event, text, ...place });
  }
  return kept;
}

export function eventMarks(events: PolicyEvent[], lang: Lang, domain: [Date, Date], layout?: EventLayout): Plot.Markish[] {
  const inside = events.filter((e) => {
    const d = dateOf(e.date);
    return d >= domain[0] && d <= domain[1];
  });
  if (!inside.length) return [];
  const colour = (e: PolicyEvent) => ACTOR_COLOURS[e.actor] ?? '#666';
  const title = (e: PolicyEvent) => `${dayText(e.date, lang, e.datePrecision)}${e.endDate ? ` – ${dayText(e.endDate, lang, e.datePrecision)}` : ''}\n${e.title[lang]}\n${e.source.publisher[lang]}${e.verified ? '' : lang === 'es' ? ' (sin verificar)' : ' (unverified)'}`;
  const x = (e: PolicyEvent) => dateOf(e.date);
  const labels = layout ? labelled(inside, lang, domain, layout) : [];
  return [
    Plot.ruleX(inside, { x, stroke: colour, strokeDasharray: '4,3', strokeOpacity: 0.75 }),
    // In the top margin, clear of the data.
    Plot.dot(inside, { x, frameAnchor: 'top', dy: -8, r: 4, fill: colour, stroke: 'white', title, tip: { anchor: 'top-left' } }),
    ...(['start', 'end'] as const).flatMap((anchor) =>
      [...Array(ROWS).keys()].map((row) =>
        Plot.text(
          labels.filter((l) => l.anchor === anchor && l.row === row),
          { x: (l: { event: PolicyEvent }) => dateOf(l.event.date), text: 'text', frameAnchor: 'top', dy: -22 - row * 12, dx: anchor === 'start' ? -2 : 2, textAnchor: anchor, fontSize: 10, fill: '#333', className: 'event-label' },
        ),
      ),
    ),
  ];
}
