/**
 * The claim forms (docs/CLAIMS.md), in English and Spanish, read with the vocabulary the
 * store is written from, one group per class of issue 12; and the pure comparison rules
 * behind the verdicts (rounding, incomplete periods, ties).
 */
import { describe, expect, it } from 'vitest';
import { comparePair, rankAmong } from '../../src/analysis/claims/categories.js';
import { explainCategory } from '../../src/analysis/claims/explain/categories.js';
import { changeBetween } from '../../src/analysis/claims/change.js';
import { explainChange } from '../../src/analysis/claims/explain/change.js';
import { explainShare } from '../../src/analysis/claims/explain/share.js';
import { relation } from '../../src/analysis/claims/compare.js';
import { firstTime } from '../../src/analysis/claims/first.js';
import type { ParsedClaim } from '../../src/analysis/claims/parse/claim.js';
import { judge } from '../../src/analysis/claims/quantity.js';
import { rankCheck } from '../../src/analysis/claims/rank.js';
import type { Point } from '../../src/analysis/claims/types.js';
import { combine } from '../../src/analysis/claims/verdict.js';
import { statedPercent } from '../../src/analysis/claims/words.js';
import { claimParsers } from './claims-vocabulary.js';

const { parse, unreadable } = claimParsers();

describe('claim forms', () => {
  it('rank: "the most in two decades", in English and Spanish', () => {
    for (const text of ['March 2021 had the most southwest border encounters in two decades', 'marzo de 2021 tuvo la mayor cantidad de encuentros en la frontera suroeste en dos décadas']) {
      const c = parse(text);
      expect(c.spec).toEqual({ type: 'rank', target: { kind: 'month', period: '2021-03-01' }, direction: 'max', window: { kind: 'years', years: 20, orMore: false } });
      expect(c.subject).toEqual({ measure: 'encounters', geography: 'US-SWB', filters: {}, definitions: ['cbp'], context: 'usbp' });
    }
    // A comparison with a span of time, as a Spanish reporter writes it: a rank over the span (was "cannot be read").
    for (const text of ['En marzo de 2021 hubo más encuentros en la frontera suroeste que en dos décadas', 'March 2021 had more southwest border encounters than in two decades']) {
      expect(parse(text).spec, text).toEqual({ type: 'rank', target: { kind: 'month', period: '2021-03-01' }, direction: 'max', window: { kind: 'years', years: 20, orMore: false } });
    }
    expect(parse('En abril de 2017 hubo menos detenciones en la frontera suroeste que en los últimos 40 años').spec).toMatchObject({ type: 'rank', direction: 'min', window: { kind: 'years', years: 40 } });
    expect(parse('March 2021 had the most southwest border encounters in two decades').lang).toBe('en');
    expect(parse('marzo de 2021 tuvo la mayor cantidad de encuentros en la frontera suroeste en dos décadas').lang).toBe('es');
    // Before: one Spanish word found ("en"), answered in English.
    expect(parse('La Patrulla Fronteriza detuvo a 1,7 millones de migrantes en el año fiscal 2021').lang).toBe('es');
    expect(parse('El ICE deportó a 59,011 personas en el año fiscal 2021').lang).toBe('es');
    expect(parse('Mexico received 100,000 families from the US in 2021').lang).toBe('en');
    expect(parse('Encounters of Hondurans in Del Rio sector fell in FY2020').lang).toBe('en');
  });

  it('rank: since a period, on record, fewest, over N years, a definition named', () => {
    expect(parse('Border Patrol apprehensions in May 2019 were the highest since 2007').spec).toMatchObject({ direction: 'max', window: { kind: 'since', mention: { kind: 'year', year: 2007, yearType: 'either' } } });
    expect(parse('Border Patrol apprehensions in May 2019 were the highest since 2007').subject.definitions).toEqual(['usbp']);
    expect(parse('FY2022 had the most CBP encounters on record').spec).toMatchObject({ target: { kind: 'year', year: 2022, yearType: 'fy' }, window: { kind: 'record' } });
    expect(parse('FY2022 had the most CBP encounters on record').subject.definitions).toEqual(['cbp']);
    expect(parse('April 2017 had the fewest apprehensions at the southwest border in over 15 years').spec).toMatchObject({ direction: 'min', window: { kind: 'years', years: 15, orMore: true } });
    expect(parse('abril de 2017 tuvo la cifra más baja de detenciones desde 1971').spec).toMatchObject({ direction: 'min', window: { kind: 'since', mention: { year: 1971 } } });
  });

  it('change: percent, multiples, bases, in both languages', () => {
    expect(parse('Southwest border encounters fell 50% in February 2025 compared with January 2025').spec).toMatchObject({
      type: 'change', target: { period: '2025-02-01' }, base: { kind: 'period', mention: { period: '2025-01-01' } }, stated: { direction: 'down', percent: { value: 50 } },
    });
    expect(parse('encounters doubled in March 2021 from a year earlier').spec).toMatchObject({ base: { kind: 'year-before' }, stated: { direction: 'up', percent: { value: 100 } } });
    expect(parse('Los encuentros cayeron un 60% en febrero de 2025 respecto al mes anterior').spec).toMatchObject({ base: { kind: 'previous' }, stated: { direction: 'down', percent: { value: 60 } } });
    expect(parse('Encounters rose 10% from January 2021 to February 2021').spec).toMatchObject({ target: { period: '2021-02-01' }, base: { kind: 'period', mention: { period: '2021-01-01' } } });
  });

  it('share and count', () => {
    expect(parse('Hondurans were 20% of southwest border encounters in FY2021').spec).toMatchObject({ type: 'share', part: { dim: 'citizenship', code: 'HND' }, stated: { value: 20 } });
    expect(parse('Los niños no acompañados fueron el 8.5% de los encuentros en la frontera suroeste en el año fiscal 2021').spec).toMatchObject({ type: 'share', part: { dim: 'demographic', code: 'UC' }, stated: { value: 8.5 } });
    expect(parse('There were more than 2 million southwest border encounters in fiscal year 2022').spec).toMatchObject({ type: 'amount', stated: { value: 2_000_000, qualifier: 'more' } });
    expect(parse('Hubo casi 2,4 millones de encuentros en la frontera suroeste en el año fiscal 2022').spec).toMatchObject({ type: 'amount', stated: { value: 2_400_000, qualifier: 'nearly', unit: 100_000 } });
    expect(parse('March 2021 saw 173,277 encounters at the southwest border').spec).toMatchObject({ type: 'amount', stated: { value: 173_277, unit: 1 } });
  });

  it('reports what it assumed; what it cannot read comes back with what was understood', () => {
    expect(parse('March 2021 had the most encounters in two decades').assumptions[0].en).toMatch(/southwest land border .* is assumed/);
    expect(unreadable('March 2021 was a bad month for the weather').missing.en).toMatch(/names nothing the store counts/);
    const noPeriod = unreadable('the most southwest border encounters in two decades');
    expect(noPeriod.missing.en).toMatch(/names no period/);
    expect(noPeriod.understood.map((u) => u.en)).toContain('what is counted: CBP encounters');
    expect(unreadable('March 2021 had southwest border encounters').missing.en).toMatch(/a rank .* a comparison .* a change .* a share .* a number/);
    expect(unreadable('Southwest border encounters averaged 8,000 a day in December 2023').missing.en).toMatch(/per day/);
  });

  it('one month within a year is said, never checked against the year\'s total', () => {
    // Before: "CBP One appointments topped 40,000 in a month in 2024" was true on the year's 357,620.
    for (const text of ['CBP One appointments topped 40,000 in a month in 2024', 'Border Patrol apprehended more than 200,000 migrants in a single month in 2021', 'Mexico returned 10,000 Hondurans per month in 2019']) {
      expect(unreadable(text).missing.en, text).toMatch(/one month within a year .* name the month/);
    }
    expect(unreadable('México devolvió a 10 mil hondureños al mes en 2019').missing.es).toMatch(/un mes dentro de un año/);
    // Comparisons with every month, a month named, "a month earlier": read as before.
    expect(parse('Encounters in March 2021 were higher than in any month of 2019').spec.type).toBe('rank');
    expect(parse('Encounters were higher in March 2021 than in every month in 2019').spec.type).toBe('rank');
    expect(parse('Encounters rose 20% from a month earlier in March 2021').spec.type).toBe('change');
    expect(parse('Encounters topped 170,000 in a single month in March 2021').spec.type).toBe('amount');
  });
});

