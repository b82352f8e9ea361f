/**
 * Overview: headline figures in context, US southwest border encounters since FY2000,
 * and beside them Mexico's apprehensions and the people Mexico receives from the US.
 */
import { api, type SeriesQuery } from '../api';
import { frame } from '../charts/frame';
import { PALETTE, toData, type Datum } from '../charts/plot';
import { lineChart } from '../charts/time';
import { checkbox, controlBar, type PageContext } from '../controls';
import { el } from '../dom';
import { dateOf, unitText } from '../format';
import { t } from '../i18n';
import { oneOf } from '../state';
import type { Headline, Lang, PolicyEvent, SeriesAnswer, SeriesRow } from '../types';
import { fanMarks } from '../charts/fan';
import { labels, rowsTable, type PageModule } from './common';
import { headlineCard, sayGaps } from './headline-card';
import { requestFans, reachFans, type Fan, type FanRequest } from './forecast-fan';
import { forecastToggleLabel } from './model-card';

const SWB: SeriesQuery = { measure: 'encounters', where: { geography: 'US-SWB' }, from: '1999-10' };
const USBP: SeriesQuery = { measure: 'encounters', where: { geography: 'US-SWB', component: 'USBP' }, from: '1999-10' };
const MEXICO_FROM = '2019-01';

/** Non-Mexicans received are published by receiving state only: their sum over the states the table holds. */
async function foreignersReceived(lang: Lang): Promise<{ answer: SeriesAnswer; states: number }> {
  const [table] = await api.coverage({ measure: 'inm-foreigners-received' });
  const states = table?.dimensions.geography?.tops ?? [];
  const answer = await api.series({ measure: 'inm-foreigners-received', where: { geography: states }, from: MEXICO_FROM }, lang);
  const byPeriod = new Map<string, SeriesRow>();
  for (const r of answer.rows) {
    const sum = byPeriod.get(r.period);
    if (!sum) byPeriod.set(r.period, { ...r, keys: {} });
    else {
      sum.value = sum.value === null || r.value === null ? null : sum.value + r.value;
      sum.complete = sum.complete && r.complete;
      sum.parts = Math.min(sum.parts, r.parts);
    }
  }
  return { answer: { ...answer, rows: [...byPeriod.values()] }, states: states.length };
}

interface Line {
  label: string;
  answer: SeriesAnswer;
}

/** A forecast fan on one line of a chart: which line, and the one-series question it forecasts. */
interface LineFan {
  line: number;
  query: FanRequest['query'];
}

function drawLines(
  parent: HTMLElement,
  id: string,
  lang: Lang,
  title: string,
  subtitle: string,
  lines: Promise<Line[]>,
  timeline: Promise<PolicyEvent[] | undefined>,
  span?: Promise<[Date, Date] | undefined>,
  fan?: LineFan,
) {
  const f = frame(parent, id, lang, title, subtitle);
  return Promise.all([lines, timeline, span])
    .then(([ls, events, xDomain]) => {
      const series = ls.map((l, i) => ({ label: l.label, colour: PALETTE[i] }));
      const unit = ls[0]?.answer.provenance.measure.unit ?? 'events';
      const data: Datum[] = ls.flatMap((l) => toData(l.answer.rows, () => l.label, lang, l.answer.provenance.measure.unit, (r) => dateOf(r.period)));
      const notes = [...new Set(ls.map((l) => l.answer.provenance.measure.note))];
      const draw = (fans: Fan[] = []) => {
        const xs = data.map((d) => (d.x as Date).getTime());
        const base: [Date, Date] = xDomain ?? [new Date(Math.min(...xs)), new Date(Math.max(...xs))];
        fill(fans.flatMap((x) => fanMarks(x.forecast, x.series.label, x.series.colour, lang)), fans.length ? reachFans(base, fans) : xDomain);
      };
      const fill = (extra: ReturnType<typeof fanMarks>, domain: [Date, Date] | undefined) => f.fill({
        plots: data.length ? [lineChart(data, { width: f.width(), lang, series, yLabel: unitText(unit, lang), events, xDomain: domain, extra })] : [],
        legend: series,
        notes: [...notes, data.some((d) => !d.complete) ? t(lang, 'chart.hollow') : null, events?.length ? t(lang, 'chart.eventsNote') : null],
        provenance: ls.map((l) => l.answer.provenance),
        table: rowsTable(
          ls.flatMap((l) => l.answer.rows.map((r) => ({ ...r, series: l.label }))),
          [{ name: 'series', value: (r) => (r as SeriesRow & { series: string }).series }],
        ),
      });
      draw();
      // The forecast is asked for only once the chart is drawn, and never holds the page back.
      if (fan && data.length) void requestFans(f, [{ series: series[fan.line], query: fan.query }], lang, draw, { named: false });
    })
    .catch((e) => f.fail(e));
}

