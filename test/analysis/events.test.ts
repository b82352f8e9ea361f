import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../src/analysis/events/filter.js';
import { loadEvents, parseEvents } from '../../src/analysis/events/load.js';
import { titleNote, withTitleNote } from '../../src/analysis/events/title-note.js';
import { InputError } from '../../src/errors.js';
import { unitsWithoutLabel, withUnitLabels } from '../../src/analysis/events/units.js';

const events = loadEvents();

/** A valid entry to break one field at a time. */
const entry = (over: Record<string, unknown> = {}) => ({
  id: 'test-event',
  date: '2021-03-19',
  actor: 'MX',
  kind: 'policy-start',
  title: { en: 'A title', es: 'Un título' },
  description: { en: 'What happened.', es: 'Qué pasó.' },
  source: { publisher: { en: 'SRE', es: 'SRE' }, title: 'Comunicado', title_lang: 'es', url: 'https://www.gob.mx/sre', primary: true },
  evidence: { url: 'https://www.gob.mx/sre', quote: 'a quote long enough' },
  verified: true,
  ...over,
});
const file = (...entries: unknown[]) => ({ about: 'test', events: entries });

describe('the timeline file (data/events.json)', () => {
  it('holds at least the entries the issue lists, each once', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'title42-start', 'title42-end', 'mpp-start', 'mpp-suspension', 'mpp-restart', 'mpp-end', 'mx-guard-south-2019',
      'uc-expulsion-injunction-2020', 'uc-expulsion-exception-2021', 'mx-south-border-restriction-2021', 'us-az-loan-2021',
      'chnv-venezuela-2022', 'chnv-2023', 'cbp-one-start', 'cbp-one-end', 'securing-the-border-2024', 'us-border-measures-2025',
      'mx-guard-north-2025', 'mexico-te-abraza',
    ]) expect(ids).toContain(id);
  });

  it('gives every entry a source address and a quote from the page read', () => {
    for (const e of events) {
      expect(e.source.url, e.id).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
      expect(e.evidence.url, e.id).toMatch(/^https?:\/\//);
      expect(e.evidence.quote.length, e.id).toBeGreaterThanOrEqual(10);
      for (const f of e.figures) expect(f.url, `${e.id} figure`).toMatch(/^https?:\/\//);
    }
  });

  it('has real dates, ends after starts, and titles and descriptions in English and Spanish', () => {
    for (const e of events) {
      for (const d of [e.date, e.endDate, e.announced].filter(Boolean) as string[]) {
        expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10), e.id).toBe(d);
      }
      if (e.endDate) expect(e.endDate >= e.date, e.id).toBe(true);
      for (const t of [e.title, e.description]) {
        expect(t.en.trim().length, e.id).toBeGreaterThan(0);
        expect(t.es.trim().length, e.id).toBeGreaterThan(0);
        expect(t.es, e.id).not.toBe(t.en);
      }
    }
  });

  it('writes every note in English and Spanish, and says which language each source title is in', () => {
    let notes = 0;
    for (const e of events) {
      for (const n of [e.note, e.evidence.note]) {
        if (!n) continue;
        notes++;
        expect(n.es, e.id).not.toBe(n.en);
      }
      expect(['en', 'es'], e.id).toContain(e.source.title_lang);
      // The Spanish sources of the timeline are Mexico's government's own pages.
      if (e.source.url.includes('gob.mx')) expect(e.source.title_lang, e.id).toBe('es');
      // What the project adds to a Spanish title (the date read) is in Spanish too.
      if (e.source.title_lang === 'es') expect(e.source.title, e.id).not.toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/);
    }
    expect(notes).toBeGreaterThan(10);
  });

  it('tells a reader when a source title is quoted in the other language', () => {
    const en = events.find((e) => e.source.title_lang === 'en')!;
    const es = events.find((e) => e.source.title_lang === 'es')!;
    expect(titleNote(en, 'en')).toBeUndefined();
    expect(titleNote(en, 'es')).toBe('título original en inglés');
    expect(titleNote(es, 'en')).toBe('original title, in Spanish');
    expect(withTitleNote(es, 'es').source).toEqual(es.source);
    expect(withTitleNote(en, 'es').source.title_note).toBe('título original en inglés');
    expect(withTitleNote(en, 'es').source.title).toBe(en.source.title);
  });

  it('has the Spanish of every unit its figures use, and gives it with the figure', () => {
    expect(events.some((e) => e.figures.length > 0)).toBe(true);
    expect(unitsWithoutLabel(events)).toEqual([]);
    const chnv = withUnitLabels(events.find((e) => e.id === 'chnv-2023')!, 'es');
    expect(chnv.figures[0]).toMatchObject({ unit: 'travel authorizations per month', unit_label: 'autorizaciones de viaje por mes' });
    expect(unitsWithoutLabel([{ ...chnv, figures: [{ ...chnv.figures[0], unit: 'boats' }] }])).toEqual(['boats']);
  });

  it('records the dates checked against the sources', () => {
    const byId = Object.fromEntries(events.map((e) => [e.id, e]));
    expect([byId['title42-start'].date, byId['title42-end'].date]).toEqual(['2020-03-20', '2023-05-11']);
    expect([byId['mpp-start'].date, byId['mpp-suspension'].date, byId['mpp-restart'].date, byId['mpp-end'].date]).toEqual(['2019-01-28', '2021-01-21', '2021-12-06', '2022-08-08']);
    expect([byId['cbp-one-start'].date, byId['cbp-one-end'].date]).toEqual(['2023-01-12', '2025-01-20']);
    expect(byId['securing-the-border-2024'].date).toBe('2024-06-05');
    expect(byId['mx-guard-north-2025'].figures[0].value).toBe(10_000);
    expect(byId['us-az-loan-2021'].figures.map((f) => f.value)).toEqual([2_500_000, 1_500_000]);
  });
});