describe('class 1: categories of one period, not periods of one category', () => {
  it('"the most apprehended nationality", "the busiest sector", "el estado con más": a rank among members', () => {
    expect(parse('Hondurans were the most apprehended nationality at the southwest border in FY2019')).toMatchObject({ spec: { type: 'category-rank', dim: 'citizenship', member: 'HND', direction: 'max' }, subject: { filters: {} } });
    expect(parse('The Rio Grande Valley was the busiest sector in FY2021')).toMatchObject({ spec: { type: 'category-rank', dim: 'geography', member: 'USBP-RGV' }, subject: { measure: 'encounters', geography: 'US-SWB' } });
    expect(parse('Chiapas fue el estado con más retornos en 2025')).toMatchObject({ spec: { type: 'category-rank', dim: 'geography', member: 'MX-07' }, subject: { measure: 'inm-returns', geography: 'MX' } });
    expect(parse('Los hondureños fueron la nacionalidad más retornada por México en 2025').spec).toMatchObject({ type: 'category-rank', member: 'HND' });
  });
  it('"more than any other state", "menos que cualquier otro estado": a rank among members, in the claim\'s language', () => {
    expect(parse('Chiapas returned more people than any other state in 2025')).toMatchObject({ lang: 'en', spec: { type: 'category-rank', dim: 'geography', member: 'MX-07', direction: 'max' } });
    expect(parse('Chiapas tuvo más devoluciones que cualquier otro estado en 2025')).toMatchObject({ lang: 'es', spec: { type: 'category-rank', dim: 'geography', member: 'MX-07', direction: 'max' } });
    expect(parse('Tabasco tuvo menos devoluciones que cualquier otro estado en 2025')).toMatchObject({ lang: 'es', spec: { type: 'category-rank', member: 'MX-27', direction: 'min' } });
    expect(parse('Hondurans were apprehended in Mexico more than any other nationality in 2021').spec).toMatchObject({ type: 'category-rank', dim: 'citizenship', member: 'HND', direction: 'max' });
  });
  it('a "fewest" that is false names the member with the fewest, not the one just below', () => {
    const p = (v: number) => pt('2025-01-01', v, { grain: 'cy' });
    const rows = [{ code: 'MX-07', point: p(5_724) }, { code: 'MX-27', point: p(4_459) }, { code: 'MX-09', point: p(774) }, { code: 'MX-13', point: p(1) }];
    const r = rankAmong(rows, 'MX-27', 'min');
    expect(r).toMatchObject({ status: 'false', position: 3 });
    expect(r.beyond.map((x) => x.code)).toEqual(['MX-13', 'MX-09']);
    const en = explainCategory(r, 'geography', 'min', 'cy', new Map()).long.en;
    expect(en).toMatch(/ranked number 3 of 4 places, counting from the fewest, .*; MX-13 had the fewest \(1\)\. Fewest: MX-13 1, MX-09 774, MX-27 4,459\./);
  });
  it('"X outnumbered Y", "more X than Y", "superaron a": a comparison of two members', () => {
    expect(parse('Venezuelans became the top nationality at the southwest border in September 2023').spec).toMatchObject({ type: 'category-rank', member: 'VEN' });
    expect(parse('Guatemalans outnumbered Hondurans at the southwest border in FY2019').spec).toMatchObject({ type: 'compare', dim: 'citizenship', a: 'GTM', b: 'HND', direction: 'more' });
    expect(parse('Mexico returned more Guatemalans than Colombians in 2025').spec).toMatchObject({ type: 'compare', a: 'GTM', b: 'COL' });
    expect(parse('Las familias superaron a los adultos solos en la frontera suroeste en mayo de 2019').spec).toMatchObject({ type: 'compare', dim: 'demographic', a: 'FMUA', b: 'SA' });
  });
  it('ranks members with ties, rounding and groups that are not one category', () => {
    const p = (v: number, over: Partial<Point> = {}) => pt('2019-10-01', v, { grain: 'fy', ...over });
    const rows = [{ code: 'GTM', point: p(270_160) }, { code: 'HND', point: p(261_060) }, { code: 'OTHER', point: p(90_000) }];
    expect(rankAmong(rows, 'GTM', 'max').status).toBe('true');
    expect(rankAmong(rows, 'HND', 'max')).toMatchObject({ status: 'false', position: 2 });
    // An "other" group larger than the member could hide a larger nationality.
    expect(rankAmong([...rows.slice(0, 2), { code: 'OTHER', point: p(900_000) }], 'GTM', 'max')).toMatchObject({ status: 'undetermined', reason: 'residual' });
    expect(rankAmong([{ code: 'A', point: p(100, { rounding: 10 }) }, { code: 'B', point: p(104, { rounding: 10 }) }], 'B', 'max').status).toBe('undetermined');
    expect(comparePair(p(10), p(10), 'more').status).toBe('tied');
    // Two figures of the same table and months compare even in a year still running.
    expect(comparePair(p(20, { complete: false, parts: 100 }), p(10, { complete: false, parts: 100 }), 'more').status).toBe('true');
  });
});

