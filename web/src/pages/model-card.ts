/**
 * The model card of a forecast, in English or Spanish: the model and why it was
 * chosen, the training window and the break it starts after, the breaks found, the
 * back-test error (MASE) and how often the intervals covered what happened.
 */
import { el } from '../dom';
import { num, periodText } from '../format';
import type { ModelCard } from '../forecast';
import type { Lang } from '../types';

const W = {
  en: {
    title: 'Forecast model card',
    loading: 'Computing the forecast: the first time takes a few seconds…',
    legend: 'Dashed line: forecast for the next {n} months; shaded: 80% (darker) and 95% intervals.',
    nowcastLegend: "Dotted line, open dots: the months not yet published, nowcast from INM's daily figures.",
    model: 'Model',
    window: 'Training window',
    months: '{n} months',
    log: 'log scale',
    startsAfter: 'starts at the break of {start}',
    breaks: 'Breaks detected',
    none: 'none',
    policy: 'policy',
    backtest: 'Back-test error',
    backtestText: 'MASE {mase} over {origins} monthly origins, horizons 1–{h} (below 1: better than a seasonal naive forecast in-sample)',
    noBacktest: "none: too little history; the intervals are the model's own",
    coverage: 'Interval coverage',
    coverageText: '80% intervals covered {c80} of outcomes, 95% intervals {c95}',
    recent: 'Made {n} months after the break of {start}: the intervals are wider.',
    caveat: 'A forecast assumes the patterns of the training window continue; a new policy can break them.',
  },
  es: {
    title: 'Ficha del modelo de pronóstico',
    loading: 'Calculando el pronóstico: la primera vez tarda unos segundos…',
    legend: 'Línea discontinua: pronóstico de los próximos {n} meses; sombreado: intervalos del 80% (más oscuro) y del 95%.',
    nowcastLegend: 'Línea punteada, puntos huecos: los meses aún no publicados, estimados con las cifras diarias del INM.',
    model: 'Modelo',
    window: 'Ventana de entrenamiento',
    months: '{n} meses',
    log: 'escala logarítmica',
    startsAfter: 'empieza en el quiebre de {start}',
    breaks: 'Quiebres detectados',
    none: 'ninguno',
    policy: 'política',
    backtest: 'Error en la prueba retrospectiva',
    backtestText: 'MASE {mase} en {origins} orígenes mensuales, horizontes 1–{h} (menos de 1: mejor que un pronóstico estacional ingenuo dentro de la muestra)',
    noBacktest: 'ninguna: historia insuficiente; los intervalos son los del propio modelo',
    coverage: 'Cobertura de los intervalos',
    coverageText: 'los intervalos del 80% cubrieron el {c80} de los resultados; los del 95%, el {c95}',
    recent: 'Hecho {n} meses después del quiebre de {start}: los intervalos son más anchos.',
    caveat: 'Un pronóstico supone que los patrones de la ventana de entrenamiento continúan; una nueva política puede romperlos.',
  },
};

const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
const month = (ym: string, lang: Lang) => periodText(`${ym}-01`, 'month', lang);
const pct = (v: number | null, lang: Lang) => (v === null ? '–' : `${num(100 * v, lang, 0)}%`);

export function modelCard(card: ModelCard, horizon: number, lang: Lang): HTMLElement {
  const w = W[lang];
  const t = card.training;
  const row = (term: string, ...detail: (string | Node)[]) => [el('dt', {}, term), el('dd', {}, ...detail)];
  const b = card.backtest;
  return el(
    'aside',
    { class: 'model-card', 'data-model-card': card.model },
    el('h4', {}, w.title),
    el('p', { class: 'card-note' }, fill(w.legend, { n: horizon })),
    card.nowcast?.months.length ? el('p', { class: 'card-note', 'data-nowcast': card.nowcast.months.length }, w.nowcastLegend, ' ', card.nowcast.said) : null,
    el(
      'dl',
      {},
      // The form in the page's language ("Combinación(...)"); the card's code form stays in the API's `form`.
      ...row(w.model, el('span', { 'data-form': card.form }, card.said.model), el('br', {}), card.said.selection),
      ...row(
        w.window,
        [`${month(t.from, lang)} – ${month(t.to, lang)}`, fill(w.months, { n: t.months }), t.log ? w.log : '', t.starts_at ? fill(w.startsAfter, { start: month(t.starts_at.start, lang) }) : ''].filter(Boolean).join(', '),
      ),
      ...row(w.breaks, card.breaks.length ? card.breaks.map((x) => `${month(x.start, lang)}: ${x.label}${x.kind === 'policy' ? ` (${w.policy})` : ''}`).join('; ') : w.none),
      ...row(w.backtest, b ? el('span', { 'data-mase': b.mase ?? '' }, fill(w.backtestText, { mase: b.mase === null ? '–' : num(b.mase, lang, 2), origins: b.origins, h: b.horizons })) : w.noBacktest),
      ...(b ? row(w.coverage, el('span', { 'data-coverage': b.coverage80 ?? '' }, fill(w.coverageText, { c80: pct(b.coverage80, lang), c95: pct(b.coverage95, lang) }))) : []),
    ),
    card.said.benchmark ? el('p', { class: 'card-note' }, card.said.benchmark) : null,
    el('p', { class: 'card-note', 'data-intervals': '' }, card.said.intervals),
    ...card.said.bands.map((band) => el('p', { class: 'card-note', 'data-band': band.level }, band.text)),
    el('p', { class: 'card-note' }, card.said.bounds),
    card.recent_break ? el('p', { class: 'card-note warn' }, fill(w.recent, { n: card.recent_break.months_since, start: month(card.recent_break.start, lang) })) : null,
    el('p', { class: 'card-note' }, w.caveat),
  );
}

/** The toggle's label. */
export const forecastToggleLabel = (lang: Lang) => (lang === 'es' ? 'Pronóstico' : 'Forecast');

/** Said under a chart while its forecasts are asked for (the first, unstored, takes seconds). */
export const forecastLoadingText = (lang: Lang) => W[lang].loading;
