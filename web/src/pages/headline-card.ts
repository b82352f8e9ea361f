/**
 * A headline figure: the latest complete period of a series, what the claim engine
 * says about it (the highest or lowest since when; the change on a year before), a
 * newer incomplete period if there is one, and the source.
 */
import { api, ApiError, type SeriesQuery } from '../api';
import { el, outLink } from '../dom';
import { num, periodText, unitText } from '../format';
import { t } from '../i18n';
import { ageNote } from '../source-age';
import type { Headline, Lang } from '../types';
import { notableStatement, periodsBetween } from './headline-statement';


function changeOnYear(h: Headline, lang: Lang): string | undefined {
  const s = h.statements.find((x) => x.kind === 'change-year');
  if (!s) return undefined;
  const [target, base] = s.evidence;
  if (!target || !base || target.value === null || base.value === null || !target.complete || !base.complete || base.value === 0) return s.text;
  const pct = ((target.value - base.value) / base.value) * 100;
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '';
  return `${sign}${num(Math.abs(pct), lang, 1)}% ${t(lang, 'overview.onYearBefore', { period: periodText(base.period, h.grain, lang), value: num(base.value, lang) })}`;
}

/** `title` names the card from the answer (its measure's label) and the place. */
export async function headlineCard(parent: HTMLElement, id: string, title: (h: Headline) => Promise<string>, q: SeriesQuery, lang: Lang): Promise<Headline | undefined> {
  const card = el('article', { class: 'headline', 'data-headline': id }, el('p', { class: 'loading' }, t(lang, 'loading')));
  parent.append(card);
  try {
    const h = await api.headline(q, lang);
    const name = await title(h);
    const latest = h.latest;
    const unit = unitText(h.provenance.measure.unit, lang);
    const source = h.provenance.sources.find((s) => s.id === latest.source);
    const since = notableStatement(h);
    const change = changeOnYear(h, lang);
    const parts = [
      el('h3', {}, name),
      el('p', { class: 'figure' }, num(latest.value, lang), ' ', el('span', { class: 'unit' }, unit)),
      el('p', { class: 'period' }, `${periodText(latest.period, h.grain, lang)} · ${t(lang, 'overview.latest').toLowerCase()}`),
      el('ul', { class: 'context' }, since ? el('li', { 'data-statement': 'since' }, since) : null, change ? el('li', { 'data-statement': 'change-year' }, change) : null),
      h.partial ? el('p', { class: 'partial' }, t(lang, 'overview.partialNewer', { period: periodText(h.partial.period, h.grain, lang), value: num(h.partial.value, lang) })) : null,
      h.provenance.measure.note ? el('p', { class: 'note' }, h.provenance.measure.note) : null,
      source
        ? el(
            'p',
            { class: 'sources' },
            `${t(lang, 'source.label')}: `,
            outLink(source.landing_page, source.publisher),
            ` (${latest.source}, ${t(lang, 'source.vintage')} ${latest.vintage}${source.third_party ? `; ${t(lang, 'source.thirdParty')}` : ''}${source.provisional ? `; ${t(lang, 'source.provisional')}` : ''})`,
          )
        : null,
    ];
    card.replaceChildren(...parts.filter((p): p is NonNullable<typeof p> => p !== null));
    return h;
  } catch (e) {
    if (!(e instanceof ApiError && e.unanswerable)) console.error(e);
    card.replaceChildren(el('p', { class: 'empty' }, e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}

/**
 * Cards side by side whose latest periods differ say so plainly: each older card names
 * its month, how many months it lies behind the newest card, and how long before today.
 */
export function sayGaps(parent: HTMLElement, cards: { id: string; headline: Headline | undefined }[], lang: Lang): void {
  const monthly = cards.filter((c): c is { id: string; headline: Headline } => c.headline?.grain === 'month');
  const newest = monthly.map((c) => c.headline.latest.period).sort().at(-1);
  if (!newest) return;
  for (const c of monthly) {
    const period = c.headline.latest.period;
    const behind = periodsBetween(period, newest, 'month');
    const card = parent.querySelector(`[data-headline="${c.id}"]`);
    if (!card || behind === 0) continue;
    const age = ageNote(c.headline.latest.source, lang);
    const text =
      lang === 'es'
        ? `No es el mismo mes que las demás tarjetas: esta fuente llega a ${periodText(period, 'month', lang)}, ${behind} ${behind === 1 ? 'mes' : 'meses'} antes de ${periodText(newest, 'month', lang)}${age ? ` (${age})` : ''}.`
        : `Not the same month as the other cards: this source reaches ${periodText(period, 'month', lang)}, ${behind} ${behind === 1 ? 'month' : 'months'} before ${periodText(newest, 'month', lang)}${age ? ` (${age})` : ''}.`;
    card.querySelector('.period')?.after(el('p', { class: 'gap', 'data-gap': String(behind) }, text));
  }
}
