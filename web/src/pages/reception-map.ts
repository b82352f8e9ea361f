/**
 * The Reception page's map: every city of the plan as a circle over Mexico's states (the
 * store's shapes, as the Mexico page draws them), its area the people arriving in the
 * chosen week and its colour how the city stands that week (people without a place, beds
 * nearly full, beds free, no site in the city). A slider picks the week, a click on a
 * circle picks the city for the views below; both go into the URL. Labels that would
 * overlap are hidden (largest city first, the picked one always kept); every figure is in
 * the circle's tooltip and in the table under the map.
 */
import * as Plot from '@observablehq/plot';
import { frame } from '../charts/frame';
import { d3Winding } from '../charts/maps';
import { clean } from '../charts/plot';
import type { PageContext } from '../controls';
import { el } from '../dom';
import { num } from '../format';
import type { Lang, Shapes } from '../types';
import { cityWeeks, FULL_SHARE, statusOf, weekText, type CityWeek, type Plan, type Status } from './reception-data';
import { w } from './reception-words';

export const STATUS_COLOUR: Record<Status, string> = { short: '#D55E00', full: '#E69F00', room: '#009E73', none: '#999999' };
const STATUSES: Status[] = ['short', 'full', 'room', 'none'];
const statusText = (s: Status, lang: Lang) => w(lang, `status_${s}`, { pct: Math.round(FULL_SHARE * 100) });

export interface CityMark extends CityWeek {
  code: string;
  name: string;
  lat: number;
  lon: number;
  status: Status;
  /** Radius in pixels. */
  r: number;
  title: string;
}

/** The tooltip of a city's circle: the plan's figures for that city and week. */
export function markTitle(name: string, r: CityWeek, lang: Lang): string {
  return [
    w(lang, 'mapTip', { city: name, week: weekText(r.week, lang) }),
    `${w(lang, 'arrivals')}: ${num(r.arrivals, lang)}`,
    `${w(lang, 'beds')}: ${num(r.beds, lang)}`,
    `${w(lang, 'occupied')}: ${num(r.occupied, lang)}`,
    `${w(lang, 'unmet')}: ${num(r.unmet, lang)}`,
  ].join('\n');
}

/**
 * One mark per city of the plan in week `i`; areas on one scale over all weeks, so weeks compare.
 * `scale` shrinks every circle alike (so that neighbours do not overlap, `separating`).
 */
export function cityMarks(plan: Plan, i: number, lang: Lang, rMax: number, scale = 1): CityMark[] {
  const weeks = new Map(plan.cities.map((c) => [c.code, cityWeeks(plan, c.code)]));
  const most = Math.max(1, ...[...weeks.values()].flatMap((rows) => rows.map((r) => r.arrivals)));
  const rMin = 3;
  return plan.cities.map((c) => {
    const row = weeks.get(c.code)![i];
    return { ...row, code: c.code, name: c.name, lat: c.lat, lon: c.lon, status: statusOf(row), r: scale * (rMin + (rMax - rMin) * Math.sqrt(row.arrivals / most)), title: markTitle(c.name, row, lang) };
  });
}

/** Each city's largest circle over the plan's weeks (radius in pixels, by city code). */
export function largestRadii(plan: Plan, lang: Lang, rMax: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < plan.weeks.length; i++) for (const m of cityMarks(plan, i, lang, rMax)) out.set(m.code, Math.max(out.get(m.code) ?? 0, m.r));
  return out;
}

/**
 * The factor (at most 1, at least `floor`) by which every circle shrinks so that no two
 * circles, each at its largest over the weeks, overlap where they are drawn (`centres` in
 * pixels): the same factor for every week, so the weeks still compare.
 */
export function separating(centres: Map<string, { x: number; y: number }>, radii: Map<string, number>, gap = 1, floor = 0.3): number {
  let k = 1;
  const codes = [...centres.keys()].filter((c) => radii.has(c));
  for (let a = 0; a < codes.length; a++)
    for (let b = a + 1; b < codes.length; b++) {
      const p = centres.get(codes[a])!;
      const q = centres.get(codes[b])!;
      const d = Math.hypot(p.x - q.x, p.y - q.y);
      k = Math.min(k, Math.max(0, d - gap) / (radii.get(codes[a])! + radii.get(codes[b])!));
    }
  return Math.max(floor, k);
}

