/**
 * Compare: any two series (a measure at a place, optionally for one nationality) on
 * one time axis, as an index (the first period both have = 100) or as a ratio, with
 * the two series as published beside them.
 */
import { api, type SeriesQuery } from '../api';
import { frame } from '../charts/frame';
import { PALETTE, tipText, toData, type Datum } from '../charts/plot';
import { lineChart, smallMultiples } from '../charts/time';
import { checkbox, controlBar, segmented, selectControl, type Option, type PageContext } from '../controls';
import { el } from '../dom';
import { dateOf, fyShort, num, periodText, unitText } from '../format';
import { t } from '../i18n';
import { matches, oneOf } from '../state';
import type { Lang, SeriesAnswer, SeriesRow } from '../types';
import type { SeriesForecast } from '../forecast';
import { fanMarksBySeries, isCurrent, lastPeriod, reachFans, requestFans, type Fan } from './forecast-fan';
import { forecastToggleLabel } from './model-card';
import { CITIZENSHIPS, measuresById, pageHead, provenanceOf, rowsTable, type PageModule } from './common';

const CODE = matches(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/);
const TOP_PLACES = 'US,US-SWB,US-NLB,MX,GTM,HND,SLV,WLD';

function query(p: Record<string, string>, side: 'a' | 'b'): SeriesQuery {
  const cit = p[`${side}c`];
  return { measure: p[`${side}m`], where: { geography: p[`${side}p`], ...(cit !== 'ALL' ? { citizenship: cit } : {}) }, grain: p.grain as SeriesQuery['grain'] };
}

async function placeOptions(lang: Lang): Promise<Option[]> {
  const [top, rest] = await Promise.all([api.places({ code: TOP_PLACES }), api.places({ level: 'region,sector,field-office,mx-state' })]);
  const order = TOP_PLACES.split(',');
  return [...top.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code)), ...rest.filter((p) => !order.includes(p.code))].map((p) => ({ value: p.code, label: p.label[lang] }));
}

function sideControls(ctx: PageContext, side: 'a' | 'b', measures: Option[], places: Option[], citizenships: Option[]): HTMLElement {
  const lang = ctx.view.lang;
  return el(
    'div',
    { class: 'compare-side', 'data-side': side },
    el('h3', {}, t(lang, side === 'a' ? 'compare.a' : 'compare.b')),
    controlBar(
      selectControl(ctx, `${side}m`, t(lang, 'compare.measure'), measures),
      selectControl(ctx, `${side}p`, t(lang, 'compare.place'), places),
      selectControl(ctx, `${side}c`, t(lang, 'us.citizenship'), citizenships),
    ),
  );
}

const nameOf = (a: SeriesAnswer, q: SeriesQuery, places: Option[], citizenships: Option[]) =>
  [a.provenance.measure.label, places.find((p) => p.value === q.where?.geography)?.label, citizenships.find((c) => c.value === q.where?.citizenship)?.label].filter(Boolean).join(' · ');

/** Index (base = first period both have = 100) or ratio A/B, over the periods both have. */
export function combine(a: SeriesRow[], b: SeriesRow[], mode: 'index' | 'ratio') {
  const bBy = new Map(b.filter((r) => r.value !== null).map((r) => [r.period, r]));
  const common = a.filter((r) => r.value !== null && bBy.has(r.period)).sort((x, y) => x.period.localeCompare(y.period));
  if (!common.length) return null;
  const base = common[0].period;
  if (mode === 'ratio') return { base, a: common.map((r) => ({ row: r, value: bBy.get(r.period)!.value ? r.value! / bBy.get(r.period)!.value! : null, other: bBy.get(r.period)! })) };
  const a0 = common[0].value!;
  const b0 = bBy.get(base)!.value!;
  const index = (rows: SeriesRow[], v0: number) => rows.filter((r) => r.period >= base && r.value !== null).map((r) => ({ row: r, value: v0 ? (r.value! / v0) * 100 : null }));
  return { base, a: index(a, a0), b: index(b, b0) };
}

