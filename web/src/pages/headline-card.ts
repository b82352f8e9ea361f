/**
 * A headline figure: the latest complete period of a series, what the claim engine
 * says about it (the highest or lowest since when; the change on a year before), a
 * newer incomplete period if there is one, and the source.
 */
import { api, ApiError, type SeriesQuery } from '../api';
import { el, outLink } from '../dom';
import { num, periodText, unitText } from '../format';
import { t } from '../i18n';
import type { Headline, Lang } from '../types';

const sinceKinds = ['highest-since', 'lowest-since'];

/** The "since" statement reaching furthest back (a record for the whole series first). */
function sinceStatement(h: Headline): string | undefined {
  const since = h.statements.filter((s) => sinceKinds.includes(s.kind));
  const record = since.find((s) => s.evidence.length === 1);
  if (record) return record.text;
  const furthest = [...since].sort((a, b) => (a.evidence[1]?.period ?? '').localeCompare(b.evidence[1]?.period ?? ''))[0];
  return furthest?.text ?? h.statements.find((s) => s.kind === 'rank')?.text;
}

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
export async function headlineCard(parent: HTMLElement, id: string, title: (h: Headline) => Promise<string>, q: SeriesQuery, lang: Lang): Promise<void> {
  const card = el('article', { class: 'headline', 'data-headline': id }, el('p', { class: 'loading' }, t(lang, 'loading')));
  parent.append(card);
  try {
    const h = await api.headline(q, lang);
    const name = await title(h);
    const latest = h.latest;
    const unit = unitText(h.provenance.measure.unit, lang);
    const source = h.provenance.sources.find((s) => s.id === latest.source);
    const since = sinceStatement(h);
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
  } catch (e) {
    if (!(e instanceof ApiError && e.unanswerable)) console.error(e);
    card.replaceChildren(el('p', { class: 'empty' }, e instanceof Error ? e.message : String(e)));
  }
}
