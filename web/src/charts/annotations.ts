/**
 * The policy timeline on a time chart: a dashed rule at each event's date, coloured
 * by who acted, with a dot on top whose tooltip gives the event and its source.
 */
import * as Plot from '@observablehq/plot';
import { dateOf } from '../format';
import type { Lang, PolicyEvent } from '../types';
import { ACTOR_COLOURS } from './plot';

export function eventMarks(events: PolicyEvent[], lang: Lang, domain: [Date, Date]): Plot.Markish[] {
  const inside = events.filter((e) => {
    const d = dateOf(e.date);
    return d >= domain[0] && d <= domain[1];
  });
  if (!inside.length) return [];
  const colour = (e: PolicyEvent) => ACTOR_COLOURS[e.actor] ?? '#666';
  const title = (e: PolicyEvent) => `${e.date}${e.endDate ? ` – ${e.endDate}` : ''}\n${e.title[lang]}\n${e.source.publisher}${e.verified ? '' : lang === 'es' ? ' (sin verificar)' : ' (unverified)'}`;
  const x = (e: PolicyEvent) => dateOf(e.date);
  return [
    Plot.ruleX(inside, { x, stroke: colour, strokeDasharray: '4,3', strokeOpacity: 0.75 }),
    Plot.dot(inside, { x, frameAnchor: 'top', dy: 4, r: 4, fill: colour, stroke: 'white', title, tip: { anchor: 'top-left' } }),
  ];
}
