/**
 * Charts over time: lines (several series on one axis), stacked bars, and small
 * multiples (one panel per series, each on its own scale). Months sit on a UTC time
 * axis; fiscal and calendar years on an ordinal one. Tooltips give exact figures.
 */
import * as Plot from '@observablehq/plot';
import { timeTicks } from '../format';
import type { Lang, PolicyEvent } from '../types';
import { EVENT_MARGIN_TOP, eventMarks } from './annotations';
import { axisNumber, clean, sparseTicks, type Datum, type Series } from './plot';

export interface TimeOptions {
  width: number;
  height?: number;
  lang: Lang;
  series: Series[];
  yLabel: string;
  events?: PolicyEvent[];
  xDomain?: [Date, Date];
  yDomain?: [number, number];
  /** More marks drawn over the lines (a forecast fan, charts/fan.ts). */
  extra?: Plot.Markish[];
  /** Small multiples: more marks for one series' panel, by its label (a forecast fan). */
  extraBySeries?: Record<string, Plot.Markish[]>;
}

const colours = (series: Series[]) => ({ domain: series.map((s) => s.label), range: series.map((s) => s.colour) });

function timeDomain(data: Datum[], given?: [Date, Date]): [Date, Date] {
  if (given) return given;
  const xs = data.map((d) => (d.x as Date).getTime());
  return [new Date(Math.min(...xs)), new Date(Math.max(...xs))];
}

export function lineChart(data: Datum[], o: TimeOptions): SVGSVGElement | HTMLElement {
  const shown = data.filter((d) => d.value !== null);
  const domain = timeDomain(data, o.xDomain);
  return clean(
    Plot.plot({
      width: o.width,
      height: o.height ?? 320,
      marginLeft: 64,
      marginRight: 16,
      marginTop: o.events?.length ? EVENT_MARGIN_TOP : undefined,
      x: { type: 'utc', domain, label: null, tickFormat: timeTicks(o.lang) },
      y: { grid: true, label: o.yLabel, tickFormat: axisNumber(o.lang), domain: o.yDomain, zero: true, nice: true },
      color: colours(o.series),
      marks: [
        ...eventMarks(o.events ?? [], o.lang, domain, { width: o.width, marginLeft: 64, marginRight: 16 }),
        Plot.ruleY([0]),
        Plot.lineY(data, { x: 'x', y: 'value', stroke: 'series', strokeWidth: 1.7 }),
        ...(o.extra ?? []),
        Plot.dot(shown.filter((d) => !d.complete), { x: 'x', y: 'value', stroke: 'series', fill: 'white', r: 3 }),
        Plot.dot(shown, Plot.pointerX({ x: 'x', y: 'value', fill: 'series', r: 4 })),
        Plot.tip(shown, Plot.pointerX({ x: 'x', y: 'value', title: 'title' })),
      ],
    }),
  );
}

export function stackedBars(data: Datum[], o: TimeOptions): SVGSVGElement | HTMLElement {
  const shown = data.filter((d) => d.value !== null);
  const order = o.series.map((s) => s.label);
  const common = { y: 'value', fill: 'series', order, title: 'title', tip: true } as const;
  if (shown.length && shown[0].x instanceof Date) {
    const domain = timeDomain(shown, o.xDomain);
    return clean(
      Plot.plot({
        width: o.width,
        height: o.height ?? 340,
        marginLeft: 64,
        marginTop: o.events?.length ? EVENT_MARGIN_TOP : undefined,
        x: { type: 'utc', domain: [domain[0], new Date(Date.UTC(domain[1].getUTCFullYear(), domain[1].getUTCMonth() + 1, 1))], label: null, tickFormat: timeTicks(o.lang) },
        y: { grid: true, label: o.yLabel, tickFormat: axisNumber(o.lang) },
        color: colours(o.series),
        marks: [...eventMarks(o.events ?? [], o.lang, domain, { width: o.width, marginLeft: 64, marginRight: 20 }), Plot.rectY(shown, { ...common, x: 'x', interval: 'month', insetLeft: 0.5, insetRight: 0.5 }), Plot.ruleY([0])],
      }),
    );
  }
  const labels = [...new Set(shown.map((d) => d.x as string))];
  return clean(
    Plot.plot({
      width: o.width,
      height: o.height ?? 340,
      marginLeft: 64,
      x: { type: 'band', domain: labels, label: null, ticks: sparseTicks(labels, o.width) },
      y: { grid: true, label: o.yLabel, tickFormat: axisNumber(o.lang) },
      color: colours(o.series),
      marks: [Plot.barY(shown, { ...common, x: 'x' }), Plot.ruleY([0])],
    }),
  );
}

/** One small chart per series, each on its own scale, in a grid. */
export function smallMultiples(data: Datum[], o: TimeOptions): HTMLElement {
  const grid = document.createElement('div');
  grid.className = 'multiples';
  const columns = Math.min(o.series.length, o.width > 900 ? 3 : o.width > 560 ? 2 : 1);
  grid.style.gridTemplateColumns = `repeat(${columns}, minmax(0, 1fr))`;
  const width = Math.floor((o.width - (columns - 1) * 16) / columns);
  const isTime = data[0]?.x instanceof Date;
  const xDomain = isTime ? timeDomain(data, o.xDomain) : undefined;
  const labels = isTime ? [] : [...new Set(data.map((d) => d.x as string))];
  for (const s of o.series) {
    const own = data.filter((d) => d.series === s.label);
    if (!own.length) continue;
    const shown = own.filter((d) => d.value !== null);
    const panel = document.createElement('div');
    panel.className = 'multiple';
    const h = document.createElement('h4');
    h.textContent = s.label;
    const marks: Plot.Markish[] = isTime
      ? [
          Plot.areaY(own, { x: 'x', y: 'value', fill: s.colour, fillOpacity: 0.15 }),
          Plot.lineY(own, { x: 'x', y: 'value', stroke: s.colour }),
          ...(o.extraBySeries?.[s.label] ?? []),
          Plot.tip(shown, Plot.pointerX({ x: 'x', y: 'value', title: 'title' })),
        ]
      : [Plot.barY(shown, { x: 'x', y: 'value', fill: s.colour, title: 'title', tip: true })];
    panel.append(
      h,
      clean(
        Plot.plot({
          width,
          height: 170,
          marginLeft: 56,
          x: isTime ? { type: 'utc', domain: xDomain, label: null, ticks: 4, tickFormat: timeTicks(o.lang) } : { type: 'band', domain: labels, label: null, ticks: sparseTicks(labels, width, 56) },
          y: { grid: true, label: null, tickFormat: axisNumber(o.lang), ticks: 4 },
          marks: [...marks, Plot.ruleY([0])],
        }),
      ),
    );
    grid.append(panel);
  }
  return grid;
}
