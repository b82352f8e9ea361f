/**
 * Mexico: apprehensions by state on a map of Mexico's states, returns to countries of
 * origin by nationality, people received from the US by state (adults and minors),
 * and the National Guard's deployment.
 */
import { t } from '../i18n';
import { matches, oneOf } from '../state';
import { pageHead, type PageModule } from './common';
import { drawGuard } from './mx-guard';
import { drawReturns, RETURN_KINDS } from './mx-returns';
import { APPREHENSIONS, drawMap, drawReceived, RECEIVED } from './mx-states';

const YEAR = matches(/^(\d{4})?$/);

export const mexico: PageModule = {
  specs: {
    mapm: { default: 'mx-presentados', valid: oneOf(...APPREHENSIONS) },
    mapy: { default: '', valid: YEAR },
    ret: { default: 'ALL', valid: oneOf(...RETURN_KINDS) },
    rcv: { default: 'inm-mexicans-received', valid: oneOf(...RECEIVED) },
    rcy: { default: '', valid: YEAR },
  },
  async render(root, ctx) {
    const lang = ctx.view.lang;
    pageHead(root, t(lang, 'mx.title'), t(lang, 'mx.lead'));
    await Promise.all([drawMap(root, ctx), drawReturns(root, ctx), drawReceived(root, ctx), drawGuard(root, lang)]);
  },
};