export const compare: PageModule = {
  specs: {
    am: { default: 'encounters', valid: CODE },
    ap: { default: 'US-SWB', valid: CODE },
    ac: { default: 'ALL', valid: CODE },
    bm: { default: 'inm-rescatados', valid: CODE },
    bp: { default: 'MX', valid: CODE },
    bc: { default: 'ALL', valid: CODE },
    grain: { default: 'month', valid: oneOf('month', 'fy', 'cy') },
    mode: { default: 'index', valid: oneOf('index', 'ratio') },
    fc: { default: '1', valid: oneOf('0', '1') },
  },
  async render(root, ctx) {
    const { lang, params: p } = ctx.view;
    pageHead(root, t(lang, 'compare.title'), t(lang, 'compare.lead'));
    const [measures, places, members] = await Promise.all([measuresById(), placeOptions(lang), api.members('citizenship')]);
    const measureOptions = [...measures.values()].filter((m) => m.sources.length).map((m) => ({ value: m.id, label: m.label[lang] }));
    const citizenships = [{ value: 'ALL', label: t(lang, 'us.all') }, ...CITIZENSHIPS.map((c) => ({ value: c, label: members.find((m) => m.code === c)?.label[lang] ?? c }))];
    root.append(
      el('div', { class: 'compare-pick' }, sideControls(ctx, 'a', measureOptions, places, citizenships), sideControls(ctx, 'b', measureOptions, places, citizenships)),
      controlBar(
        segmented(ctx, 'grain', t(lang, 'us.grain'), [
          { value: 'month', label: t(lang, 'grain.month') },
          { value: 'fy', label: t(lang, 'grain.fy') },
          { value: 'cy', label: t(lang, 'grain.cy') },
        ]),
        segmented(ctx, 'mode', t(lang, 'compare.mode'), [
          { value: 'index', label: t(lang, 'compare.mode.index') },
          { value: 'ratio', label: t(lang, 'compare.mode.ratio') },
        ]),
        ...(p.grain === 'month' ? [checkbox(ctx, 'fc', forecastToggleLabel(lang))] : []),
      ),
    );
    const main = frame(root, 'compare-main', lang, '…', t(lang, 'compare.definitions'));
    const raw = frame(root, 'compare-raw', lang, t(lang, 'compare.rawTitle'));
    const qa = query(p, 'a');
    const qb = query(p, 'b');
    const x = (r: SeriesRow) => dateOf(r.period);
    let answers: [SeriesAnswer, SeriesAnswer];
    try {
      answers = await Promise.all([api.series(qa, lang), api.series(qb, lang)]);
    } catch (e) {
      main.fail(e);
      raw.fail(e);
      return;
    }
    const [a, b] = answers;
    const names = [`A: ${nameOf(a, qa, places, citizenships)}`, `B: ${nameOf(b, qb, places, citizenships)}`];
    const series = names.map((label, i) => ({ label, colour: PALETTE[i] }));
    const rawData: Datum[] = [...toData(a.rows, () => names[0], lang, a.provenance.measure.unit, x), ...toData(b.rows, () => names[1], lang, b.provenance.measure.unit, x)];
    const rawDomain = (): [Date, Date] => {
      const xs = rawData.map((d) => (d.x as Date).getTime());
      return [new Date(Math.min(...xs)), new Date(Math.max(...xs))];
    };
    const drawRaw = (fans?: Fan[]) =>
      raw.fill({
        plots: rawData.length ? [smallMultiples(rawData, { width: raw.width(), lang, series, yLabel: '', xDomain: fans?.length ? reachFans(rawDomain(), fans) : undefined, extraBySeries: fans ? fanMarksBySeries(fans, lang) : undefined })] : [],
        legend: series,
        notes: [...new Set([a.provenance.measure.note, b.provenance.measure.note])],
        provenance: [a.provenance, b.provenance],
        table: rowsTable([...a.rows.map((r) => ({ ...r, side: 'A' })), ...b.rows.map((r) => ({ ...r, side: 'B' }))], [{ name: 'series', value: (r) => (r as SeriesRow & { side: string }).side }]),
      });
    drawRaw();
    // Monthly series get a fan each on the panels as published (with their model cards), and on the
    // index chart rescaled to its base; a ratio gets none (no interval of A/B comes from the back-tests).
    // A series that stopped gets none: its forecast would cover months the other series shows as past.
    const latest = [lastPeriod(a.rows), lastPeriod(b.rows)].filter(Boolean).sort().at(-1);
    const fanRequests =
      p.grain === 'month' && p.fc === '1' && rawData.length
        ? [
            { series: series[0], query: qa, rows: a.rows },
            { series: series[1], query: qb, rows: b.rows },
          ].filter((r) => isCurrent(r.rows, latest))
        : [];
    let drawMainFans: ((fans: Fan[]) => void) | undefined;
    // Asked for once the panels are drawn; they never hold the page back.
    void requestFans(raw, fanRequests.map((r) => ({ series: r.series, query: { measure: r.query.measure, where: r.query.where } })), lang, (fans) => {
      drawRaw(fans);
      drawMainFans?.(fans);
    });
    const mode = p.mode as 'index' | 'ratio';
    const c = combine(a.rows, b.rows, mode);
    if (!c) {
      main.el.querySelector('h3')!.textContent = t(lang, mode === 'index' ? 'compare.indexTitle' : 'compare.ratioTitle', { base: '–' });
      main.fail(t(lang, 'compare.noOverlap'));
      return;
    }
    const baseText = p.grain === 'fy' ? fyShort(c.base, lang) : periodText(c.base, p.grain, lang);
    main.el.querySelector('h3')!.textContent = t(lang, mode === 'index' ? 'compare.indexTitle' : 'compare.ratioTitle', { base: baseText });
    const datum = (label: string, v: { row: SeriesRow; value: number | null; other?: SeriesRow }, unit: string): Datum => ({
      x: x(v.row),
      series: label,
      value: v.value,
      period: v.row.period,
      complete: v.row.complete && (v.other?.complete ?? true),
      row: v.row,
      title: tipText(label, v.row, lang, mode === 'index' ? (lang === 'es' ? 'índice' : 'index') : 'A/B', v.value === null ? null : Math.round(v.value * 100) / 100, `${lang === 'es' ? 'cifra' : 'figure'}: ${num(v.row.value, lang)} ${unitText(unit, lang)}${v.other ? `; B: ${num(v.other.value, lang)} ${unitText(b.provenance.measure.unit, lang)}` : ''}`),
    });
    const data = mode === 'index' ? [...c.a.map((v) => datum(names[0], v, a.provenance.measure.unit)), ...c.b!.map((v) => datum(names[1], v, b.provenance.measure.unit))] : c.a.map((v) => datum('A / B', v, a.provenance.measure.unit));
    const shown = mode === 'index' ? series : [{ label: 'A / B', colour: PALETTE[5] }];
    const drawMain = (fans?: Fan[]) =>
      main.fill({
        plots: [lineChart(data, { width: main.width(), lang, series: shown, yLabel: mode === 'index' ? (lang === 'es' ? 'índice' : 'index') : 'A / B', ...(fans?.length ? indexFans(fans) : {}) })],
        legend: shown,
        notes: [...new Set([a.provenance.measure.note, b.provenance.measure.note])],
        provenance: [provenanceOf(a, c.a.map((v) => v.row)), provenanceOf(b, mode === 'index' ? c.b!.map((v) => v.row) : c.a.flatMap((v) => ('other' in v ? [v.other] : [])))],
        table: {
          columns: ['period', 'series', mode, 'value', 'source', 'vintage', 'complete'],
          rows: data.map((d) => [d.period, d.series, d.value === null ? null : Math.round(d.value * 1e4) / 1e4, d.row.value, d.row.source, d.row.vintage, d.complete]),
        },
      });
    /** The fans on the index chart: each forecast divided by its series' figure at the base period, times 100. */
    const indexFans = (fans: Fan[]) => {
      const base = new Map([
        [series[0].label, c.a[0]?.row.value],
        [series[1].label, c.b?.[0]?.row.value],
      ]);
      const indexed = fans.flatMap((f) => {
        const v0 = base.get(f.series.label);
        return v0 ? [{ series: f.series, forecast: scaled(f.forecast, 100 / v0) }] : [];
      });
      const xs = data.map((d) => (d.x as Date).getTime());
      return { xDomain: reachFans([new Date(Math.min(...xs)), new Date(Math.max(...xs))], indexed), extra: Object.values(fanMarksBySeries(indexed, lang)).flat() };
    };
    drawMain();
    if (mode === 'index') drawMainFans = drawMain;
  },
};

/** A forecast times k (the mean and the bounds of its intervals alike). */
function scaled(f: SeriesForecast, k: number): SeriesForecast {
  return {
    ...f,
    last: { ...f.last, value: f.last.value * k },
    months: f.months.map((m) => ({ ...m, mean: m.mean * k, lower80: m.lower80 * k, upper80: m.upper80 * k, lower95: m.lower95 * k, upper95: m.upper95 * k })),
  };
}