describe('class 2: qualifiers change the verdict', () => {
  it('"for the first time (since)", "more than any month of", "a record", "since"', () => {
    expect(parse('Border Patrol apprehensions topped 200,000 in May 2022 for the first time since 2000').spec).toMatchObject({ type: 'first', stated: { value: 200_000, qualifier: 'more' }, since: { year: 2000 } });
    expect(parse('Encounters in December 2023 were higher than in any month of 2022').spec).toMatchObject({ type: 'rank', direction: 'max', window: { kind: 'within', mention: { year: 2022 } } });
    expect(parse('Southwest border apprehensions in April 2017 were lower than in any month of 2016').spec).toMatchObject({ direction: 'min', window: { kind: 'within' } });
    expect(parse('Las detenciones en mayo de 2019 fueron más altas que en cualquier mes de 2018').spec).toMatchObject({ direction: 'max', window: { kind: 'within', mention: { year: 2018 } } });
    expect(parse('May 2019 set a record for Border Patrol apprehensions').spec).toMatchObject({ type: 'rank', window: { kind: 'record' } });
    expect(parse('Apprehensions at the US-Mexico border hit a 21-year high in FY2021').spec).toMatchObject({ type: 'rank', direction: 'max', window: { kind: 'years', years: 21 } });
    expect(parse('Las detenciones de menores no acompañados alcanzaron un récord en marzo de 2021').spec).toMatchObject({ type: 'rank', direction: 'max', window: { kind: 'record' } });
  });
  it('the first time: an earlier period past the threshold makes it false, a gap undetermined', () => {
    const s = { value: 150, unit: 10, qualifier: 'more' as const, text: '' };
    const series = [pt('2021-01-01', 160), pt('2021-02-01', 100), pt('2021-03-01', 170)];
    expect(firstTime(series, '2021-03-01', 'month', s).status).toBe('false');
    expect(firstTime(series, '2021-03-01', 'month', s, '2021-01-01').status).toBe('true');
    expect(firstTime(series, '2021-03-01', 'month', s, '2021-01-01').lastBefore?.period).toBe('2021-01-01');
    expect(firstTime([pt('2021-01-01', 100), pt('2021-03-01', 170)], '2021-03-01', 'month', s).status).toBe('undetermined');
    expect(firstTime(series, '2021-02-01', 'month', s).status).toBe('false');
  });
  it('"more than any month of a year" compares with every month of that year, before or after', () => {
    const series = [pt('2021-01-01', 100), pt('2021-02-01', 300), pt('2022-01-01', 200), pt('2022-02-01', 400)];
    expect(rankCheck(series, '2022-01-01', 'month', 'max', { kind: 'between', first: '2021-01-01', last: '2021-12-01' }).status).toBe('false'); // February 2021 had more
    expect(rankCheck(series, '2022-02-01', 'month', 'max', { kind: 'between', first: '2021-01-01', last: '2021-12-01' }).status).toBe('undetermined'); // months missing
    expect(rankCheck(series, '2022-02-01', 'month', 'max', { kind: 'between', first: '2021-01-01', last: '2021-02-01' }).status).toBe('true');
  });
  it('"the most on record" for the first period the store has compares with nothing: cannot be checked, not true', () => {
    const only = [pt('2021-01-01', 4_049_000, { grain: 'cy' })];
    expect(rankCheck(only, '2021-01-01', 'cy', 'max', { kind: 'record' })).toMatchObject({ status: 'undetermined', reason: 'no-earlier' });
    const two = [pt('2020-01-01', 10, { grain: 'cy' }), pt('2021-01-01', 20, { grain: 'cy' })];
    expect(rankCheck(two, '2021-01-01', 'cy', 'max', { kind: 'record' }).status).toBe('true');
    expect(rankCheck(two, '2020-01-01', 'cy', 'max', { kind: 'record' }).reason).toBe('no-earlier');
  });
});

