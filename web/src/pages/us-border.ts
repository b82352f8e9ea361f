/**
 * US border: southwest border encounters broken down by component, authority,
 * demographic, citizenship or Border Patrol sector, by fiscal year or month, stacked
 * or as small multiples; and a map of the border by sector.
 */
import { api, type SeriesQuery } from '../api';
import { frame } from '../charts/frame';
import { PALETTE, toData } from '../charts/plot';
import { smallMultiples, stackedBars } from '../charts/time';
import { checkbox, controlBar, segmented, selectControl, type PageContext } from '../controls';
import { dateOf, fyShort, unitText } from '../format';
import { t } from '../i18n';
import { matches, oneOf } from '../state';
import type { Lang, SeriesAnswer, SeriesRow } from '../types';
import { byTotal, CITIZENSHIPS, pageHead, rowsTable, type PageModule } from './common';
import { fanMarksBySeries, isCurrent, lastPeriod, reachFans, requestFans, type Fan, type FanRequest } from './forecast-fan';
import { forecastToggleLabel } from './model-card';
import { drawSectorMap } from './sector-map';
import { shortSector } from './sector-name';

const BREAKDOWNS = ['component', 'authority', 'demographic', 'citizenship', 'sector'] as const;
const FIRST_FY = 2000;
const LAST_FY = new Date().getUTCFullYear() + 1;
/** Most series drawn; the CSV has every one. */
const TOP = 9;


export function usQuery(p: Record<string, string>): SeriesQuery {
  const sector = p.by === 'sector';
  const where: SeriesQuery['where'] = { geography: 'US-SWB', ...(sector ? { component: 'USBP' } : {}), ...(p.cit !== 'ALL' ? { citizenship: p.cit } : {}) };
  const to = p.to || undefined;
  const from = p.from;
  return {
    measure: 'encounters',
    where,
    by: [sector ? 'geography' : p.by],
    grain: p.grain === 'month' ? 'month' : 'fy',
    from: p.grain === 'month' ? `${Number(from) - 1}-10` : `FY${from}`,
    to: to ? (p.grain === 'month' ? `${to}-09` : `FY${to}`) : undefined,
  };
}

function seriesLabel(by: string) {
  return (r: SeriesRow) => {
    const key = by === 'sector' ? r.keys.geography : r.keys[by as 'component'];
    const label = key?.label ?? '?';
    return by === 'sector' ? shortSector(label) : label;
  };
}

/** The one-series question of a series of the chart, for its forecast. */
function seriesQuery(q: SeriesQuery, by: string, code: string): FanRequest['query'] {
  return { measure: q.measure, where: { ...q.where, [by === 'sector' ? 'geography' : by]: code } };
}

/**
 * The rows of the same question without the breakdown (the store's own total, never a sum of
 * the shown series), keyed 'ALL' on the breakdown's dimension: the CSV's total row per period.
 */
function totalRows(total: SeriesAnswer | null, by: string, lang: Lang): SeriesRow[] {
  if (!total) return [];
  const dim = by === 'sector' ? 'geography' : by;
  return total.rows.map((r) => (dim === 'geography' ? r : { ...r, keys: { ...r.keys, [dim]: { code: 'ALL', label: t(lang, 'us.total') } } }));
}

function drawMain(root: HTMLElement, ctx: PageContext, q: SeriesQuery, answer: Promise<SeriesAnswer>, total: Promise<SeriesAnswer | null>, citizenship: string | undefined) {
  const { lang, params: p } = ctx.view;
  // The title names the nationality when one is chosen, so a screenshot or a saved chart says what it shows.
  const base = t(lang, 'us.mainTitle', { by: t(lang, `us.by.${p.by as (typeof BREAKDOWNS)[number]}`).toLowerCase() });
  const f = frame(root, 'us-main', lang, citizenship ? `${base}: ${lang === 'es' ? 'nacionalidad' : 'citizenship'} ${citizenship}` : base);
  return Promise.all([answer, total])
    .then(async ([a, whole]) => {
      const label = seriesLabel(p.by);
      const ranked = byTotal(a.rows, label);
      const shown = ranked.slice(0, TOP);
      const series = shown.map((l, i) => ({ label: l, colour: PALETTE[i] }));
      const rows = a.rows.filter((r) => shown.includes(label(r)));
      const x = p.grain === 'month' ? (r: SeriesRow) => dateOf(r.period) : (r: SeriesRow) => fyShort(r.period, lang);
      const data = toData(rows, label, lang, a.provenance.measure.unit, x);
      const events = p.grain === 'month' && p.events === '1' && p.style === 'stacked' ? await api.events() : undefined;
      const draw = (fans?: Fan[]) => {
        const xs = data.map((d) => (d.x instanceof Date ? d.x.getTime() : 0));
        const xDomain = fans?.length ? reachFans([new Date(Math.min(...xs)), new Date(Math.max(...xs))], fans) : undefined;
        const o = { width: f.width(), lang, series, yLabel: unitText(a.provenance.measure.unit, lang), events, xDomain, extraBySeries: fans ? fanMarksBySeries(fans, lang) : undefined };
        f.fill({
          plots: data.length ? [p.style === 'multiples' ? smallMultiples(data, o) : stackedBars(data, o)] : [],
          legend: series,
          notes: [
            a.provenance.measure.note,
            p.by === 'sector' ? t(lang, 'us.sectorNote') : null,
            p.by === 'citizenship' ? t(lang, 'us.citizenshipNote') : null,
            ranked.length > TOP ? t(lang, 'us.topNote', { n: TOP, total: ranked.length }) : null,
            data.some((d) => !d.complete) ? (lang === 'es' ? 'Algunos periodos están incompletos en su fuente (ver la información emergente).' : 'Some periods are incomplete in their source (see the tooltips).') : null,
            events?.length ? t(lang, 'chart.eventsNote') : null,
          ],
          provenance: [a.provenance],
          table: rowsTable([...a.rows, ...totalRows(whole, p.by, lang)]),
          // The totals beside the breakdown can run later than the bars (the total is published longer): the note ages what is drawn.
          latest: { grain: p.grain === 'month' ? 'month' : 'fy', drawnTo: lastPeriod(a.rows) },
          fileSuffix: [...(p.cit !== 'ALL' ? [p.cit] : []), `by-${p.by}`, p.grain, `from-${p.from}`, ...(p.to ? [`to-${p.to}`] : [])],
        });
      };
      draw();
      // Fans on the monthly small multiples only (stacked bars add up: a fan on one layer would be misread),
      // up to the latest month, for the series still published; asked for once the chart is drawn.
      if (!fansShown(p) || !data.length) return;
      const latest = lastPeriod(rows);
      const key = p.by === 'sector' ? 'geography' : (p.by as 'component');
      const requests = series.flatMap((s) => {
        const own = rows.filter((r) => label(r) === s.label);
        const code = own[0]?.keys[key]?.code;
        return code && isCurrent(own, latest) ? [{ series: s, query: seriesQuery(q, p.by, code) }] : [];
      });
      void requestFans(f, requests, lang, draw);
    })
    .catch((e) => f.fail(e));
}