function weekSlider(plan: Plan, i: number, lang: Lang, ctx: PageContext): HTMLElement {
  const slider = el('input', { type: 'range', min: 0, max: plan.weeks.length - 1, step: 1, value: i, name: 'week', 'data-param': 'week', id: 'reception-week' });
  const shown = el('output', { for: 'reception-week', class: 'reception-week-shown' }, weekText(plan.weeks[i], lang));
  slider.setAttribute('aria-valuetext', weekText(plan.weeks[i], lang));
  slider.addEventListener('input', () => {
    const text = weekText(plan.weeks[Number(slider.value)], lang);
    shown.textContent = text;
    slider.setAttribute('aria-valuetext', text);
  });
  slider.addEventListener('change', () => ctx.set({ week: plan.weeks[Number(slider.value)] }));
  return el('div', { class: 'controls reception-week-control' }, el('label', { class: 'control' }, el('span', { class: 'control-label' }, w(lang, 'weekPick')), slider), shown);
}

/** Labels are placed picked city first, then the busiest. */
const labelOrder = (marks: CityMark[], selected: string) => [...marks].sort((a, b) => Number(b.code === selected) - Number(a.code === selected) || b.arrivals - a.arrivals);

/** `marks` largest first: drawn so, small circles stay on top and can be clicked. */
function mapPlot(shapes: Shapes, marks: CityMark[], selected: string, width: number): SVGSVGElement | HTMLElement {
  const pad = 0.9;
  const lons = marks.map((m) => m.lon);
  const lats = marks.map((m) => m.lat);
  const domain = { type: 'MultiPoint', coordinates: [[Math.min(...lons) - pad, Math.min(...lats) - pad], [Math.max(...lons) + pad, Math.max(...lats) + pad]] } as const;
  const labelled = labelOrder(marks, selected);
  const narrow = width < 500;
  return clean(
    Plot.plot({
      width,
      height: Math.round(width * 0.66),
      projection: { type: 'conic-equal-area', parallels: [24, 32], rotate: [107, 0], domain, inset: 8 },
      marks: [
        Plot.geo(shapes.features.map(d3Winding), { fill: '#eef1ea', stroke: '#a9b8a3', strokeWidth: 0.7 }),
        Plot.dot(marks, {
          x: 'lon',
          y: 'lat',
          r: (d: CityMark) => d.r,
          fill: (d: CityMark) => STATUS_COLOUR[d.status],
          fillOpacity: 0.75,
          stroke: (d: CityMark) => (d.code === selected ? '#000' : '#333'),
          strokeWidth: (d: CityMark) => (d.code === selected ? 2.5 : 0.8),
          title: 'title',
          sort: null,
          className: 'reception-mark',
        }),
        // One text mark per city: each label sits just above its own circle (dy is a constant of a mark).
        ...labelled.map((d) =>
          Plot.text([d], {
            x: 'lon',
            y: 'lat',
            text: 'name',
            dy: -d.r - 2,
            lineAnchor: 'bottom',
            fontSize: narrow ? 10 : 11,
            fontWeight: d.code === selected ? 700 : 500,
            fill: '#222',
            stroke: 'white',
            strokeWidth: 3,
            paintOrder: 'stroke',
            className: 'reception-label',
          }),
        ),
      ],
      r: { type: 'identity' },
      color: { type: 'identity' },
    }),
  );
}