describe('the timeline schema rejects', () => {
  const reject = (json: unknown, found: RegExp) => {
    expect(() => parseEvents(json)).toThrow(InputError);
    expect(() => parseEvents(json)).toThrow(found);
  };
  it('an entry without a source address', () => {
    const { url: _url, ...source } = entry().source;
    reject(file(entry({ source })), /entry "test-event"/);
    reject(file(entry({ source: { ...entry().source, url: '' } })), /column "source.url"/);
    reject(file(entry({ source: { ...entry().source, url: 'gob.mx/sre' } })), /http\(s\) address/);
  });
  it('a date that does not exist, and an end before the start', () => {
    reject(file(entry({ date: '2021-02-30' })), /real date/);
    reject(file(entry({ endDate: '2021-01-01' })), /ends \(2021-01-01\) before it starts/);
  });
  it('a missing Spanish title, an unknown actor or kind', () => {
    reject(file(entry({ title: { en: 'Only English' } })), /column "title.es"/);
    reject(file(entry({ actor: 'CA' })), /column "actor"/);
    reject(file(entry({ kind: 'rumour' })), /column "kind"/);
  });
  it('a duplicate id and a link to an entry that is not there', () => {
    reject(file(entry(), entry()), /"test-event" a second time/);
    reject(file(entry({ related: ['nowhere'] })), /"nowhere" in "test-event"/);
  });
  it('an unverified entry without a note saying what is unconfirmed', () => {
    reject(file(entry({ verified: false })), /needs a note/);
    const note = { en: 'the day is not confirmed', es: 'el día no está confirmado' };
    expect(parseEvents(file(entry({ verified: false, note })))[0].note).toEqual(note);
  });
  it('a note in English only, or without its Spanish, in the entry or its evidence', () => {
    reject(file(entry({ verified: false, note: 'the day is not confirmed' })), /column "note".*a note in English only needs its Spanish too/);
    reject(file(entry({ verified: false, note: { en: 'the day is not confirmed' } })), /column "note.es"/);
    reject(file(entry({ evidence: { ...entry().evidence, note: 'read on the page' } })), /column "evidence.note"/);
    reject(file(entry({ evidence: { ...entry().evidence, note: { en: 'read on the page', es: '  ' } } })), /column "evidence.note.es"/);
  });
  it('a source title without its language', () => {
    const { title_lang: _lang, ...source } = entry().source;
    reject(file(entry({ source })), /column "source.title_lang"/);
    reject(file(entry({ source: { ...source, title_lang: 'fr' } })), /column "source.title_lang"/);
  });
});

describe('filtering the timeline', () => {
  it('by actor and kind', () => {
    const mx = filterEvents(events, { actor: ['mx'], kind: ['deployment'] });
    expect(mx.map((e) => e.id)).toEqual(['mx-guard-south-2019', 'mx-guard-north-2025']);
  });
  it('by period, keeping policies still in force', () => {
    const ids = filterEvents(events, { from: '2023-01', to: '2023-01' }).map((e) => e.id);
    expect(ids).toContain('title42-start'); // in force 2020-03-20 to 2023-05-11
    expect(ids).toContain('chnv-2023');
    expect(ids).not.toContain('title42-end');
  });
  it('says which values are allowed', () => {
    expect(() => filterEvents(events, { actor: ['CA'] })).toThrow(/unknown actor "CA": use US, MX, GT, HN, SV, bilateral/);
    expect(() => filterEvents(events, { from: '2021-13' })).toThrow(/not a period/);
  });
  it('refuses a day the calendar lacks, a year it cannot hold and a reversed range', () => {
    expect(() => filterEvents(events, { from: '2021-02-30' })).toThrow(/"2021-02-30" is not a date: 2021-02 has no day 30/);
    expect(() => filterEvents(events, { to: '2021-04-31' })).toThrow(/"2021-04-31" is not a date: 2021-04 has no day 31/);
    expect(() => filterEvents(events, { from: '0000' })).toThrow(/"0000" is outside the years corridor can hold \(1900 to 2100\)/);
    expect(() => filterEvents(events, { from: '2024', to: '2020' })).toThrow(/the range is reversed: from 2024 comes after to 2020/);
    expect(() => filterEvents(events, { from: '2021-03-02', to: '2021-03-01' })).toThrow(/the range is reversed/);
    // One month from its first to its last day, and a leap day, are fine.
    expect(filterEvents(events, { from: '2021-03', to: '2021-03' }).length).toBeGreaterThan(0);
    expect(() => filterEvents(events, { from: '2020-02-29', to: '2020-02-29' })).not.toThrow();
  });
});
