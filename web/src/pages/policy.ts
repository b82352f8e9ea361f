/**
 * Policy: the bilateral record (what the US and Mexico asked, committed and delivered)
 * on one time axis with the flows, the effect of a timeline event on a monthly series
 * (observed against a counterfactual, with intervals and the cumulative effect), and a
 * claim checker. Only the parameters live here: the page itself (policy-view.ts) is
 * loaded when it is first shown, so the other pages do not carry it.
 */
import { matches, oneOf } from '../state';
import type { PageModule } from './common';
import { DEFAULT_EVENT, IMPACT_MODELS, IMPACT_SERIES } from './policy-choices';

export const policy: PageModule = {
  specs: {
    ract: { default: 'all', valid: oneOf('all', 'US', 'MX', 'bilateral') },
    rkind: { default: 'all', valid: oneOf('all', 'asked', 'committed', 'delivered') },
    ev: { default: DEFAULT_EVENT, valid: matches(/^[a-z0-9][a-z0-9_-]{0,79}$/) },
    ser: { default: 'swb', valid: oneOf(...IMPACT_SERIES) },
    model: { default: 'ets', valid: oneOf(...IMPACT_MODELS) },
    after: { default: '12', valid: oneOf('6', '12', '18', '24') },
    claim: { default: '', valid: (v) => v.length <= 300 },
  },
  async render(root, ctx) {
    const { renderPolicy } = await import('./policy-view');
    await renderPolicy(root, ctx);
  },
};
