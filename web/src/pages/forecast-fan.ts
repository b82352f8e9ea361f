/**
 * Forecast fans on charts with several series (the small multiples of the US border and
 * Compare pages): which series get one, asking for them only after the chart is drawn,
 * and their model cards under the chart, each named by its series. The fan itself is
 * charts/fan.ts and the card model-card.ts, as on the Overview.
 */
import type * as Plot from '@observablehq/plot';
import { ApiError, type SeriesQuery } from '../api';
import { fanEnd, fanMarks } from '../charts/fan';
import type { Frame } from '../charts/frame';
import type { Series } from '../charts/plot';
import { el } from '../dom';
import { forecast, HORIZON, type SeriesForecast } from '../forecast';
import type { Lang, SeriesRow } from '../types';
import { forecastLoadingText, forecastToggleLabel, modelCard } from './model-card';

/** A series of a chart and the one-series question its forecast answers. */
export interface FanRequest {
  series: Series;
  query: Pick<SeriesQuery, 'measure' | 'where'>;
}

export interface Fan {
  series: Series;
  forecast: SeriesForecast;
}

const monthNumber = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7));

/** The last period with a figure. */
export const lastPeriod = (rows: SeriesRow[]) => rows.reduce<string | undefined>((last, r) => (r.value !== null && (!last || r.period > last) ? r.period : last), undefined);

/**
 * Whether a series is still published: its last figure is at most the forecast horizon
 * before `latest`. A series that stopped (Title 42 expulsions, May 2023) gets no fan:
 * its forecast would cover months the chart already shows as past.
 */
export function isCurrent(rows: SeriesRow[], latest: string | undefined): boolean {
  const last = lastPeriod(rows);
  return Boolean(last && latest && monthNumber(latest) - monthNumber(last) <= HORIZON);
}

/** Each fan's marks, by its series' label (TimeOptions.extraBySeries). */
export const fanMarksBySeries = (fans: Fan[], lang: Lang): Record<string, Plot.Markish[]> =>
  Object.fromEntries(fans.map((f) => [f.series.label, fanMarks(f.forecast, f.series.label, f.series.colour, lang)]));

/** A time domain stretched to the last month of the fans. */
export function reachFans(domain: [Date, Date], fans: Fan[]): [Date, Date] {
  const end = Math.max(domain[1].getTime(), ...fans.map((f) => fanEnd(f.forecast).getTime()));
  return [domain[0], new Date(end)];
}

/**
 * Asks for the forecasts once the chart is drawn (they never hold the page back); when
 * they arrive and the chart is still on the page, `redraw` draws the fans, and their
 * model cards go under the chart. `data-forecast` on the chart: the first fan's first month.
 * `named: false` (a chart with one fan, as on the Overview): the cards and error notes
 * do not name their series.
 */
export async function requestFans(f: Frame, requests: FanRequest[], lang: Lang, redraw: (fans: Fan[]) => void, { named = true } = {}): Promise<void> {
  if (!requests.length) return;
  // Said while the forecasts are asked for: the toggle is on and nothing showed for seconds.
  f.el.querySelector('.model-cards')?.remove();
  f.el.querySelector('.chart-foot')!.before(el('div', { class: 'model-cards' }, el('p', { class: 'card-note', role: 'status', 'data-forecast-loading': '' }, forecastLoadingText(lang))));
  const answers = await Promise.allSettled(requests.map((r) => forecast(r.query, lang)));
  if (!f.el.isConnected) return;
  const fans: Fan[] = [];
  const notes: HTMLElement[] = [];
  answers.forEach((a, i) => {
    const { series } = requests[i];
    if (a.status === 'fulfilled') {
      if (a.value) fans.push({ series, forecast: a.value });
      return;
    }
    const e = a.reason;
    if (!(e instanceof ApiError && e.unanswerable)) console.error(e);
    notes.push(el('p', { class: 'card-note', 'data-forecast-error': '' }, `${forecastToggleLabel(lang)}${named ? ` (${series.label})` : ''}: ${e instanceof Error ? e.message : String(e)}`));
  });
  if (fans.length) redraw(fans);
  const cards = fans.map((fan) => {
    const card = modelCard(fan.forecast.card, fan.forecast.months.length, lang);
    card.dataset.series = fan.series.label;
    if (named) card.querySelector('h4')!.append(`: ${fan.series.label}`);
    return card;
  });
  f.el.querySelector('.model-cards')?.remove();
  f.el.querySelector('.chart-foot')!.before(el('div', { class: 'model-cards' }, ...cards, ...notes));
  if (fans.length) f.el.dataset.forecast = fans[0].forecast.months[0]?.period ?? '';
}
