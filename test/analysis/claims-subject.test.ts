/**
 * What a claim counts (parse/subject.ts), read with the vocabulary the store is written
 * from: the measure the words name, the place and the nationalities. One group per defect
 * a QA pass found: asylum claims with no country, Mexico's returns before INM's daily files,
 * the Darién read as Border Patrol encounters, and Spanish claims about Mexico's own counts.
 */
import { describe, expect, it } from 'vitest';
import { parseClaim, type ParsedClaim } from '../../src/analysis/claims/parse/claim.js';
import { codeVocabulary } from './claims-vocabulary.js';

const VOCAB = codeVocabulary();
const parse = (text: string, lang?: 'en' | 'es'): ParsedClaim => {
  const r = parseClaim(text, VOCAB, lang);
  if ('unreadable' in r) throw new Error(`unreadable: ${r.missing.en}`);
  return r;
};
const said = (c: ParsedClaim, lang: 'en' | 'es' = 'en') => c.assumptions.map((a) => a[lang]).join(' ');

describe('a measure counted in several countries, with no country named', () => {
  it('"COMAR" (Mexico\'s refugee commission) names Mexico, in English and Spanish', () => {
    for (const [text, lang] of [
      ['COMAR received fewer than 150,000 asylum requests in 2021', 'en'],
      ['La COMAR recibió menos de 150 mil solicitudes de asilo en 2021', 'es'],
      ['Mexico\'s refugee commission received more than 100,000 asylum applications in 2021', 'en'],
      ['La Comisión Mexicana de Ayuda a Refugiados recibió más de 100.000 solicitudes de asilo en 2021', 'es'],
    ] as const) {
      const c = parse(text, lang);
      expect(c.subject, text).toMatchObject({ measure: 'asylum-applications', geography: 'MX', filters: {} });
      expect(c.understood.map((u) => u.en), text).toContain('geography: Mexico');
      expect(said(c), text).not.toMatch(/No country is named/);
    }
    expect(parse('COMAR received fewer than 150,000 asylum requests in 2021').spec).toMatchObject({ type: 'amount', stated: { value: 150_000, qualifier: 'less' } });
  });

  it('no country at all: the country the figures are read for is named, with the assumption stated, never silently', () => {
    const c = parse('Asylum applications topped 100,000 in 2021');
    expect(c.subject).toMatchObject({ measure: 'asylum-applications', geography: 'US' });
    expect(said(c, 'en')).toMatch(/^No country is named: the figures for United States are read; .*4 countries.*"in Mexico"/);
    expect(said(c, 'es')).toMatch(/^No se nombra un país: se leen las cifras de Estados Unidos; .*4 países.*"en México"/);
    // Where the figures are not counted in the US, every country is added up, and that is said too.
    const doses = parse('More than 10 million vaccine doses were donated in 2021');
    expect(doses.subject.geography).toBeUndefined();
    expect(said(doses)).toMatch(/^No country is named: the figures of the 3 countries .* are added up/);
    // A measure counted in one country needs no such assumption.
    expect(said(parse('Mexico apprehended more than 100,000 migrants in 2019'))).not.toMatch(/No country/);
  });
});