/** Fans are drawn on monthly small multiples up to the latest month, when the Forecast box is ticked. */
const fansShown = (p: Record<string, string>) => p.grain === 'month' && p.style === 'multiples' && !p.to && p.fc === '1';

export const usBorder: PageModule = {
  specs: {
    by: { default: 'component', valid: oneOf(...BREAKDOWNS) },
    grain: { default: 'fy', valid: oneOf('fy', 'month') },
    from: { default: '2014', valid: matches(/^(19|20)\d\d$/) },
    to: { default: '', valid: matches(/^((19|20)\d\d)?$/) },
    cit: { default: 'ALL', valid: matches(/^([A-Z]{3}|ALL|OTHER)$/) },
    style: { default: 'stacked', valid: oneOf('stacked', 'multiples') },
    events: { default: '1', valid: oneOf('0', '1') },
    fc: { default: '1', valid: oneOf('0', '1') },
  },
  async render(root, ctx) {
    const { lang, params: p } = ctx.view;
    pageHead(root, t(lang, 'us.title'), t(lang, 'us.lead'));
    const members = await api.members('citizenship');
    const citizenships = CITIZENSHIPS.map((code) => ({ value: code, label: members.find((m) => m.code === code)?.label[lang] ?? code }));
    const years = Array.from({ length: LAST_FY - FIRST_FY + 1 }, (_, i) => String(FIRST_FY + i));
    root.append(
      controlBar(
        segmented(ctx, 'by', t(lang, 'us.by'), BREAKDOWNS.map((b) => ({ value: b, label: t(lang, `us.by.${b}`) }))),
        segmented(ctx, 'grain', t(lang, 'us.grain'), [
          { value: 'fy', label: t(lang, 'grain.fy') },
          { value: 'month', label: t(lang, 'grain.month') },
        ]),
        selectControl(ctx, 'from', t(lang, 'us.from'), years.map((y) => ({ value: y, label: fyLabel(y, lang) }))),
        selectControl(ctx, 'to', t(lang, 'us.to'), [{ value: '', label: lang === 'es' ? 'el más reciente' : 'latest' }, ...years.map((y) => ({ value: y, label: fyLabel(y, lang) }))]),
        selectControl(ctx, 'cit', t(lang, 'us.citizenship'), [{ value: 'ALL', label: t(lang, 'us.all') }, ...citizenships]),
        segmented(ctx, 'style', t(lang, 'us.style'), [
          { value: 'stacked', label: t(lang, 'us.style.stacked') },
          { value: 'multiples', label: t(lang, 'us.style.multiples') },
        ]),
        ...(p.grain === 'month' ? [checkbox(ctx, 'events', t(lang, 'chart.events'))] : []),
        ...(p.grain === 'month' && p.style === 'multiples' && !p.to ? [checkbox(ctx, 'fc', forecastToggleLabel(lang))] : []),
      ),
    );
    const q = usQuery(p);
    const chosen = p.cit !== 'ALL' ? citizenships.find((c) => c.value === p.cit)?.label ?? p.cit : undefined;
    // The same question without the breakdown: the total row of the CSV (an answer the store gives, not a sum).
    const total = api.series({ ...q, by: [] }, lang).catch(() => null);
    await Promise.all([drawMain(root, ctx, q, api.series(q, lang), total, chosen), drawSectorMap(root, lang, p.to, chosen)]);
  },
};

const fyLabel = (year: string, lang: Lang) => `${lang === 'es' ? 'AF' : 'FY'}${year}`;
