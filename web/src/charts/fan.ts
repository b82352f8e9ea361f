/**
 * A forecast fan as Plot marks, to add to a line chart: the 95% interval as a light
 * area, the 80% interval as a darker one, and the forecast as a dashed line with a dot
 * per month (each dot's <title> gives the month, the forecast and both intervals).
 * The fan starts at the last observed month, so it continues the line. When the forecast
 * starts from months the series has not published yet, nowcast from INM's daily figures
 * (the card's `nowcast`), those months are a dotted line with open dots between the two, each
 * dot on a thin rule for its 80% interval (the error such nowcasts had on the series).
 */
import * as Plot from '@observablehq/plot';
import { dateOf, num, periodText } from '../format';
import type { SeriesForecast } from '../forecast';
import type { Lang } from '../types';

interface FanDatum {
  x: Date;
  mean: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
  title: string;
}

const WORDS = {
  en: { forecast: 'Forecast', i80: '80% interval', i95: '95% interval', nowcast: 'Nowcast', from: "from {d} days of INM's daily figures", whole: "INM's daily figures for the whole month" },
  es: { forecast: 'Pronóstico', i80: 'intervalo del 80%', i95: 'intervalo del 95%', nowcast: 'Estimación inmediata', from: 'a partir de {d} días de las cifras diarias del INM', whole: 'cifras diarias del INM del mes completo' },
};

interface NowcastDatum {
  x: Date;
  value: number;
  /** The 80% interval, when the API measured one. */
  lower80?: number;
  upper80?: number;
  title: string;
}

/** The months a forecast starts after that the series has not published, nowcast (none when it starts from published months). */
export function nowcastData(f: SeriesForecast, label: string, lang: Lang): NowcastDatum[] {
  const w = WORDS[lang];
  return (f.card.nowcast?.months ?? []).map((m) => {
    const at = (level: number) => m.intervals.find((iv) => iv.level === level);
    const range = (level: number, words: string) => {
      const iv = at(level);
      return iv ? [`${words}: ${num(Math.round(iv.lower), lang)} – ${num(Math.round(iv.upper), lang)}`] : [];
    };
    return {
      x: dateOf(`${m.period}-01`),
      value: m.value,
      lower80: at(80)?.lower,
      upper80: at(80)?.upper,
      title: [
        `${label}: ${w.nowcast.toLowerCase()}`,
        periodText(`${m.period}-01`, 'month', lang),
        `${w.nowcast}: ${num(Math.round(m.value), lang)} (${m.share < 1 ? w.from.replace('{d}', String(m.days - m.blank.length)) : w.whole})`,
        ...range(80, w.i80),
        ...range(95, w.i95),
      ].join('\n'),
    };
  });
}

export function fanData(f: SeriesForecast, label: string, lang: Lang): FanDatum[] {
  const w = WORDS[lang];
  // A fan starting from a nowcast month starts from that month's interval (the nowcasts' own error), not from a point.
  const from = f.last.nowcast ? f.card.nowcast?.months.at(-1)?.intervals : undefined;
  const at = (level: number, side: 'lower' | 'upper') => from?.find((iv) => iv.level === level)?.[side] ?? f.last.value;
  const start = { x: dateOf(f.last.period), mean: f.last.value, lower80: at(80, 'lower'), upper80: at(80, 'upper'), lower95: at(95, 'lower'), upper95: at(95, 'upper'), title: '' };
  return [
    start,
    ...f.months.map((m) => ({
      x: dateOf(m.period),
      mean: m.mean,
      lower80: m.lower80,
      upper80: m.upper80,
      lower95: m.lower95,
      upper95: m.upper95,
      title: [
        `${label}: ${w.forecast.toLowerCase()}`,
        periodText(m.period, 'month', lang),
        `${w.forecast}: ${num(Math.round(m.mean), lang)}`,
        `${w.i80}: ${num(Math.round(m.lower80), lang)} – ${num(Math.round(m.upper80), lang)}`,
        `${w.i95}: ${num(Math.round(m.lower95), lang)} – ${num(Math.round(m.upper95), lang)}`,
      ].join('\n'),
    })),
  ];
}

/** The fan's marks in `colour`. */
export function fanMarks(f: SeriesForecast, label: string, colour: string, lang: Lang): Plot.Markish[] {
  const data = fanData(f, label, lang);
  const nowcast = nowcastData(f, label, lang);
  return [
    ...(nowcast.length
      ? [
          Plot.lineY(nowcast, { x: 'x', y: 'value', stroke: colour, strokeWidth: 1.5, strokeDasharray: '1,3', className: 'nowcast-line' }),
          Plot.ruleX(nowcast.filter((d) => d.lower80 !== undefined), { x: 'x', y1: 'lower80', y2: 'upper80', stroke: colour, strokeOpacity: 0.6, strokeWidth: 1.2, className: 'nowcast-80' }),
          Plot.dot(nowcast, { x: 'x', y: 'value', stroke: colour, fill: 'white', r: 2.4, title: 'title', className: 'nowcast-mean' }),
        ]
      : []),
    Plot.areaY(data, { x: 'x', y1: 'lower95', y2: 'upper95', fill: colour, fillOpacity: 0.14, className: 'forecast-95' }),
    Plot.areaY(data, { x: 'x', y1: 'lower80', y2: 'upper80', fill: colour, fillOpacity: 0.28, className: 'forecast-80' }),
    Plot.lineY(data, { x: 'x', y: 'mean', stroke: colour, strokeWidth: 1.7, strokeDasharray: '5,3', className: 'forecast-line' }),
    Plot.dot(data.slice(1), { x: 'x', y: 'mean', fill: colour, r: 2.2, title: 'title', className: 'forecast-mean' }),
  ];
}

/** The month after the last of a fan, as a date: where a chart's time axis must reach. */
export const fanEnd = (f: SeriesForecast) => dateOf(f.months[f.months.length - 1]?.period ?? f.last.period);
