/**
 * The claim corpus (claims-corpus.ts) on the whole mirror: the share of claims the checker
 * gets right, by class of issue 12, printed as the table docs/CLAIMS.md reports. Expected
 * verdicts come from SQL on the publishers' tables, never from the checker.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkClaim, type ClaimCheck } from '../../src/analysis/claims/check.js';
import type { Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';
import { buildCorpus, type CorpusClaim } from './claims-corpus.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('the claim corpus on the mirror', () => {
  let store: Store;
  let corpus: CorpusClaim[];
  const answers: { c: CorpusClaim; r: ClaimCheck }[] = [];
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
    corpus = await buildCorpus(store);
    for (const c of corpus) answers.push({ c, r: await checkClaim(store.conn, c.text) });
  }, 600_000);
  afterAll(() => store?.close());

  it('holds at least 150 claims in English and Spanish, every class in both languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const cls of [1, 2, 3, 4, 5, 6]) for (const lang of ['en', 'es']) expect(corpus.some((c) => c.cls === cls && c.lang === lang), `class ${cls} ${lang}`).toBe(true);
  });

  it('gets the verdict right for every class (share right printed by class)', () => {
    const table = [1, 2, 3, 4, 5, 6].map((cls) => {
      const mine = answers.filter((a) => a.c.cls === cls);
      const right = mine.filter((a) => a.r.verdict === a.c.expected).length;
      return { cls, n: mine.length, right, share: right / mine.length };
    });
    const wrong = answers.filter((a) => a.r.verdict !== a.c.expected).map((a) => `[${a.c.cls}] ${a.c.text} → ${a.r.verdict} (expected ${a.c.expected}): ${a.r.summary.en}`);
    console.log(['class | claims | right | share', ...table.map((t) => `${t.cls} | ${t.n} | ${t.right} | ${(t.share * 100).toFixed(0)}%`), ...wrong].join('\n'));
    for (const t of table) expect(t.share, `class ${t.cls}`).toBeGreaterThanOrEqual(0.9);
  });

  it('class 6: every verdict reads "True: ...", "False: ...", "Cannot be checked: ..." in its language, never "true for" or "of halved"', () => {
    for (const { r } of answers) {
      expect(r.summary.en).toMatch(/^(True|False|Partly true|Cannot be checked): \S/);
      expect(r.summary.es).toMatch(/^(Verdadero|Falso|Parcialmente verdadero|No se puede comprobar): \S/);
      expect(r.summary.en).not.toMatch(/\. (true|false) for |of halved|a fall of halved/);
    }
  });

  it('says what it took the subject to be: the country read when none is named, which of two counts the words name and why; a refusal once, in words', () => {
    const answer = (start: string) => answers.find((a) => a.c.text.startsWith(start))!.r;
    const asylum = answer('Asylum applications topped');
    expect(asylum.subject).toMatchObject({ measure: 'asylum-applications', geography: 'US' });
    expect(asylum.assumptions.map((a) => a.en).join(' ')).toMatch(/No country is named: the figures for United States are read; .*"in Mexico"/);
    expect(answer('COMAR received fewer than').subject).toMatchObject({ measure: 'asylum-applications', geography: 'MX' });
    const returns = answer('Mexico returned 149,812 people in 2019');
    expect(returns.subject?.measure).toBe('mx-returns');
    expect(returns.assumptions.map((a) => a.en).join(' ')).toMatch(/"Foreigners returned by Mexico \(devueltos\)" \(January 2015 to April 2025\) .*the first is read, as its figures cover the period claimed/);
    expect(answer('Mexico returned more than').subject?.measure).toBe('inm-returns'); // 2025: INM's daily files, as before
    expect(answer('Darien crossings were').subject?.measure).toBe('darien-crossings');
    const refusal = answer('Border Patrol apprehensions in the Darién');
    expect(refusal.checks.length).toBeLessThanOrEqual(1); // one, or none when the refusal is given before any figure is asked for
    expect(refusal.context).toEqual([]);
    expect(refusal.summary.en.match(/they are counted only in United States, and Darién is in Panama/g)).toHaveLength(1);
    expect(refusal.summary.es.match(/solo se cuentan en Estados Unidos, y Darién está en Panamá/g)).toHaveLength(1);
    for (const text of [refusal.summary.en, refusal.summary.es]) expect(text).not.toMatch(/cbp-legacy|PA-DARIEN|encounters is counted|se cuenta en US/);
  });

  it('a claim it cannot read says what was understood; data the store lacks is named as missing data, not wording', () => {
    const unread = answers.find((a) => a.c.text.startsWith('Southwest border encounters averaged'))!.r;
    expect(unread.summary.en).toMatch(/^Cannot be checked: it is about figures per day .*Understood: what is counted: CBP encounters; geography: .*period: 2023-12/);
    const missing = answers.find((a) => a.c.text === 'Mexico apprehended more than 100,000 migrants in 2010')!.r;
    expect(missing.type).toBe('amount');
    expect(missing.summary.en).toMatch(/the store has no figures for .* in calendar year 2010: its figures run from calendar year (19|20)\d\d/i);
  });
});