describe('class 3: the reading the words name', () => {
  it('"encounters" is all of CBP; "Border Patrol", "apprehensions", "detenciones" are Border Patrol; the other is context', () => {
    expect(parse('There were 2.4 million southwest border encounters in FY2022').subject).toMatchObject({ definitions: ['cbp'], context: 'usbp' });
    expect(parse('Southwest border apprehensions topped 200,000 in May 2022').subject).toMatchObject({ definitions: ['usbp'], context: 'cbp' });
    expect(parse('Hubo 200.000 detenciones en la frontera suroeste en mayo de 2022').subject).toMatchObject({ definitions: ['usbp'], context: 'cbp' });
    expect(parse('Border Patrol encounters topped 200,000 in May 2022').subject).toMatchObject({ definitions: ['usbp'] });
  });
});

describe('class 4: any measure of the store, in its own country', () => {
  it('Mexico\'s returns, apprehensions and people received; UNHCR asylum applications; vaccine doses', () => {
    expect(parse('Mexico returned more than 4,000 Hondurans in 2025').subject).toMatchObject({ measure: 'inm-returns', filters: { citizenship: 'HND' }, definitions: ['measure'] });
    expect(parse('México retornó a más de 4.000 hondureños en 2025').subject).toMatchObject({ measure: 'inm-returns', filters: { citizenship: 'HND' } });
    expect(parse('Mexico apprehended more than 100,000 migrants in 2010').subject.measure).toBe('mx-presentados');
    expect(parse('Mexico received more than 10,000 non-Mexicans from the US in 2025').subject).toMatchObject({ measure: 'inm-foreigners-received', filters: {} });
    expect(parse('Asylum applications in Mexico topped 100,000 in 2021').subject).toMatchObject({ measure: 'asylum-applications', geography: 'MX' });
    expect(parse('Las solicitudes de asilo en México superaron las 100.000 en 2021').spec).toMatchObject({ type: 'amount', stated: { value: 100_000, qualifier: 'more' } });
    expect(parse('The US donated more than 10 million vaccine doses to Mexico in 2021').subject).toMatchObject({ measure: 'vaccine-doses-donated', geography: 'MX', filters: { category: 'donor:USA' } });
  });
});

