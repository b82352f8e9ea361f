/** Mexico's returns of foreigners to their countries, by nationality and month, by kind of return. */
import { api } from '../api';
import { frame } from '../charts/frame';
import { PALETTE, toData } from '../charts/plot';
import { stackedBars } from '../charts/time';
import { controlBar, segmented, type PageContext } from '../controls';
import { dateOf, unitText } from '../format';
import { t } from '../i18n';
import type { SeriesRow } from '../types';
import { byTotal, labels, rowsTable } from './common';

export const RETURN_KINDS = ['ALL', 'return:deportation', 'return:assisted'];

export async function drawReturns(root: HTMLElement, ctx: PageContext) {
  const { lang, params: p } = ctx.view;
  const f = frame(root, 'mx-returns', lang, t(lang, 'mx.returnsTitle'));
  try {
    const kinds = await labels('category', RETURN_KINDS.slice(1), lang);
    f.el.querySelector('.chart-head')!.append(
      controlBar(segmented(ctx, 'ret', t(lang, 'mx.returnsKind'), RETURN_KINDS.map((k) => ({ value: k, label: k === 'ALL' ? t(lang, 'us.all') : (kinds.get(k) ?? k) })))),
    );
    const answer = await api.series({ measure: 'inm-returns', where: { geography: 'MX', ...(p.ret !== 'ALL' ? { category: p.ret } : {}) }, by: ['citizenship'] }, lang);
    const label = (r: SeriesRow) => r.keys.citizenship?.label ?? '?';
    const ranked = byTotal(answer.rows, label);
    const shown = ranked.slice(0, 6);
    const series = shown.map((l, i) => ({ label: l, colour: PALETTE[i] }));
    const data = toData(answer.rows.filter((r) => shown.includes(label(r))), label, lang, answer.provenance.measure.unit, (r) => dateOf(r.period));
    f.fill({
      plots: data.length ? [stackedBars(data, { width: f.width(), lang, series, yLabel: unitText(answer.provenance.measure.unit, lang) })] : [],
      legend: series,
      notes: [answer.provenance.measure.note, ranked.length > shown.length ? t(lang, 'us.topNote', { n: shown.length, total: ranked.length }) : null],
      provenance: [answer.provenance],
      table: rowsTable(answer.rows),
    });
  } catch (e) {
    f.fail(e);
  }
}