/** The map in its frame, with the week slider, the legend, a line on the picked city and the table behind the map. */
export function drawReceptionMap(root: HTMLElement, plan: Plan, shapes: Shapes, i: number, city: string, ctx: PageContext): void {
  const lang = ctx.view.lang;
  const week = plan.weeks[i];
  const f = frame(root, 'reception-map', lang, w(lang, 'mapTitle', { week: weekText(week, lang) }), w(lang, 'mapSub'));
  f.el.querySelector('.chart-head')!.append(weekSlider(plan, i, lang, ctx));
  const width = Math.min(f.width(), 900);
  const rMax = Math.max(12, Math.min(28, width / 24));
  let marks = cityMarks(plan, i, lang, rMax).sort((a, b) => b.r - a.r);
  const km = plan.shelter?.maxKm ?? 0;
  const picked = marks.find((m) => m.code === city);
  const fill = () => f.fill({
    plots: marks.length ? [mapPlot(shapes, marks, city, width)] : [],
    legend: STATUSES.map((s) => ({ label: statusText(s, lang), colour: STATUS_COLOUR[s] })),
    notes: [
      picked ? w(lang, 'selected', { city: picked.name, week: weekText(week, lang), arriving: num(picked.arrivals, lang), unmet: num(picked.unmet, lang), occupied: num(picked.occupied, lang), beds: num(picked.beds, lang) }) : null,
      w(lang, 'sizeNote', { km: num(km, lang) }),
    ],
    extraSources: [],
    table: {
      columns: ['week', 'city', 'city_name', 'lat', 'lon', 'arriving_people', 'beds', 'beds_in_use', 'unmet_people', 'status'],
      rows: marks.map((m) => [week, m.code, m.name, m.lat, m.lon, m.arrivals, m.beds, Math.round(m.occupied * 100) / 100, m.unmet, statusText(m.status, lang)]),
    },
    fileSuffix: [week],
  });
  fill();
  // Neighbouring cities (Reynosa and Matamoros on a phone) would overlap: where the circles are drawn, all shrink alike until none does.
  const centres = new Map<string, { x: number; y: number }>();
  f.el.querySelectorAll<SVGCircleElement>('g.reception-mark circle').forEach((circle, n) => {
    const box = circle.getBoundingClientRect();
    if (marks[n]) centres.set(marks[n].code, { x: box.left + box.width / 2, y: box.top + box.height / 2 });
  });
  const k = separating(centres, largestRadii(plan, lang, rMax), 2);
  if (k < 1) {
    marks = cityMarks(plan, i, lang, rMax, k).sort((a, b) => b.r - a.r);
    fill();
  }
  // Each circle names its city (Plot draws them in the order given: sort is off) and picks it when clicked.
  f.el.querySelectorAll<SVGCircleElement>('g.reception-mark circle').forEach((circle, n) => {
    const code = marks[n]?.code;
    if (!code) return;
    circle.dataset.city = code;
    circle.addEventListener('click', () => ctx.set({ city: code }));
  });
  placeLabels(f.el, labelOrder(marks, city));
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right + 2 && a.right > b.left - 2 && a.top < b.bottom && a.bottom > b.top;

/** Whether a label's box touches a circle (drawn in `box`, its bounding square), 1 px to spare. */
export function touchesCircle(label: { left: number; right: number; top: number; bottom: number }, box: { left: number; top: number; width: number }): boolean {
  const r = box.width / 2;
  const cx = box.left + r;
  const cy = box.top + r;
  const nx = Math.max(label.left, Math.min(cx, label.right));
  const ny = Math.max(label.top, Math.min(cy, label.bottom));
  return Math.hypot(nx - cx, ny - cy) < r + 1;
}

/**
 * Puts each label around its circle (above, below, right, left, then the four corners, then a
 * little further out), the first place where it stays inside the map and clears the labels
 * placed before it and every other circle; a label with no such place is hidden (its circle
 * keeps its tooltip, its row in the table), except the picked city's, which may then cross a
 * circle. Labels come picked city first, then by arrivals. Call once the map is in the page.
 */
function placeLabels(root: Element, labelled: CityMark[]): void {
  const groups = [...root.querySelectorAll<SVGGElement>('g.reception-label')];
  const svg = groups[0]?.ownerSVGElement;
  if (!svg) return;
  const frameBox = svg.getBoundingClientRect();
  const circles = [...root.querySelectorAll<SVGCircleElement>('g.reception-mark circle')].map((c) => ({ city: c.dataset.city, box: c.getBoundingClientRect() }));
  const kept: DOMRect[] = [];
  groups.forEach((g, n) => {
    const m = labelled[n];
    const text = g.querySelector('text');
    if (!m || !text) return;
    const size = Number(g.getAttribute('font-size') ?? 11);
    const places: [number, number, string][] = [];
    for (const far of [0, 6]) {
      const r = m.r + far;
      places.push(
        [0, -r - 2, 'middle'],
        [0, r + size, 'middle'],
        [r + 3, size * 0.35, 'start'],
        [-r - 3, size * 0.35, 'end'],
        [r * 0.7 + 2, -r * 0.7 - 2, 'start'],
        [-r * 0.7 - 2, -r * 0.7 - 2, 'end'],
        [r * 0.7 + 2, r * 0.7 + size, 'start'],
        [-r * 0.7 - 2, r * 0.7 + size, 'end'],
      );
    }
    const fits = (avoidCircles: boolean) =>
      places.some(([dx, dy, anchor]) => {
        g.setAttribute('transform', `translate(${dx + 0.5},${dy})`);
        text.setAttribute('text-anchor', anchor);
        const box = text.getBoundingClientRect();
        const inside = box.left >= frameBox.left && box.right <= frameBox.right && box.top >= frameBox.top && box.bottom <= frameBox.bottom;
        const clear = !kept.some((k) => overlaps(box, k)) && !(avoidCircles && circles.some((c) => c.city !== m.code && touchesCircle(box, c.box)));
        if (inside && clear) kept.push(box);
        return inside && clear;
      });
    if (!fits(true) && !(n === 0 && fits(false))) g.setAttribute('display', 'none');
  });
}
