/**
 * The claim box: a claim typed in plain words, kept in the URL (`claim`), sent to
 * /api/claims; the verdict, and for each reading of the words (measure definition ×
 * year type) its status, explanation and figures, with the sources behind them.
 */
import { api, ApiError, getJson } from '../api';
import type { PageContext } from '../controls';
import { el, outLink } from '../dom';
import { num, periodText } from '../format';
import type { Bilingual, Lang } from '../types';
import { CLAIM_EXAMPLES, pt, type PolicyKey } from './policy-text';

interface ClaimFigure {
  period: string;
  grain: string;
  value: number | null;
  complete: boolean;
  source: string;
  dataset: string;
  vintage: number;
}
export interface ClaimAnswer {
  claim: string;
  lang: Lang;
  verdict: string;
  summary: Bilingual;
  checks: { definition: string; grain: string; label: Bilingual; status: string; short: Bilingual; explanation: Bilingual; figures: ClaimFigure[] }[];
  assumptions: Bilingual[];
  sources: { source: string; dataset: string; vintage: number }[];
}

async function answerOf(answer: ClaimAnswer, lang: Lang): Promise<HTMLElement> {
  const known = await api.sources().catch(() => []);
  const sourceLinks = answer.sources.map((s) => {
    const found = known.find((k) => k.id === s.source);
    const text = `${found ? `${found.publisher[lang]}: ${found.title[lang]}` : s.source} (${s.dataset}, ${pt(lang, 'vintage')} ${s.vintage})`;
    return el('li', { 'data-source': s.source }, found ? outLink(found.landing_page, text) : text);
  });
  const checks = answer.checks.map((c) =>
    el(
      'li',
      { class: 'claim-check', 'data-status': c.status, 'data-definition': `${c.definition}-${c.grain}` },
      el('p', {}, el('strong', {}, `${pt(lang, 'definition')}: `), c.label[lang], ' · ', el('span', { class: `status status-${c.status}` }, pt(lang, `status.${c.status}` as PolicyKey) || c.status)),
      el('p', { class: 'explanation' }, c.explanation[lang]),
      c.figures.length
        ? el(
            'p',
            { class: 'figures' },
            `${pt(lang, 'figures')}: `,
            c.figures.map((f, i) => `${i ? '; ' : ''}${periodText(f.period, f.grain, lang)}: ${num(f.value, lang)}${f.complete ? '' : ` (${pt(lang, 'incomplete')})`} (${f.source}, ${pt(lang, 'vintage')} ${f.vintage})`).join(''),
          )
        : null,
    ),
  );
  return el(
    'div',
    { class: 'claim-answer', 'data-verdict': answer.verdict },
    el('p', { class: 'verdict' }, el('span', { class: 'control-label' }, `${pt(lang, 'verdict')}: `), el('strong', { class: `verdict-${answer.verdict.replace(/\s+/g, '-')}` }, pt(lang, `verdict.${answer.verdict}` as PolicyKey) || answer.verdict)),
    el('p', { class: 'summary' }, answer.summary[lang]),
    el('ul', { class: 'claim-checks' }, ...checks),
    answer.assumptions.length ? el('p', { class: 'note' }, `${pt(lang, 'assumptions')}: ${answer.assumptions.map((a) => a[lang]).join(' ')}`) : null,
    sourceLinks.length ? el('div', { class: 'sources' }, el('strong', {}, `${pt(lang, 'claimSources')}:`), el('ul', {}, ...sourceLinks)) : null,
  );
}

export async function drawClaim(root: HTMLElement, ctx: PageContext): Promise<void> {
  const { lang, params: p } = ctx.view;
  const section = el('section', { class: 'policy-section claim-box', 'aria-labelledby': 'policy-claim' }, el('h2', { id: 'policy-claim', class: 'section-title' }, pt(lang, 'claimTitle')));
  root.append(section);
  const input = el('input', { type: 'text', id: 'claim-text', name: 'claim', 'data-param': 'claim', maxlength: 300, value: p.claim, placeholder: CLAIM_EXAMPLES[lang][0], autocomplete: 'off' });
  const form = el(
    'form',
    { class: 'claim-form', role: 'search' },
    el('label', { for: 'claim-text', class: 'control-label' }, pt(lang, 'claimLabel')),
    el('div', { class: 'claim-row' }, input, el('button', { type: 'submit', 'data-claim-submit': '' }, pt(lang, 'claimButton'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.set({ claim: input.value.trim().slice(0, 300) });
  });
  const examples = el(
    'p',
    { class: 'claim-examples' },
    `${pt(lang, 'claimExamples')} `,
    ...CLAIM_EXAMPLES[lang].flatMap((text, i) => {
      const b = el('button', { type: 'button', class: 'link-button', 'data-claim-example': i }, `“${text}”`);
      b.addEventListener('click', () => ctx.set({ claim: text }));
      return [i ? ' · ' : '', b];
    }),
  );
  const out = el('div', { class: 'claim-out', 'aria-live': 'polite' });
  section.append(el('p', { class: 'chart-sub' }, pt(lang, 'claimSub')), form, examples, out);
  if (p.claim.trim().length < 3) return;
  try {
    const answer = await getJson<ClaimAnswer>(`/api/claims?${new URLSearchParams({ text: p.claim.trim(), lang })}`);
    out.append(await answerOf(answer, lang));
  } catch (e) {
    if (!(e instanceof ApiError && e.unanswerable)) console.error(e);
    // The reason is the server's own words, asked in the reader's language (lang=); a reason it
    // has only in English comes marked "(mensaje en inglés)" and is tagged as English.
    const reason = e instanceof Error ? e.message : String(e);
    const english = lang === 'en' || !(e instanceof ApiError) || reason.startsWith('(mensaje en inglés)');
    out.append(el('p', { class: 'claim-error', role: 'alert' }, `${pt(lang, 'claimFailed')} `, el('span', english ? { lang: 'en' } : {}, reason)));
  }
}