export const overview: PageModule = {
  specs: { events: { default: '1', valid: oneOf('0', '1') }, fc: { default: '1', valid: oneOf('0', '1') } },
  async render(root, ctx: PageContext) {
    const lang = ctx.view.lang;
    root.append(el('header', { class: 'page-head' }, el('h2', {}, t(lang, 'overview.title')), el('p', { class: 'lead' }, t(lang, 'overview.lead'))));
    const cards = el('section', { class: 'headlines' });
    root.append(cards);
    // Every question is asked at once; each chart is drawn as soon as its answers arrive.
    const places = labels('geography', ['US-SWB', 'MX'], lang);
    const components = labels('component', ['USBP'], lang);
    const events = ctx.view.params.events === '1' ? api.events() : Promise.resolve(undefined);
    const usEvents = events.then((es) => es?.filter((e) => e.actor !== 'MX'));
    const mxEvents = events.then((es) => es?.filter((e) => e.actor !== 'US'));
    const titled = (place: string, component?: string) => async (h: Headline) =>
      [h.provenance.measure.label, (await places).get(place) ?? place, component ? (await components).get(component) : undefined].filter(Boolean).join(' · ');
    const headlines = [
      headlineCard(cards, 'swb', titled('US-SWB'), { measure: 'encounters', where: { geography: 'US-SWB' } }, lang),
      headlineCard(cards, 'swb-usbp', titled('US-SWB', 'USBP'), { measure: 'encounters', where: { geography: 'US-SWB', component: 'USBP' } }, lang),
      headlineCard(cards, 'mx-rescued', titled('MX'), { measure: 'inm-rescatados', where: { geography: 'MX' } }, lang),
      headlineCard(cards, 'mx-received', titled('MX'), { measure: 'inm-mexicans-received', where: { geography: 'MX' } }, lang),
    ];
    root.append(controlBar(checkbox(ctx, 'events', t(lang, 'chart.events')), checkbox(ctx, 'fc', forecastToggleLabel(lang))));
    const fans = ctx.view.params.fc === '1';
    const swbLines = Promise.all([api.series(SWB, lang), api.series(USBP, lang), components]).then(([all, usbp, names]) => [
      { label: all.provenance.measure.label, answer: all },
      { label: `${usbp.provenance.measure.label}: ${names.get('USBP') ?? 'USBP'}`, answer: usbp },
    ]);
    const apprehensions = Promise.all([
      api.series({ measure: 'mx-presentados', where: { geography: 'MX' }, from: MEXICO_FROM }, lang),
      api.series({ measure: 'inm-rescatados', where: { geography: 'MX' }, from: MEXICO_FROM }, lang),
    ]).then((as) => as.map((a) => ({ label: a.provenance.measure.label, answer: a })));
    const intake = Promise.all([api.series({ measure: 'inm-mexicans-received', where: { geography: 'MX' }, from: MEXICO_FROM }, lang), foreignersReceived(lang)]).then(
      ([mexicans, foreigners]) => [
        { label: mexicans.provenance.measure.label, answer: mexicans },
        { label: t(lang, 'overview.sumOfStates', { label: foreigners.answer.provenance.measure.label, n: foreigners.states }), answer: foreigners.answer },
      ],
    );
    // Both Mexican charts share one time axis, to the latest month either has.
    const domain = Promise.all([apprehensions, intake])
      .then((ls) => {
        const last = ls.flat().flatMap((l) => l.answer.rows.map((r) => r.period)).sort().at(-1) ?? '2026-01-01';
        return [dateOf(`${MEXICO_FROM}-01`), dateOf(last)] as [Date, Date];
      })
      .catch(() => undefined);
    const swb = drawLines(root, 'overview-swb', lang, t(lang, 'overview.swbTitle'), t(lang, 'overview.swbSub'), swbLines, usEvents, undefined, fans ? { line: 0, query: SWB } : undefined);
    const side = el('div', { class: 'side-by-side' });
    root.append(side);
    await Promise.all([
      swb,
      drawLines(side, 'overview-mx-apprehensions', lang, t(lang, 'overview.mxApprTitle'), t(lang, 'overview.mxApprSub'), apprehensions, mxEvents, domain, fans ? { line: 1, query: { measure: 'inm-rescatados', where: { geography: 'MX' } } } : undefined),
      drawLines(side, 'overview-mx-intake', lang, t(lang, 'overview.mxIntakeTitle'), t(lang, 'overview.mxIntakeSub'), intake, mxEvents, domain, fans ? { line: 0, query: { measure: 'inm-mexicans-received', where: { geography: 'MX' } } } : undefined),
      Promise.all(headlines).then((hs) => sayGaps(cards, ['swb', 'swb-usbp', 'mx-rescued', 'mx-received'].map((id, i) => ({ id, headline: hs[i] })), lang)),
    ]);
  },
};
