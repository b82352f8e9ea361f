/**
 * Mexico by state: apprehensions on a map of the states (the measure and year chosen),
 * and the people Mexico received from the US by state, adults and minors.
 */
import { api } from '../api';
import { barsX, type BarDatum } from '../charts/bars';
import { frame } from '../charts/frame';
import { choropleth } from '../charts/maps';
import { PALETTE, tipText } from '../charts/plot';
import { controlBar, selectControl, type PageContext } from '../controls';
import { unitText } from '../format';
import { t } from '../i18n';
import type { Lang, SeriesAnswer } from '../types';
import { measuresById, provenanceOf, rowsTable } from './common';
import { pickYear, stateValues, yearOptions } from './mx-years';

export const APPREHENSIONS = ['mx-presentados', 'inm-rescatados'];
export const RECEIVED = ['inm-mexicans-received', 'inm-foreigners-received'];

export async function drawMap(root: HTMLElement, ctx: PageContext) {
  const { lang, params: p } = ctx.view;
  const f = frame(root, 'mx-map', lang, '…');
  try {
    const [answer, shapes, measures] = await Promise.all([api.series({ measure: p.mapm, where: { geography: 'MX' }, by: ['geography'], grain: 'cy' }, lang), api.shapes(), measuresById()]);
    const year = pickYear(answer.rows, p.mapy);
    const rows = answer.rows.filter((r) => r.period.startsWith(year ?? ''));
    const name = measures.get(p.mapm)?.label[lang] ?? p.mapm;
    f.el.querySelector('h3')!.textContent = t(lang, 'mx.mapTitle', { measure: name, period: year ?? '–' });
    f.el.querySelector('.chart-head')!.append(
      controlBar(
        selectControl(ctx, 'mapm', t(lang, 'mx.mapMeasure'), APPREHENSIONS.map((m) => ({ value: m, label: measures.get(m)?.label[lang] ?? m }))),
        selectControl(ctx, 'mapy', t(lang, 'mx.year'), yearOptions(answer.rows, lang), year),
      ),
    );
    f.fill({
      plots: rows.length ? [choropleth(shapes, stateValues(rows, lang, answer.provenance.measure.unit), { width: Math.min(f.width(), 760), lang, label: unitText(answer.provenance.measure.unit, lang) })] : [],
      notes: [answer.provenance.measure.note, t(lang, 'mx.mapNote'), rows.some((r) => !r.complete) ? (lang === 'es' ? 'El año está incompleto en la fuente.' : 'The year is incomplete in the source.') : null],
      provenance: [provenanceOf(answer, rows)],
      table: rowsTable(answer.rows),
    });
  } catch (e) {
    f.fail(e);
  }
}

/** Mexicans are published for Mexico as a whole and by state; non-Mexicans by receiving state only. */
async function receivedByState(measure: string, lang: Lang): Promise<SeriesAnswer> {
  const where = { demographic: ['ADULTS', 'MINORS'] };
  if (measure === 'inm-mexicans-received') return api.series({ measure, where: { ...where, geography: 'MX' }, by: ['geography'], grain: 'cy' }, lang);
  const [table] = await api.coverage({ measure });
  return api.series({ measure, where: { ...where, geography: table?.dimensions.geography?.tops ?? [] }, grain: 'cy' }, lang);
}

export async function drawReceived(root: HTMLElement, ctx: PageContext) {
  const { lang, params: p } = ctx.view;
  const f = frame(root, 'mx-received', lang, '…');
  try {
    const [answer, measures] = await Promise.all([receivedByState(p.rcv, lang), measuresById()]);
    const year = pickYear(answer.rows, p.rcy);
    const rows = answer.rows.filter((r) => r.period.startsWith(year ?? ''));
    const name = measures.get(p.rcv)?.label[lang] ?? p.rcv;
    f.el.querySelector('h3')!.textContent = t(lang, 'mx.receivedTitle', { measure: name, period: year ?? '–' });
    f.el.querySelector('.chart-head')!.append(
      controlBar(
        selectControl(ctx, 'rcv', t(lang, 'mx.received'), RECEIVED.map((m) => ({ value: m, label: measures.get(m)?.label[lang] ?? m }))),
        selectControl(ctx, 'rcy', t(lang, 'mx.year'), yearOptions(answer.rows, lang), year),
      ),
    );
    const groups = [...new Set(rows.map((r) => r.keys.demographic?.label ?? '?'))];
    const series = groups.map((g, i) => ({ label: g, colour: PALETTE[i] }));
    const data: BarDatum[] = rows.map((r) => ({
      category: r.keys.geography?.label ?? '?',
      series: r.keys.demographic?.label ?? '?',
      value: r.value,
      title: tipText(`${r.keys.geography?.label} · ${r.keys.demographic?.label}`, r, lang, answer.provenance.measure.unit),
    }));
    f.fill({
      plots: data.length ? [barsX(data, { width: Math.min(f.width(), 900), lang, series, xLabel: unitText(answer.provenance.measure.unit, lang) })] : [],
      legend: series,
      notes: [answer.provenance.measure.note, rows.some((r) => !r.complete) ? (lang === 'es' ? 'El año está incompleto en la fuente.' : 'The year is incomplete in the source.') : null],
      provenance: [provenanceOf(answer, rows)],
      table: rowsTable(answer.rows),
    });
  } catch (e) {
    f.fail(e);
  }
}