describe('a country named alone ("Guatemala encounters"): a nationality or a place, never dropped', () => {
  it('before or beside the measure it is the citizenship, as the demonym is, in English and Spanish', () => {
    for (const [text, code] of [
      ['Guatemala encounters fell 50% in 2025', 'GTM'],
      ['Guatemalan encounters fell 50% in 2025', 'GTM'],
      ['Honduras encounters rose 10% in 2024', 'HND'],
      ['El Salvador apprehensions fell by more than half in FY2020', 'SLV'],
      ['Los encuentros de Guatemala cayeron 50% en 2025', 'GTM'],
      ['Encuentros de hondureños cayeron 50% en 2025', 'HND'],
      ['Guatemala encuentros cayeron 50% en 2025', 'GTM'],
    ]) {
      const c = parse(text);
      expect(c.subject, text).toMatchObject({ measure: 'encounters', geography: 'US-SWB', filters: { citizenship: code } });
      expect(c.spec.type, text).toBe('change');
      expect(c.assumptions.map((a) => a.en).join(' '), text).not.toMatch(/is read as/);
    }
    const c = parse('Guatemala encounters fell 50% in 2025');
    expect(c.understood.map((u) => u.en)).toEqual(['what is counted: CBP encounters', 'citizenship: Guatemala', 'period: 2025']);
    expect(c.understood.map((u) => u.es)).toContain('ciudadanía: Guatemala');
    // Two countries named alone are two members of a comparison.
    expect(parse('Guatemala outnumbered Honduras at the southwest border in FY2019').spec).toMatchObject({ type: 'compare', dim: 'citizenship', a: 'GTM', b: 'HND' });
  });

  it('where the country is also a place of the measure, the reading taken is said as an assumption', () => {
    // "Mexico encounters": people from Mexico, or encounters at the US-Mexico border.
    const mx = parse('Mexico encounters fell 50% in 2025');
    expect(mx.subject).toMatchObject({ geography: 'US-SWB', filters: { citizenship: 'MEX' } });
    expect(mx.assumptions[0]).toEqual({
      en: '"Mexico" is read as the citizenship of the people counted (people from Mexico), not as the place where they were counted.',
      es: '"México" se lee como la ciudadanía de las personas contadas (personas de México), no como el lugar donde se contaron.',
    });
    // UNHCR counts applications in Mexico and by Mexicans: the place is taken, and said.
    const asylum = parse('Mexico asylum applications topped 100,000 in 2021');
    expect(asylum.subject).toMatchObject({ measure: 'asylum-applications', geography: 'MX', filters: {} });
    expect(asylum.assumptions[0].en).toMatch(/^"Mexico" is read as the place where the figures are counted, not as the citizenship .*"from Mexico"/);
    expect(asylum.assumptions[0].es).toMatch(/^"México" se lee como el lugar .*"de México"/);
    // Words naming the country as a nationality or inside the measure are read as before.
    expect(parse('Mexico returned more than 4,000 Hondurans in 2025').subject).toMatchObject({ measure: 'inm-returns', filters: { citizenship: 'HND' } });
    expect(parse('Asylum applications in Mexico topped 100,000 in 2021').assumptions).toEqual([]);
    expect(parse('Encounters of people from Mexico fell 50% in 2025').assumptions.map((a) => a.en).join(' ')).not.toMatch(/is read as/);
    expect(parse('New Mexico had more than 1,000 encounters in 2024').subject).toMatchObject({ geography: 'US-NM', filters: {} });
  });

  it('says the dimensions in the language of the answer', () => {
    const c = parse('Hondurans were 20% of southwest border encounters in FY2021');
    expect(c.understood.map((u) => u.es)).toEqual(['qué se cuenta: Encuentros de CBP', 'ciudadanía: Honduras', 'geografía: Frontera terrestre suroeste', 'periodo: año fiscal 2021']);
    expect(c.understood.map((u) => u.en)).toEqual(['what is counted: CBP encounters', 'citizenship: Honduras', 'geography: Southwest land border', 'period: FY2021']);
    expect(parse('Title 42 expulsions topped 1 million in FY2021').understood.map((u) => u.es)).toContain('autoridad: Título 42');
  });

  it('says a stated percentage in the language of the answer, not in the claim\'s words', () => {
    const base = pt('2020-03-01', 100);
    const doubled = parse('Los encuentros se duplicaron en marzo de 2021 respecto a marzo de 2020').spec as Extract<ParsedClaim['spec'], { type: 'change' }>;
    const change = explainChange(changeBetween(pt('2021-03-01', 200), base), 'month', doubled.stated);
    expect(change.long.en).toMatch(/Claimed: a rise of about 100%\.$/);
    expect(change.long.es).toMatch(/Se afirma: subida de alrededor de 100%\.$/);
    const share = parse('Hondurans were 20% of southwest border encounters in FY2021').spec as Extract<ParsedClaim['spec'], { type: 'share' }>;
    const shared = explainShare({ status: 'true', part: pt('2021-03-01', 20), total: pt('2021-03-01', 100), percent: 20 }, { part: { en: 'a', es: 'a' }, total: { en: 'b', es: 'b' } }, share.stated);
    expect(shared.long.es).toMatch(/Se afirma: 20%\.$/);
    expect(statedPercent({ value: 50, unit: 1, qualifier: 'more', text: 'mas de la mitad' }, 'en')).toBe('more than 50%');
    expect(statedPercent({ value: 8.5, unit: 0.1, qualifier: 'less', text: '8.5% of' }, 'es')).toBe('menos de 8.5%');
  });
});

