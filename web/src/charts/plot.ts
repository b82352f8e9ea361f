/**
 * What every chart shares: the colour-blind-safe palette (Okabe and Ito), the
 * tooltip text of a figure, and `clean`, which removes the <style> elements Plot
 * writes into its output (the page's Content-Security-Policy refuses inline styles;
 * styles.css carries the same rules) and hides the drawing from screen readers (the
 * frame gives its text alternative).
 */
import { num, partialText, periodText, unitText } from '../format';
import type { Lang, SeriesRow } from '../types';

/** Okabe–Ito with a neutral grey (its yellow last, the weakest on white): distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#999999', '#F0E442'];

export const ACTOR_COLOURS: Record<string, string> = { US: '#0072B2', MX: '#D55E00', bilateral: '#666666', GT: '#009E73', HN: '#009E73', SV: '#009E73' };

export function clean<T extends Element>(node: T): T {
  for (const s of node.querySelectorAll('style')) s.remove();
  if (node.tagName.toLowerCase() === 'style') node.remove();
  // The drawing is hidden from assistive technology: the frame names the chart, describes
  // it and offers its table (charts/describe.ts). Plot's aria-label on its <g> marks has no
  // role to belong to, which accessibility checkers rightly flag on an exposed SVG.
  for (const svg of node.tagName.toLowerCase() === 'svg' ? [node] : node.querySelectorAll('svg')) svg.setAttribute('aria-hidden', 'true');
  return node;
}

/** One figure of a chart: where it sits, what it is, and the exact text of its tooltip. */
export interface Datum {
  /** A Date on time scales, a label on ordinal ones. */
  x: Date | string;
  series: string;
  value: number | null;
  period: string;
  complete: boolean;
  title: string;
  row: SeriesRow;
}

export interface Series {
  label: string;
  colour: string;
}

/** Tooltip lines: what, when (and whether complete), the exact figure and unit, the source. */
export function tipText(label: string, row: SeriesRow, lang: Lang, unit: string, value = row.value, extra?: string): string {
  const partial = partialText(row, lang, row.expected_parts > 12);
  const when = `${periodText(row.period, row.grain, lang)}${partial ? ` (${partial})` : ''}`;
  const figure = value === null ? (lang === 'es' ? 'sin cifra' : 'no figure') : `${num(value, lang, Number.isInteger(value) ? 0 : 2)} ${unitText(unit, lang)}`;
  const source = `${lang === 'es' ? 'Fuente' : 'Source'}: ${row.source}, ${lang === 'es' ? 'versión' : 'vintage'} ${row.vintage}`;
  return [label, when, figure, ...(extra ? [extra] : []), source].join('\n');
}

/** Chart figures from series rows; `label` names the series a row belongs to. */
export function toData(rows: SeriesRow[], label: (r: SeriesRow) => string, lang: Lang, unit: string, x: (r: SeriesRow) => Date | string): Datum[] {
  return rows.map((r) => ({ x: x(r), series: label(r), value: r.value, period: r.period, complete: r.complete, title: tipText(label(r), r, lang, unit), row: r }));
}

/** Every k-th label of an ordinal axis, so that the labels never overlap. */
export function sparseTicks(labels: string[], width: number, perLabel = 48): string[] {
  const k = Math.max(1, Math.ceil((labels.length * perLabel) / Math.max(200, width - 80)));
  return labels.filter((_, i) => i % k === 0);
}

export const axisNumber = (lang: Lang) => (v: number) => num(v, lang);
