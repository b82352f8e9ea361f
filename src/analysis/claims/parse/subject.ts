/**
 * What a claim counts, read with the store's vocabulary (vocabulary.ts): the measure
 * (and for encounters the reading its words name), the place, and the nationalities,
 * demographics, authorities, components and places it names. Every code named is kept
 * with its position, so the claim parser can tell a filter ("Hondurans were 20% of ...")
 * from the members of a comparison ("Hondurans outnumbered Guatemalans").
 *
 * The subject is never guessed silently: a measure's words may surround a nationality
 * ("detenciones de hondureños en México"); words that name two measures are read as the
 * one whose figures cover the period claimed (Mexico's returns: UPM's table or INM's
 * files); a place only one measure counts names that measure (the Darién); a country the
 * measure's own words name is who counts or where people came from ("devoluciones por
 * México", "desde Estados Unidos"), not a nationality; and a measure counted in several
 * countries with none named is read for one, said as an assumption.
 */
import { DIMENSION_NAMES, type Dimension } from '../../../model/index.js';
import type { Bilingual, DefinitionId, Subject } from '../types.js';
import { countedIn, countryOf, findTerms, inItsCountries, isDemonym as isDemonymEntry, phrase, type Found, type Span, type Vocabulary } from '../vocabulary.js';
import { findPeriods, type PeriodMention } from './periods.js';

export interface Part {
  dim: Dimension;
  code: string;
  at: number;
  end: number;
  label: string;
}

export interface ParsedSubject {
  /** Undefined when no measure could be told from the words. */
  subject?: Subject;
  /** Every code named, in order. */
  mentions: Part[];
  /** Filters and components that can be the part of a share. */
  parts: Part[];
  measureAt?: number;
  understood: Bilingual[];
  assumptions: Bilingual[];
}

// Words that name Border Patrol's count rather than all of CBP's (docs/CLAIMS.md, "Default definitions").
const BORDER_PATROL_WORDS = /\b(apprehensions?|apprehended|border arrests|arrests at the border|illegal crossings|border crossings|crossings|caught|aprehensiones|aprehendidos|detenciones|detenidos|detenidas|cruces)\b/;
const ALL_CBP_WORDS = /\b(cbp|all encounters|total encounters|including (?:those at )?ports of entry|encuentros totales|todos los encuentros|incluidos los puertos)\b/;

/** A measure's words found with a nationality or a group between them, and where those are. */
type MeasureHit = Found & { gaps?: [number, number][] };

/** Words that join a nationality or a group to the words around it: "de (los) hondureños", "of (the) families". */
const JOINING = new Set(['de', 'del', 'of', 'a', 'los', 'las', 'the', 'among', 'entre']);

const measureVocabularies = new WeakMap<Vocabulary, Vocabulary>();
/** The vocabulary's measure words alone (looked up again once members are set aside). */
function measuresOnly(vocab: Vocabulary): Vocabulary {
  let v = measureVocabularies.get(vocab);
  if (!v) measureVocabularies.set(vocab, (v = { ...vocab, entries: vocab.entries.filter((e) => e.dimension === 'measure') }));
  return v;
}

/**
 * A measure's words with a nationality or a group between them: "detenciones de hondureños
 * en México" has the words of Mexico's count, "detenciones en México", around "de hondureños".
 * Only the words between are set aside; the nationality stays a filter.
 */
function measuresAround(norm: string, members: Found[], vocab: Vocabulary): MeasureHit[] {
  const text = norm.replace(/[^a-z0-9]/g, ' ');
  const gaps: [number, number][] = [];
  for (const m of members) {
    if ((m.dimension !== 'citizenship' && m.dimension !== 'demographic') || m.bare) continue;
    let at = m.at;
    for (let i = 0; i < 2; i++) {
      const w = text.slice(0, at).match(/([a-z]+) +$/);
      if (!w || !JOINING.has(w[1])) break;
      at = w.index!;
    }
    gaps.push([at, m.end]);
  }
  if (!gaps.length) return [];
  let blanked = text;
  for (const [a, b] of gaps) blanked = blanked.slice(0, a) + ' '.repeat(b - a) + blanked.slice(b);
  return findTerms(blanked, measuresOnly(vocab))
    .measures.map((h) => ({ ...h, gaps: gaps.filter(([a, b]) => a > h.at && b < h.end) }))
    .filter((h) => h.gaps.length > 0);
}

