/**
 * The Policy page's claim box says what a claim can be about: not only US southwest border
 * encounters (its words said so once, though the checker reads Mexico's, UNHCR's and the
 * Darién's figures too), with examples from other sources; and every example it quotes is a
 * claim the checker answers on the mirror's store, true, in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/analysis/claims/check.js';
import type { Store } from '../../src/store/open.js';
import { pt } from '../../web/src/pages/policy-text.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

/** The claims the prompt quotes (“...” in English, «...» in Spanish). */
const quoted = (text: string) => [...text.matchAll(/[“«]([^”»]+)[”»]/g)].map((m) => m[1]);

describe('the claim box prompt', () => {
  it('names the sources beyond US encounters, with examples from them, in English and Spanish', () => {
    const en = pt('en', 'claimSub');
    const es = pt('es', 'claimSub');
    expect(en).not.toMatch(/^Type a claim about US southwest border encounters/);
    expect(es).not.toMatch(/^Escriba una afirmación sobre los encuentros en la frontera suroeste/);
    for (const words of [/Mexico's apprehensions and returns/, /asylum applications \(UNHCR\)/, /Darién/]) expect(en).toMatch(words);
    for (const words of [/detenciones y devoluciones de México/, /solicitudes de asilo \(ACNUR\)/, /Darién/]) expect(es).toMatch(words);
    expect(quoted(en)).toHaveLength(2);
    expect(quoted(es)).toHaveLength(2);
  });
});

describeMirror('the claim box prompt on the mirror', () => {
  let store: Store;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
  });
  afterAll(() => store?.close());

  it('quotes only claims the checker finds true', async () => {
    for (const lang of ['en', 'es'] as const) {
      for (const claim of quoted(pt(lang, 'claimSub'))) {
        const r = await checkClaim(store.conn, claim, lang);
        expect(`${claim}: ${r.verdict}`).toBe(`${claim}: true`);
      }
    }
  });
});