describe('Mexico\'s returns: the words name UPM\'s table and INM\'s files; the period claimed chooses', () => {
  it('a period before INM\'s files (October 2024) is read from UPM\'s returns, and the answer says which and why', () => {
    for (const [text, lang] of [
      ['Mexico returned 149,812 people in 2019', 'en'],
      ['México devolvió 149,812 extranjeros en 2019', 'es'],
      ['Mexico deported more Hondurans than Guatemalans in 2019', 'en'],
      ['Mexico returned more than 100,000 people in 2024', 'en'],
    ] as const) {
      const c = parse(text, lang);
      expect(c.subject.measure, text).toBe('mx-returns');
      expect(said(c, 'en'), text).toMatch(/Foreigners returned by Mexico \(devueltos\)" \(January 2015 to April 2025\) .* is read, as its figures cover the period claimed/);
      expect(said(c, 'es'), text).toMatch(/de enero de 2015 a abril de 2025.*se lee la primera, porque sus cifras cubren el periodo afirmado/);
    }
    expect(parse('Mexico deported more Hondurans than Guatemalans in 2019').spec).toMatchObject({ type: 'compare', dim: 'citizenship', a: 'HND', b: 'GTM', direction: 'more' });
  });

  it('2025 and its months stay INM\'s returns (both tables cover a month of early 2025: the series still published is read)', () => {
    for (const text of ['Mexico returned more than 4,000 Hondurans in 2025', 'Mexico deported more than 1,000 Hondurans in March 2025', 'México retornó a más de 4.000 hondureños en 2025', 'Chiapas had the most returns of any Mexican state in 2025']) {
      expect(parse(text).subject.measure, text).toBe('inm-returns');
    }
    expect(said(parse('Mexico deported more than 1,000 Hondurans in March 2025'))).toMatch(/"Foreigners returned by Mexico to their country" \(October 2024 to May 2026\) .* is read, the more recent of the two \(both cover the period claimed\)/);
  });
});

describe('the Darién: Panama\'s count of irregular transits, never Border Patrol encounters', () => {
  it('reads the Darién\'s words as darien-crossings, in English and Spanish', () => {
    for (const [text, lang, type] of [
      ['Darien crossings were 520,085 in 2023', 'en', 'amount'],
      ['More than 500,000 people crossed the Darién in 2023', 'en', 'amount'],
      ['Los cruces por el Darién superaron los 500.000 en 2023', 'es', 'amount'],
      ['Venezuelans were more than half of Darién transits in 2023', 'en', 'share'],
      ['Crossings in the Darién topped 500,000 in 2023', 'en', 'amount'],
      ['More than 500,000 migrants passed through the Darién in 2023', 'en', 'amount'],
    ] as const) {
      const c = parse(text, lang);
      expect(c.subject, text).toMatchObject({ measure: 'darien-crossings', definitions: ['measure'] });
      expect(c.subject.context, text).toBeUndefined();
      expect(c.spec.type, text).toBe(type);
    }
    expect(parse('Venezuelans were more than half of Darién transits in 2023').spec).toMatchObject({ type: 'share', part: { dim: 'citizenship', code: 'VEN' }, stated: { value: 50, qualifier: 'more' } });
    // Words of another measure with the Darién named: the only figures for the Darién are read, and that is said.
    const crossings = parse('Crossings in the Darién topped 500,000 in 2023');
    expect(said(crossings)).toMatch(/"CBP encounters" are not counted in Darién: the figures there are "Irregular transits through the Darién \(Panama\)", which are read/);
    expect(said(crossings, 'es')).toMatch(/"Encuentros de CBP" no se cuentan en Darién: .*"Tránsito irregular por el Darién \(Panamá\)"/);
  });

  it('Border Patrol named in the Darién stays Border Patrol (a refusal), read once: no second reading as context', () => {
    const c = parse('Border Patrol apprehensions in the Darién were 1,000 in FY2023');
    expect(c.subject).toMatchObject({ measure: 'encounters', geography: 'PA-DARIEN', definitions: ['usbp'] });
    expect(c.subject.context).toBeUndefined();
  });
});

describe('Spanish claims about Mexico\'s own counts', () => {
  it('"detenciones de hondureños en México": the words of Mexico\'s count around a nationality', () => {
    const c = parse('detenciones de hondureños en México en 2021 fueron 128.054', 'es');
    expect(c.subject).toMatchObject({ measure: 'mx-presentados', filters: { citizenship: 'HND' }, definitions: ['measure'] });
    expect(c.subject.geography).toBeUndefined();
    expect(c.spec).toMatchObject({ type: 'amount', stated: { value: 128_054, qualifier: 'exact' } });
    expect(parse('Las aprehensiones de guatemaltecos en México superaron las 90.000 en 2019', 'es').subject).toMatchObject({ measure: 'mx-presentados', filters: { citizenship: 'GTM' } });
    // Without Mexico, "detenciones" stays Border Patrol's.
    expect(parse('detenciones de hondureños en la frontera suroeste en 2021 fueron 300.000', 'es').subject).toMatchObject({ measure: 'encounters', geography: 'US-SWB', filters: { citizenship: 'HND' } });
  });

  it('"por México" names who returned them, not a second citizenship', () => {
    const c = parse('devoluciones de hondureños por México en 2019 fueron 72.125', 'es');
    expect(c.subject).toMatchObject({ measure: 'mx-returns', filters: { citizenship: 'HND' } });
    expect(c.understood.map((u) => u.en).filter((u) => u.startsWith('citizenship'))).toEqual(['citizenship: Honduras']);
    expect(said(c)).not.toMatch(/is read as the citizenship/);
  });

  it('"desde Estados Unidos" / "from the United States" names where people came from, not their citizenship', () => {
    for (const [text, lang] of [
      ['En enero de 2025 México recibió a más de 3,000 extranjeros desde Estados Unidos', 'es'],
      ['In January 2025 Mexico received more than 3,000 foreigners from the United States', 'en'],
    ] as const) {
      const c = parse(text, lang);
      expect(c.subject, text).toMatchObject({ measure: 'inm-foreigners-received', filters: {} });
      expect(c.understood.map((u) => u.en), text).not.toContain('citizenship: United States of America');
      expect(c.spec, text).toMatchObject({ type: 'amount', target: { kind: 'month', period: '2025-01-01' }, stated: { value: 3_000, qualifier: 'more' } });
    }
    // A nationality named as such still filters: Hondurans received from the United States.
    expect(parse('Mexico received more than 500 Hondurans from the United States in January 2025').subject).toMatchObject({ measure: 'inm-foreigners-received', filters: { citizenship: 'HND' } });
  });
});

describe('"expelled", "expulsions", "expulsados": Title 42 expulsions, not every encounter', () => {
  it('the measure\'s own words keep the Title 42 filter, in English and Spanish', () => {
    // Before: "expelled" named encounters and its Title 42 reading was dropped with the measure's words, so
    // "152,588 people in families were expelled in 2021" was judged false against all 605,879 encounters of families.
    for (const [text, lang] of [
      ['152,588 people in families were expelled in 2021', 'en'],
      ['The US expels more than 10,000 families a month, as in March 2021', 'en'],
      ['Title 42 expulsions of families were 152,588 in 2021', 'en'],
      ['En 2021 se expulsaron 152,588 personas en familia', 'es'],
      ['Las expulsiones de familias fueron 152,588 en 2021', 'es'],
    ] as const) {
      const c = parse(text, lang);
      expect(c.subject, text).toMatchObject({ measure: 'encounters', filters: { authority: 'T42', demographic: 'FMUA' } });
    }
  });

  it('other counts keep their own reading: encounters, and the people Mexico received', () => {
    expect(parse('Encounters of families were 605,879 in 2021').subject.filters.authority).toBeUndefined();
    const received = parse('Mexico received 50,000 expelled families in 2025').subject;
    expect(received.measure).toBe('inm-foreigners-received');
    expect(received.filters.authority).toBeUndefined();
  });
});

describe('an authority or a component named with a count that has none', () => {
  it('is said to describe the people counted, not listed as if it narrowed the count', () => {
    // Before: "Understood: ... authority: Title 42" while the figures were all the people Mexico received.
    const c = parse('Mexico received 50,000 expelled families in 2025');
    expect(c.subject.filters.authority).toBeUndefined();
    expect(c.understood.map((u) => u.en)).toContain('authority: Title 42 (describes the people counted; not a breakdown of this count)');
    expect(c.understood.map((u) => u.es)).toContain('autoridad: Título 42 (describe a las personas contadas; esta cifra no se desglosa así)');
    // With encounters it is a filter, listed plainly.
    expect(parse('Title 42 expulsions were 100,000 in March 2021').understood.map((u) => u.en)).toContain('authority: Title 42');
  });
});

describe('a component or a category a count is broken down by narrows it; named with another count it is said, never a filter', () => {
  it('"ICE removed": ICE\'s removals, not all of DHS\'s, in English and Spanish', () => {
    // Before: "ICE" was not a word the checker knew, and "ICE removed 59,011 people in fiscal year 2021" was judged False
    // against all 85,130 DHS removals; "El ICE deportó ..." was read as CBP encounters with the component ICE.
    for (const [text, lang] of [
      ['ICE removed 59,011 people in fiscal year 2021', 'en'],
      ['Immigration and Customs Enforcement deported 59,011 people in FY2021', 'en'],
      ['El ICE deportó a 59,011 personas en el año fiscal 2021', 'es'],
    ] as const) {
      expect(parse(text, lang).subject, text).toMatchObject({ measure: 'removals', filters: { component: 'ICE' } });
    }
    expect(parse('The US deported 85,000 people in FY2021').subject.filters.component).toBeUndefined();
  });

  it('"released" is Border Patrol\'s releases among book-outs; with encounters it is set aside, and said', () => {
    // Before: "Border Patrol released 100,000 migrants in 2022" was checked against Border Patrol's 2.2 million encounters.
    for (const [text, lang] of [
      ['Border Patrol released 100,000 migrants in 2022', 'en'],
      ['La Patrulla Fronteriza liberó a más de 500 mil migrantes en 2022', 'es'],
    ] as const) {
      expect(parse(text, lang).subject, text).toMatchObject({ measure: 'bookouts', filters: { component: 'USBP', category: 'bookout:usbp-release' } });
    }
    const c = parse('CBP released data showing 200,000 encounters in March 2022');
    expect(c.subject).toMatchObject({ measure: 'encounters', filters: {} });
    expect(c.understood.map((u) => u.en).join(' ')).toContain('(named, but this count is not broken down by it: left aside)');
    expect(c.understood.map((u) => u.es).join(' ')).toContain('(nombrado, pero esta cifra no se desglosa así: se deja de lado)');
  });

  it('ICE named alone never makes a count of encounters', () => {
    expect(parse('ICE made 143,000 administrative arrests in FY2019').subject.measure).toBe('ice-arrests');
    expect(parse('ICE deported 185,884 people in FY2020').subject.measure).toBe('removals');
  });
});