const MONTH_NAMES = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

const DAY = 86_400_000;
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - DAY).toISOString().slice(0, 10);

/** "January 2015 to April 2025" / "de enero de 2015 a abril de 2025"; years for a measure published by year. */
function spanLabel(span: Span): Bilingual {
  const last = dayBefore(span.end);
  if (!span.monthly) return { en: `${span.first.slice(0, 4)} to ${last.slice(0, 4)}`, es: `de ${span.first.slice(0, 4)} a ${last.slice(0, 4)}` };
  const month = (d: string, lang: 'en' | 'es') => `${MONTH_NAMES[lang][Number(d.slice(5, 7)) - 1]}${lang === 'es' ? ' de' : ''} ${d.slice(0, 4)}`;
  return { en: `${month(span.first, 'en')} to ${month(last, 'en')}`, es: `de ${month(span.first, 'es')} a ${month(last, 'es')}` };
}

/** The days a period mention covers: [first day, day after]. */
function rangeOf(p: PeriodMention): [string, string] {
  if (p.kind === 'month') {
    const d = new Date(`${p.period}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1);
    return [p.period, d.toISOString().slice(0, 10)];
  }
  if (p.yearType === 'fy') return [`${p.year - 1}-10-01`, `${p.year}-10-01`];
  return [`${p.year}-01-01`, `${p.year + 1}-01-01`];
}

/** The share of a period's days inside a measure's span (0 to 1). */
function covered(p: PeriodMention, span: Span): number {
  const [a, b] = rangeOf(p);
  const lo = a > span.first ? a : span.first;
  const hi = b < span.end ? b : span.end;
  return hi > lo ? (Date.parse(hi) - Date.parse(lo)) / (Date.parse(b) - Date.parse(a)) : 0;
}

/**
 * Whether a component, authority or category named narrows the measure's count: when its tables report it (a component or
 * an authority always for encounters, the two readings of which are built from them). A category another measure's words
 * name ("released" in "CBP released data showing 200,000 encounters") is not one of the count's.
 */
function narrows(measureId: string, m: Part, vocab: Vocabulary): boolean {
  if (m.dim !== 'category' && measureId === 'encounters') return true;
  // A store read without them: a category narrows, a component or an authority only encounters (as before they were read).
  if (!vocab.breakdownsOf) return m.dim === 'category';
  return vocab.breakdownsOf.get(measureId)?.has(`${m.dim}:${m.code}`) === true;
}

/** Dimensions whose members belong to some measures only: named with another, they describe the people counted. */
const ONLY_SOME_MEASURES = new Set<Dimension>(['component', 'authority', 'category']);

const COUNT_WORDS: Bilingual[] = [{ en: 'two', es: 'dos' }, { en: 'three', es: 'tres' }, { en: 'four', es: 'cuatro' }];
const measureName = (code: string, vocab: Vocabulary): Bilingual => vocab.labels.get(`measure:${code}`) ?? { en: code, es: code };
const placeName = (code: string, vocab: Vocabulary): Bilingual => vocab.labels.get(`geography:${code}`) ?? { en: code, es: code };

/**
 * Words that name two measures counting the same thing over different years (Mexico's
 * returns in UPM's monthly table, 2015 to April 2025, and in INM's daily files, from October
 * 2024) are read as the one whose figures cover most of the periods the claim names; where
 * both cover them, the series still published (the later span). Which one, and why, is said.
 */
function chooseMeasure(hit: Found, norm: string, vocab: Vocabulary, assumptions: Bilingual[]): string {
  const codes = [hit.code, ...(hit.alternatives ?? [])];
  if (codes.length === 1) return hit.code;
  const periods = findPeriods(norm).map((m) => m.mention);
  const scored = codes.map((code, i) => {
    const span = vocab.spans.get(code);
    return { code, i, span, cover: span ? periods.reduce((t, p) => t + covered(p, span), 0) : 0 };
  });
  // A store without figures has no spans: the first the words name is read, as before.
  if (!scored.some((s) => s.span)) return hit.code;
  scored.sort((a, b) => b.cover - a.cover || (b.span?.end ?? '').localeCompare(a.span?.end ?? '') || a.i - b.i);
  const [first, second] = scored;
  const full = periods.length > 0 && first.cover >= periods.length - 1e-9;
  const why: Bilingual =
    first.cover === 0
      ? { en: 'though none of them covers the period claimed', es: 'aunque ninguna cubre el periodo afirmado' }
      : first.cover > second.cover
        ? full
          ? { en: 'as its figures cover the period claimed', es: 'porque sus cifras cubren el periodo afirmado' }
          : { en: 'as its figures cover more of the period claimed', es: 'porque sus cifras cubren más del periodo afirmado' }
        : { en: 'the more recent of the two (both cover the period claimed)', es: 'la más reciente (ambas cubren el periodo afirmado)' };
  const count = COUNT_WORDS[scored.length - 2] ?? { en: String(scored.length), es: String(scored.length) };
  const listed = (lang: 'en' | 'es') =>
    scored.map((s) => `"${measureName(s.code, vocab)[lang]}"${s.span ? ` (${spanLabel(s.span)[lang]})` : ''}`).join(lang === 'en' ? ' and ' : ' y ');
  assumptions.push({
    en: `These words name ${count.en} counts: ${listed('en')}; the first is read, ${why.en}.`,
    es: `Estas palabras nombran ${count.es} cifras: ${listed('es')}; se lee la primera, ${why.es}.`,
  });
  return first.code;
}

/** The one measure whose tables report the place, if only one does (Panama's count for the Darién). */
function onlyMeasureOf(place: string, vocab: Vocabulary): string | undefined {
  const found = [...vocab.placesOf.keys()].filter((m) => countedIn(m, place, vocab));
  return found.length === 1 ? found[0] : undefined;
}

const normaliseWords = (text: string) => phrase(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The one measure counted in the place whose own phrases use the words the claim used: "the
 * most apprehended nationality in Mexico" names Border Patrol's "apprehended", which is not
 * counted in Mexico; "apprehended in Mexico" is Mexico's count, so that is the one read.
 */
function sameWordThere(said: string, place: string, vocab: Vocabulary): string | undefined {
  const words = new RegExp(`(^| )${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
  // In the place's country: the query engine adds a measure's states up to a region such as Mexico's southern border.
  const hits = vocab.entries.filter((e) => e.dimension === 'measure' && e.phrase !== said && words.test(e.phrase) && vocab.placesOf.has(e.code) && inItsCountries(e.code, place, vocab));
  const one = (list: typeof hits) => (new Set(list.map((e) => e.code)).size === 1 ? list[0].code : undefined);
  // Several: the one whose words also name the place ("apprehended in Mexico", not "rescued, apprehended by INM").
  const names = Object.values(placeName(place, vocab)).map((n) => new RegExp(`(^| )${normaliseWords(n)}( |$)`));
  return one(hits) ?? one(hits.filter((e) => names.some((n) => n.test(e.phrase))));
}

/** Whether `code` lies inside `ancestor` (a state in its country, a region in it), along main parents. */
function insidePlace(code: string, ancestor: string, vocab: Vocabulary): boolean {
  for (let c = vocab.places.get(code)?.parent, i = 0; c && i < 10; c = vocab.places.get(c)?.parent, i++) if (c === ancestor) return true;
  return false;
}

/** The one place the measure is counted in whose own phrases use the words the claim used ("southern border" → Mexico's southern border states). */
function samePlaceThere(said: string, measure: string, vocab: Vocabulary): string | undefined {
  const words = new RegExp(`(^| )${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
  const found = new Set(vocab.entries.filter((e) => e.dimension === 'geography' && e.phrase !== said && words.test(e.phrase) && inItsCountries(measure, e.code, vocab)).map((e) => e.code));
  return found.size === 1 ? [...found][0] : undefined;
}

function notCountedThere(measure: string, only: string, place: string, vocab: Vocabulary): Bilingual {
  const [m, o, p] = [measureName(measure, vocab), measureName(only, vocab), placeName(place, vocab)];
  return {
    en: `"${m.en}" are not counted in ${p.en}: the figures there are "${o.en}", which are read.`,
    es: `"${m.es}" no se cuentan en ${p.es}: las cifras de allí son las de "${o.es}", que se leen.`,
  };
}

function onlyCount(only: string, place: string, vocab: Vocabulary): Bilingual {
  const [o, p] = [measureName(only, vocab), placeName(place, vocab)];
  return {
    en: `No count is named: the only figures for ${p.en} are "${o.en}", which are read.`,
    es: `No se nombra qué se cuenta: las únicas cifras de ${p.es} son las de "${o.es}", que se leen.`,
  };
}

/**
 * A measure counted in several countries (UNHCR's asylum figures, doses by recipient) with
 * none named: the country the store reads it for (the United States where it is counted
 * there, else every country added up), said as an assumption with an example to name one.
 */
function severalCountries(measure: string, vocab: Vocabulary): { geography?: string; assumption: Bilingual } | undefined {
  const places = vocab.placesOf.get(measure);
  if (!places) return undefined;
  const countries = new Set([...places].map((p) => countryOf(p, vocab)));
  if (countries.size < 2) return undefined;
  const n = countries.size;
  const example = placeName(countries.has('MX') ? 'MX' : [...countries].filter((c) => c !== 'US').sort()[0], vocab);
  const label = measureName(measure, vocab);
  const nameOne = { en: `name one, e.g. "in ${example.en}"`, es: `nombre uno, p. ej. "en ${example.es}"` };
  if (countries.has('US')) {
    const us = placeName('US', vocab);
    return {
      geography: 'US',
      assumption: {
        en: `No country is named: the figures for ${us.en} are read; "${label.en}" is counted in ${n} countries (${nameOne.en}).`,
        es: `No se nombra un país: se leen las cifras de ${us.es}; "${label.es}" se cuenta en ${n} países (${nameOne.es}).`,
      },
    };
  }
  return {
    assumption: {
      en: `No country is named: the figures of the ${n} countries where "${label.en}" is counted are added up (${nameOne.en}).`,
      es: `No se nombra un país: se suman las cifras de los ${n} países donde se cuenta "${label.es}" (${nameOne.es}).`,
    },
  };
}

function asPart(f: Found): Part {
  return { dim: f.dimension as Dimension, code: f.code, at: f.at, end: f.end, label: f.phrase };
}

/** Whether `text` has the words of `name` as whole words ("us mexico border" has "mexico"). */
const hasWords = (text: string, name: string) => ` ${text} `.includes(` ${name} `);

/**
 * A country named alone ("Guatemala encounters", "Honduras asylum applications") is a
 * nationality or a place. It is the place when the measure's tables report that country
 * (UNHCR's applications filed in Mexico, doses sent to Guatemala), else the nationality
 * of the people counted, as "Guatemalans" would be. When the other reading is possible
 * too (the measure also has that nationality; a place it counts is named after the
 * country, as the US-Mexico border is), the reading taken is said as an assumption.
 */
function readCountry(f: Found, measureId: string | undefined, vocab: Vocabulary): { part: Part; assumption?: Bilingual } {
  const nationality = asPart(f);
  if (!measureId) return { part: nationality };
  const place = f.bare?.place;
  const name = vocab.labels.get(`citizenship:${f.code}`) ?? { en: f.code, es: f.code };
  // The measure's tables report the country or places inside it ("Mexico had ... National Guard troops": its states add up to Mexico).
  if (place && countedIn(measureId, place, vocab)) {
    const part: Part = { ...nationality, dim: 'geography', code: place };
    if (!vocab.citizenshipsOf.get(measureId)?.has(f.code)) return { part };
    const where = vocab.labels.get(`geography:${place}`) ?? name;
    return {
      part,
      assumption: {
        en: `"${where.en}" is read as the place where the figures are counted, not as the citizenship of the people counted (write "from ${where.en}" for that).`,
        es: `"${where.es}" se lee como el lugar donde se cuentan las cifras, no como la ciudadanía de las personas contadas (para ello, escriba "de ${where.es}").`,
      },
    };
  }
  const placeNamed = vocab.entries.some((e) => e.dimension === 'geography' && vocab.placesOf.get(measureId)?.has(e.code) && hasWords(e.phrase, f.phrase));
  if (!placeNamed) return { part: nationality };
  return {
    part: nationality,
    assumption: {
      en: `"${name.en}" is read as the citizenship of the people counted (people from ${name.en}), not as the place where they were counted.`,
      es: `"${name.es}" se lee como la ciudadanía de las personas contadas (personas de ${name.es}), no como el lugar donde se contaron.`,
    },
  };
}

/** Groups every publisher may break its counts down by (store/dimensions/terms.ts): named alone they say who, not what is counted. */
const GENERIC_GROUPS = new Set(['MINORS', 'FEMALE', 'MALE', 'ADULTS']);

/**
 * "menores" alone is minors ("detuvo a 150 mil menores") or "lower" ("fueron menores que en 2019", "cifras menores a
 * las de 2019"): lower after a verb of being or a noun of figures, or before "que" / "a" / "al"; minors otherwise.
 */
function comparativeMenores(norm: string, m: Found): boolean {
  if (m.dimension !== 'demographic' || m.phrase !== 'menores') return false;
  const before = norm.slice(Math.max(0, m.at - 30), m.at);
  const after = norm.slice(m.end, m.end + 12);
  return /\b(fueron|son|eran|fue|es|era|seran|resultaron|resulto|mucho|muy|aun|cifras|numeros|niveles|totales|valores|lo|las|los) $/.test(before) && !/\b(a|de|los|las|unos|unas) $/.test(before.slice(-6)) || /^ (que|a|al|en comparacion)\b/.test(after);
}

export function parseSubject(norm: string, vocab: Vocabulary): ParsedSubject {
  const found = findTerms(norm, vocab);
  const measures = found.measures;
  const members = found.members.filter((m) => !comparativeMenores(norm, m));
  // The longest measure phrase names the measure ("Mexico received ... expelled" is INM's count, not CBP's);
  // words with a nationality or a group between them count by their own length ("detenciones [de hondureños] en México").
  const measure: MeasureHit | undefined = [...measures, ...measuresAround(norm, members, vocab)].sort((a, b) => b.phrase.length - a.phrase.length || a.at - b.at)[0];
  // A code inside the measure's own words ("non-Mexicans received") is not a filter.
  // "non-Mexicans", "no mexicanos": a code named to be excluded is not a filter.
  const negated = (m: Found) => /\b(non|no)[\s-]*$/.test(norm.slice(Math.max(0, m.at - 5), m.at));
  const inGap = (m: Found) => Boolean(measure?.gaps?.some(([a, b]) => m.at >= a && m.end <= b));
  // A category inside the measure's words narrows what is counted ("US vaccine doses": the donor), so it stays.
  // So does an authority the measure's own words name: "expelled", "expulsions" are Title 42 expulsions, not every encounter
  // ("152,588 people in families were expelled in 2021" was judged against all 605,879 encounters of families).
  const ownAuthority = (m: Found) => m.dimension === 'authority' && measure?.code === 'encounters' && m.at >= measure.at && m.end <= measure.end;
  const outside = members.filter((m) => (!measure || m.end <= measure.at || m.at >= measure.end || inGap(m) || m.dimension === 'category' || ownAuthority(m)) && !negated(m));
  const understood: Bilingual[] = [];
  const assumptions: Bilingual[] = [];
  // Without a measure word, a US border place, a component, an authority or one of CBP's groups (families, unaccompanied
  // children, single adults) still names encounters; children, women, men or adults alone name no count ("ICE arrested ... women").
  // ICE is a component of removals and arrests, never of encounters ("El ICE deportó ..." is not a count of encounters).
  const encounterMembers = outside.some((m) => !m.bare && ((m.dimension === 'component' && m.code !== 'ICE') || m.dimension === 'authority' || (m.dimension === 'demographic' && !GENERIC_GROUPS.has(m.code)) || (m.dimension === 'geography' && /^(US|USBP-|OFO-)/.test(m.code))));
  let measureId = measure ? chooseMeasure(measure, norm, vocab, assumptions) : encounterMembers ? 'encounters' : undefined;
  // A place that one measure alone counts names it ("through the Darién"), when no measure word does or the one named is not counted there.
  const place = outside.find((m) => m.dimension === 'geography' && !m.bare);
  const agencyNamed = outside.some((m) => m.dimension === 'component' || m.dimension === 'authority');
  if (place && !agencyNamed && (!measureId || (vocab.placesOf.has(measureId) && !inItsCountries(measureId, place.code, vocab)))) {
    const only = onlyMeasureOf(place.code, vocab) ?? (measure ? sameWordThere(measure.phrase, place.code, vocab) : undefined);
    if (only && only !== measureId) {
      assumptions.push(measureId ? notCountedThere(measureId, only, place.code, vocab) : onlyCount(only, place.code, vocab));
      measureId = only;
    }
  }
  // A country the measure's own words name ("por México" for Mexico's returns, "desde Estados Unidos" for people received from it) is not a nationality.
  const ownCountry = (m: Found) => m.dimension === 'citizenship' && !isDemonymEntry(m) && Boolean(measureId && vocab.countriesNamed.get(measureId)?.has(m.code));
  // A place named by words that also name one in the measure's own countries ("its southern border" for Mexico's
  // National Guard): that one, said, rather than a place the measure is not counted in (the US southwest border).
  let swapped: Found | undefined;
  if (measureId && place && !agencyNamed && vocab.placesOf.has(measureId) && !inItsCountries(measureId, place.code, vocab)) {
    const there = samePlaceThere(place.phrase, measureId, vocab);
    if (there) {
      swapped = { ...place, code: there };
      const [said, read, m] = [placeName(place.code, vocab), placeName(there, vocab), measureName(measureId, vocab)];
      assumptions.push({
        en: `"${place.phrase}" is read as ${read.en}, not ${said.en}: "${m.en}" are not counted there.`,
        es: `"${place.phrase}" se lee como ${read.es}, no ${said.es}: "${m.es}" no se cuentan allí.`,
      });
    }
  }
  const named = outside.filter((m) => !ownCountry(m)).map((m) => (swapped && m === place ? swapped : m));
  // A country named alone is read once the measure is known; never dropped.
  const mentions = named.map((m) => {
    if (!m.bare) return asPart(m);
    const { part, assumption } = readCountry(m, measureId, vocab);
    if (assumption) assumptions.push(assumption);
    return part;
  });
  if (measureId) {
    const label = vocab.labels.get(`measure:${measureId}`) ?? { en: measureId, es: measureId };
    understood.push({ en: `what is counted: ${label.en}`, es: `qué se cuenta: ${label.es}` });
    for (const m of outside.filter(ownCountry)) {
      const country = vocab.labels.get(`citizenship:${m.code}`) ?? { en: m.code, es: m.code };
      understood.push({ en: `named in what is counted (not a nationality): ${country.en}`, es: `nombrado en lo que se cuenta (no es una nacionalidad): ${country.es}` });
    }
  }
  for (const m of mentions) {
    const label = vocab.labels.get(`${m.dim}:${m.code}`);
    // Components and authorities belong to encounters (below), and to the measures whose tables break them down by them
    // (ICE's removals): with another measure they describe it, and that is said.
    const describes = ONLY_SOME_MEASURES.has(m.dim) && measureId !== undefined && !narrows(measureId, m, vocab);
    const note = !describes
      ? { en: '', es: '' }
      : m.dim === 'category'
        ? { en: ' (named, but this count is not broken down by it: left aside)', es: ' (nombrado, pero esta cifra no se desglosa así: se deja de lado)' }
        : { en: ' (describes the people counted; not a breakdown of this count)', es: ' (describe a las personas contadas; esta cifra no se desglosa así)' };
    understood.push({ en: `${DIMENSION_NAMES[m.dim].en}: ${label?.en ?? m.code}${note.en}`, es: `${DIMENSION_NAMES[m.dim].es}: ${label?.es ?? m.code}${note.es}` });
  }
  if (!measureId) return { mentions, parts: [], understood, assumptions };

  const filters: Subject['filters'] = {};
  const parts: Part[] = [];
  let geography: string | undefined;
  let usbp = false;
  for (const m of mentions) {
    if (m.dim === 'component' && m.code === 'USBP' && measureId === 'encounters') {
      usbp = true;
      parts.push(m);
      continue;
    }
    if (m.dim === 'geography') {
      // "Mexico ... its southern border": the place inside the other one named is the one meant.
      if (geography === undefined || insidePlace(m.code, geography, vocab)) geography = m.code;
      continue;
    }
    // Components and authorities belong to encounters and to the measures broken down by them; with another measure they only describe it.
    if (ONLY_SOME_MEASURES.has(m.dim) && !narrows(measureId, m, vocab)) continue;
    if (filters[m.dim] === undefined) {
      filters[m.dim] = m.code;
      parts.push(m);
    }
  }
  let definitions: DefinitionId[] = ['measure'];
  let context: DefinitionId | undefined;
  if (measureId === 'encounters') {
    const bp = usbp || (BORDER_PATROL_WORDS.test(norm) && !ALL_CBP_WORDS.test(norm) && filters.component !== 'OFO');
    definitions = [bp ? 'usbp' : 'cbp'];
    context = bp ? 'cbp' : 'usbp';
    if (filters.component === 'OFO') context = undefined;
    if (!geography) {
      geography = 'US-SWB';
      assumptions.push({ en: 'No place is named: the southwest land border (US-Mexico) is assumed.', es: 'No se nombra un lugar: se supone la frontera terrestre suroeste (México-EE. UU.).' });
    }
  } else if (!geography) {
    // Counted in several countries (UNHCR's asylum figures, doses by recipient) and none named: which one is read is said.
    const read = severalCountries(measureId, vocab);
    if (read) {
      geography = read.geography;
      assumptions.push(read.assumption);
    }
  }
  // A border city where the measure is not counted, in a municipality where it is (shelters stand in their municipality):
  // the municipality is read, and said. Before, "Los albergues de Tijuana tienen 3 mil camas" had no figure for Tijuana.
  const municipality = geography ? vocab.municipalityOf.get(geography) : undefined;
  if (geography && municipality && !countedIn(measureId, geography, vocab) && vocab.municipalitiesOf.get(measureId)?.has(municipality)) {
    const [city, area, m] = [placeName(geography, vocab), placeName(municipality, vocab), measureName(measureId, vocab)];
    assumptions.push({
      en: `${city.en} is read as ${area.en}, which contains the city: "${m.en}" is counted by municipality, not by city.`,
      es: `${city.es} se lee como ${area.es}, que contiene la ciudad: "${m.es}" se cuenta por municipio, no por ciudad.`,
    });
    understood.push({ en: `place read: ${area.en}`, es: `lugar leído: ${area.es}` });
    geography = municipality;
  }
  // A place outside the countries where the measure is counted: the answer is a refusal, given for the reading the words name alone.
  if (geography && !inItsCountries(measureId, geography, vocab)) context = undefined;
  return {
    subject: { measure: measureId, geography, filters, definitions, context },
    mentions,
    parts,
    measureAt: measure?.at,
    understood,
    assumptions,
  };
}
