/** Mexico's National Guard: personnel deployed by month, and by state in the latest month. */
import { api } from '../api';
import { frame } from '../charts/frame';
import { choropleth } from '../charts/maps';
import { PALETTE, toData } from '../charts/plot';
import { lineChart } from '../charts/time';
import { el } from '../dom';
import { dateOf, periodText, unitText } from '../format';
import { t } from '../i18n';
import type { Lang } from '../types';
import { provenanceOf, rowsTable } from './common';
import { stateValues } from './mx-years';

export async function drawGuard(root: HTMLElement, lang: Lang) {
  const side = el('div', { class: 'side-by-side' });
  root.append(side);
  const line = frame(side, 'mx-guard', lang, t(lang, 'mx.guardTitle'));
  const map = frame(side, 'mx-guard-map', lang, '…');
  try {
    const [total, byState, shapes, events] = await Promise.all([
      api.series({ measure: 'gn-deployed', where: { geography: 'MX' } }, lang),
      api.series({ measure: 'gn-deployed', where: { geography: 'MX' }, by: ['geography'] }, lang),
      api.shapes(),
      api.events(),
    ]);
    const label = total.provenance.measure.label;
    const unit = total.provenance.measure.unit;
    const data = toData(total.rows, () => label, lang, unit, (r) => dateOf(r.period));
    const series = [{ label, colour: PALETTE[2] }];
    line.fill({
      plots: data.length ? [lineChart(data, { width: line.width(), lang, series, yLabel: unitText(unit, lang), events: events.filter((e) => e.actor !== 'US') })] : [],
      legend: series,
      notes: [total.provenance.measure.definition, t(lang, 'chart.eventsNote')],
      provenance: [total.provenance],
      table: rowsTable(total.rows),
    });
    const last = byState.rows.map((r) => r.period).sort().at(-1);
    const rows = byState.rows.filter((r) => r.period === last);
    map.el.querySelector('h3')!.textContent = t(lang, 'mx.guardMapTitle', { period: last ? periodText(last, 'month', lang) : '–' });
    map.fill({
      plots: rows.length ? [choropleth(shapes, stateValues(rows, lang, unit), { width: map.width(), lang, label: unitText(unit, lang), scheme: 'greens' })] : [],
      provenance: [provenanceOf(byState, rows)],
      table: rowsTable(byState.rows),
    });
  } catch (e) {
    line.fail(e);
    map.fail(e);
  }
}
