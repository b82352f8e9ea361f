/** The Policy page as drawn (loaded on demand by policy.ts): the record, an event's effect and the claim box. */
import { api } from '../api';
import { el } from '../dom';
import { viewSearch } from '../state';
import type { PageContext } from '../controls';
import type { PolicyEvent } from '../types';
import { pageHead } from './common';
import { drawClaim } from './policy-claim';
import { drawImpact } from './policy-impact';
import { drawRecord } from './policy-record';
import { pt } from './policy-text';
import './policy.css';

export async function renderPolicy(root: HTMLElement, ctx: PageContext): Promise<void> {
  const lang = ctx.view.lang;
  pageHead(root, pt(lang, 'title'), pt(lang, 'lead'));
  const nav = document.createElement('nav');
  nav.className = 'section-links';
  nav.setAttribute('aria-label', pt(lang, 'title'));
  for (const [id, key] of [['policy-record', 'recordTitle'], ['policy-impact', 'impactTitle'], ['policy-claim', 'claimTitle']] as const) {
    const a = document.createElement('a');
    a.href = `#${id}`;
    a.textContent = pt(lang, key);
    nav.append(a);
  }
  root.append(nav);
  // The levers a reader meets here ("what if Mexico stepped up enforcement") are what the Scenarios page runs.
  root.append(
    el(
      'div',
      { class: 'policy-whatif', 'data-scenarios-link': '' },
      el('p', {}, el('strong', {}, pt(lang, 'whatIf')), ' ', pt(lang, 'whatIfText'), ' ', el('a', { href: viewSearch({ page: 'scenarios', lang, params: {} }), 'data-go-page': 'scenarios' }, `${pt(lang, 'whatIfLink')} →`)),
    ),
  );
  const events: PolicyEvent[] = await api.events();
  // Sections in page order; each draws into its own slot so that they can load at once.
  const slots = [document.createElement('div'), document.createElement('div'), document.createElement('div')];
  root.append(...slots);
  await Promise.all([drawRecord(slots[0], ctx, events), drawImpact(slots[1], ctx, events), drawClaim(slots[2], ctx)]);
}
