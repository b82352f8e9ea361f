/** Yearly answers by state: the year shown (asked for, else the latest complete), the year picker's options, each state's figure for a map. */
import { tipText } from '../charts/plot';
import type { MapValue } from '../charts/maps';
import type { Lang, SeriesRow } from '../types';

/** The year asked for, else the latest complete one, else the latest. */
export function pickYear(rows: SeriesRow[], asked: string): string | undefined {
  const years = [...new Set(rows.map((r) => r.period.slice(0, 4)))].sort();
  if (asked && years.includes(asked)) return asked;
  const complete = years.filter((y) => rows.filter((r) => r.period.startsWith(y)).every((r) => r.complete));
  return complete.at(-1) ?? years.at(-1);
}

export function yearOptions(rows: SeriesRow[], lang: Lang) {
  const years = [...new Set(rows.map((r) => r.period.slice(0, 4)))].sort();
  return years.map((y) => {
    const partial = rows.some((r) => r.period.startsWith(y) && !r.complete);
    return { value: y, label: partial ? `${y} (${lang === 'es' ? 'incompleto' : 'partial'})` : y };
  });
}

export function stateValues(rows: SeriesRow[], lang: Lang, unit: string): Map<string, MapValue> {
  return new Map(rows.map((r) => [r.keys.geography!.code, { value: r.value, title: tipText(r.keys.geography!.label, r, lang, unit) }]));
}