describe('class 5: common phrasings', () => {
  it('halves, multiples, "topped", "surpassed", "made up more than half", in both languages', () => {
    expect(parse('Encounters fell by more than half from May 2019 to September 2019').spec).toMatchObject({ type: 'change', stated: { direction: 'down', percent: { value: 50, qualifier: 'more' } } });
    expect(parse('Las detenciones cayeron más de la mitad de mayo de 2019 a septiembre de 2019').spec).toMatchObject({ type: 'change', target: { period: '2019-09-01' }, base: { kind: 'period', mention: { period: '2019-05-01' } } });
    expect(parse('Los encuentros cayeron a la mitad de mayo de 2019 a septiembre de 2019').spec).toMatchObject({ type: 'change', stated: { percent: { value: 50, qualifier: 'about' } } });
    expect(parse('Los encuentros se duplicaron en marzo de 2021 respecto a marzo de 2020').spec).toMatchObject({ stated: { direction: 'up', percent: { value: 100 } } });
    expect(parse('Encounters tripled from April 2020 to April 2021').spec).toMatchObject({ stated: { percent: { value: 200 } } });
    expect(parse('Families made up more than half of southwest border encounters in May 2019').spec).toMatchObject({ type: 'share', part: { code: 'FMUA' }, stated: { value: 50, qualifier: 'more' } });
    expect(parse('Las familias fueron más de la mitad de los encuentros en mayo de 2019').spec).toMatchObject({ type: 'share', stated: { qualifier: 'more' } });
    expect(parse('Apprehensions surpassed 100,000 in March 2019').spec).toMatchObject({ type: 'amount', stated: { value: 100_000, qualifier: 'more' } });
    expect(parse('Las detenciones rebasaron las 100.000 en marzo de 2019').spec).toMatchObject({ type: 'amount', stated: { value: 100_000, qualifier: 'more' } });
    expect(parse('Título 42: las expulsiones superaron el millón en el año fiscal 2021').spec).toMatchObject({ type: 'amount', stated: { value: 1_000_000, qualifier: 'more' } });
    expect(parse('Salvadorans made up 10% of southwest border encounters in FY2021').spec).toMatchObject({ type: 'share', part: { code: 'SLV' } });
  });
});

