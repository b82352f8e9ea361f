/** Horizontal bars, one row per category (a state, a nationality), stacked by series. */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../types';
import { axisNumber, clean, type Series } from './plot';

export interface BarDatum {
  category: string;
  series: string;
  value: number | null;
  title: string;
}

export function barsX(data: BarDatum[], o: { width: number; lang: Lang; series: Series[]; xLabel: string }): SVGSVGElement | HTMLElement {
  const shown = data.filter((d) => d.value !== null && d.value > 0);
  const totals = new Map<string, number>();
  for (const d of shown) totals.set(d.category, (totals.get(d.category) ?? 0) + (d.value ?? 0));
  const categories = [...totals].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const longest = Math.max(0, ...categories.map((c) => c.length));
  return clean(
    Plot.plot({
      width: o.width,
      height: 40 + 22 * categories.length,
      marginLeft: Math.min(220, 12 + longest * 6.2),
      x: { grid: true, label: o.xLabel, tickFormat: axisNumber(o.lang), axis: 'top' },
      y: { domain: categories, label: null },
      color: { domain: o.series.map((s) => s.label), range: o.series.map((s) => s.colour) },
      marks: [Plot.barX(shown, { y: 'category', x: 'value', fill: 'series', order: o.series.map((s) => s.label), title: 'title', tip: true }), Plot.ruleX([0])],
    }),
  );
}