const pt = (period: string, value: number | null, over: Partial<Point> = {}): Point => ({
  period, grain: 'month', value, complete: true, parts: 1, expectedParts: 1, source: 's', dataset: 'd', vintage: 1, rounding: 1, cells: 1, ...over,
});

describe('comparison rules', () => {
  it('rounded figures closer than their rounding cannot be told apart', () => {
    expect(relation(pt('2021-01-01', 100, { rounding: 10 }), pt('2021-02-01', 104))).toBe('close');
    expect(relation(pt('2021-01-01', 100, { rounding: 10 }), pt('2021-02-01', 106))).toBe('below');
    expect(relation(pt('2021-01-01', 100, { rounding: 10 }), pt('2021-02-01', 106, { rounding: 10 }))).toBe('close');
    expect(relation(pt('2021-01-01', 100, { rounding: 10 }), pt('2021-02-01', 111, { rounding: 10 }))).toBe('below');
    expect(relation(pt('2021-01-01', 100), pt('2021-02-01', 100))).toBe('equal');
  });
  it('an incomplete figure is a lower bound', () => {
    const partial = pt('2021-01-01', 100, { complete: false });
    expect(relation(partial, pt('2021-02-01', 90))).toBe('above');
    expect(relation(partial, pt('2021-02-01', 120))).toBe('unknown');
    expect(relation(pt('2021-02-01', 90), partial)).toBe('below');
  });
  it('a difference within rounding leaves the rank undetermined, never true', () => {
    const points = [pt('2021-01-01', 1000, { rounding: 10 }), pt('2021-02-01', 995)];
    expect(rankCheck(points, '2021-02-01', 'month', 'max', { kind: 'record' }).status).toBe('undetermined');
    expect(rankCheck([pt('2021-01-01', 900, { rounding: 10 }), pt('2021-02-01', 995)], '2021-02-01', 'month', 'max', { kind: 'record' }).status).toBe('true');
  });
  it('combines definitions: they decide when they can be checked, disagreement is partly true', () => {
    expect(combine(['true', 'undetermined'])).toBe('true');
    expect(combine(['true', 'false'])).toBe('partly true');
    expect(combine(['tied'])).toBe('partly true');
    expect(combine(['undetermined', 'undetermined'])).toBe('undetermined');
    expect(combine(['false', 'false'])).toBe('false');
  });
  it('judges stated counts by their qualifier and precision', () => {
    expect(judge(2_378_944, { value: 2_400_000, unit: 100_000, qualifier: 'exact', text: '' })).toBe('true');
    expect(judge(2_378_944, { value: 2_000_000, unit: 1_000_000, qualifier: 'exact', text: '' })).toBe('partly');
    expect(judge(2_378_944, { value: 2_400_000, unit: 100_000, qualifier: 'nearly', text: '' })).toBe('true');
    expect(judge(2_378_944, { value: 2_000_000, unit: 1_000_000, qualifier: 'less', text: '' })).toBe('false');
  });
});
