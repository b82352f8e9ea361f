/**
 * Numbers as people write them in claims: "2.4 million", "2,4 millones", "170,000",
 * "170 mil", "35%", "35 por ciento", "two decades", "dos décadas".
 */
import type { Qualifier, Stated } from '../quantity.js';

export const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20,
};

const QUALIFIERS: [Qualifier, RegExp][] = [
  ['more', /(more than|over|above|in excess of|exceeded|exceeding|topped|surpassed|mas de|por encima de|supero|superaron|superior a|rebaso|rebasaron)\s*$/],
  ['less', /(fewer than|less than|under|below|menos de|por debajo de|inferior a)\s*$/],
  ['nearly', /(nearly|almost|close to|just under|casi)\s*$/],
  ['about', /(about|around|roughly|approximately|some|an estimated|alrededor de|cerca de|aproximadamente|unos|unas|en torno a)\s*$/],
];

export function qualifierBefore(text: string): Qualifier {
  // "superaron las 100,000", "topped the 2 million mark": an article may stand before the number.
  const before = text.slice(-40).replace(/\s+(?:las|los|el|la|the|a|unos|unas)\s*$/, ' ');
  for (const [q, re] of QUALIFIERS) if (re.test(before)) return q;
  return 'exact';
}

/** Reads "170,000" / "170.000" / "2.4" / "2,4": groups of three digits are thousands, anything else a decimal. */
export function readDigits(s: string): { value: number; decimals: number } {
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return { value: Number(s.replace(/[.,]/g, '')), decimals: 0 };
  const d = s.replace(',', '.');
  const decimals = d.includes('.') ? d.split('.')[1].length : 0;
  return { value: Number(d), decimals };
}

const SCALE: Record<string, number> = { million: 1e6, millions: 1e6, millon: 1e6, millones: 1e6, m: 1e6, thousand: 1e3, mil: 1e3, k: 1e3 };

/** The first count stated in the text (not a year, not a percent), with its qualifier and precision. */
export function findCount(norm: string, measureAt?: number): (Stated & { at: number }) | undefined {
  const found = [findDigits(norm, measureAt), findWordNumber(norm, measureAt)].filter((x): x is Stated & { at: number } => Boolean(x));
  return found.sort((a, b) => a.at - b.at)[0];
}

/**
 * Whether a small number with no qualifier is a count: it names what is counted, at most two
 * words before the measure's words ("five caravans", "12 migrant caravans", "cinco caravanas"),
 * and no span of time ("in two years", "dos décadas"). Elsewhere a small bare number is rarely
 * a count ("in 2 years", "one in five").
 */
function namesTheCount(norm: string, end: number, measureAt: number | undefined): boolean {
  if (measureAt === undefined || measureAt < end) return false;
  const between = norm.slice(end, measureAt).trim();
  if (/[-,;:]/.test(norm.charAt(end))) return false;
  const words = between ? between.split(/\s+/) : [];
  return words.length <= 2 && !words.some((w) => TIME_WORD.test(w) || /^(of|in|out|de|en|times|veces|cada)$/.test(w));
}
const TIME_WORD = /^(years?|decades?|months?|weeks?|days?|anos?|decadas?|mes|meses|semanas?|dias?)$/;

/** Number words, normalised (no accents), in English and Spanish. */
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
  catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiun: 21, veintiuna: 21,
  veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400,
  quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800,
  novecientos: 900, novecientas: 900, dozen: 12, docena: 12,
};
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, mil: 1e3, million: 1e6, millions: 1e6, millon: 1e6, millones: 1e6 };
/** "a", "un", "una", "el", "the" are one only before a scale or a dozen ("a dozen", "un millón", "una docena"). */
const ARTICLES = new Set(['a', 'an', 'un', 'una', 'el', 'the']);

/**
 * The first number written in words: "five", "twenty-five", "a dozen", "una docena",
 * "treinta y dos", "three thousand", "tres mil", "doscientos mil", "a million", "dos millones".
 * Its precision is that of the same number in digits (a number of thousands to the thousand).
 */
export function findWordNumber(norm: string, measureAt?: number): (Stated & { at: number }) | undefined {
  const tokens = [...norm.matchAll(/[a-z]+/g)].map((m) => ({ w: m[0], at: m.index!, end: m.index! + m[0].length }));
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i].w;
    const article = ARTICLES.has(first);
    if (!(first in UNITS) && !(first in WORD_SCALES) && !article) continue;
    // "once" is eleven in Spanish, "one time" in English: a number only before a plural noun ("once caravanas").
    if (first === 'once' && !/^s$/.test(tokens[i + 1]?.w.slice(-1) ?? '')) continue;
    let total = 0;
    let group = 0;
    let j = i;
    let last = -1;
    for (; j < tokens.length; j++) {
      const w = tokens[j].w;
      const joiner = (w === 'y' || w === 'and') && j > i && j + 1 < tokens.length && tokens[j + 1].w in UNITS && tokens[j + 1].w !== 'un' && tokens[j + 1].w !== 'una';
      // A hyphen joins "twenty-five"; any other gap than one space ends the number.
      const gap = j > i ? norm.slice(tokens[j - 1].end, tokens[j].at) : ' ';
      if (gap !== ' ' && gap !== '-') break;
      if (joiner) continue;
      if (j === i && article) {
        const next = tokens[j + 1]?.w;
        // Only just before it: "a 15 mil" is "a" and a number in digits, not "a thousand".
        if (!next || !(next in WORD_SCALES || next === 'dozen' || next === 'docena') || norm.slice(tokens[j].end, tokens[j + 1].at) !== ' ') break;
        group = 1;
        last = j;
        continue;
      }
      if (w in UNITS) {
        if (last === j - 1 && j > i && (tokens[j - 1].w in UNITS) && !(UNITS[tokens[j - 1].w] % 10 === 0 && UNITS[tokens[j - 1].w] < 100 && UNITS[w] < 10) && !(UNITS[tokens[j - 1].w] >= 100 && UNITS[w] < 100)) break;
        group = (w === 'dozen' || w === 'docena') && group ? group * 12 : group + UNITS[w];
        last = j;
        continue;
      }
      if (w in WORD_SCALES) {
        const scale = WORD_SCALES[w];
        if (scale === 100) group = (group || 1) * 100;
        else {
          total += (group || 1) * scale;
          group = 0;
        }
        last = j;
        continue;
      }
      break;
    }
    if (last < i || (article && last === i)) continue;
    const value = total + group;
    if (!value) continue;
    const end = tokens[last].end;
    // "two-decade low", "five-year high", "one in five", "dos de cada tres": not a count.
    if (norm.charAt(end) === '-') continue;
    const after = norm.slice(end).trim().split(/\s+/)[0] ?? '';
    // "un millón de", "una docena de": "of" / "de" follows a scale; after a plain number it is "one of", "dos de cada tres".
    const lastWord = tokens[last].w;
    const ofFollows = lastWord in WORD_SCALES || lastWord === 'dozen' || lastWord === 'docena';
    if (TIME_WORD.test(after) || /^(times|veces|cada|percent|%)$/.test(after) || (!ofFollows && /^(in|of|out|de|en|por)$/.test(after))) continue;
    // "one in five", "dos de cada tres", "one out of five": the second number is a ratio's too.
    if (/\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) in|out of|of every|de cada|por cada|cada) $/.test(norm.slice(Math.max(0, tokens[i].at - 20), tokens[i].at))) continue;
    const qualifier = qualifierBefore(norm.slice(0, tokens[i].at));
    if (value < 100 && qualifier === 'exact' && !namesTheCount(norm, ofFollows ? end + (norm.slice(end).match(/^\s+(?:of|de)\b/)?.[0].length ?? 0) : end, measureAt)) continue;
    const trailingZeros = String(value).match(/0+$/)?.[0].length ?? 0;
    return { value, unit: 10 ** trailingZeros, qualifier, text: norm.slice(tokens[i].at, end), at: tokens[i].at };
  }
  return undefined;
}

function findDigits(norm: string, measureAt?: number): (Stated & { at: number }) | undefined {
  const re = /(\d[\d.,]*)\s*(millions?|millon(?:es)?|thousand|mil|k|m)?\b(?!\s*(?:%|percent|per cent|por ciento))/g;
  for (const m of norm.matchAll(re)) {
    const raw = m[1].replace(/[.,]$/, '');
    if (/^(19|20)\d{2}$/.test(raw) && !m[2]) continue; // a year
    if (/^\d{4}-\d{2}/.test(norm.slice(m.index!))) continue;
    const { value, decimals } = readDigits(raw);
    const scale = m[2] ? SCALE[m[2]] : 1;
    // "140 mil" is stated to the 10,000, as "140,000" is: the zeros before the scale count too.
    const trailingZeros = decimals === 0 ? (String(value).match(/0+$/)?.[0].length ?? 0) : 0;
    const unit = m[2] ? (scale / 10 ** decimals) * 10 ** trailingZeros : 10 ** trailingZeros;
    const qualifier = qualifierBefore(norm.slice(0, m.index));
    // A small bare number is rarely a count ("in 2 years"); with "more than", "fewer than" it is, and before what is counted ("12 caravans").
    const end = m.index! + m[0].length;
    if (!m[2] && value < 100 && ((qualifier === 'exact' && !namesTheCount(norm, end, measureAt)) || /^\s*(years?|decades?|months?|anos?|decadas?|mes|meses)\b/.test(norm.slice(end)))) continue;
    return { value: value * scale, unit, qualifier, text: m[0].trim(), at: m.index! };
  }
  return undefined;
}

/** Percentages in the text, each with what follows it ("of" for a share). */
export function findPercents(norm: string): (Stated & { at: number; followedByOf: boolean })[] {
  const re = /(\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per cent\b|por ciento\b)(\s+(?:of|de|del)\b)?/g;
  return [...norm.matchAll(re)].map((m) => {
    const { value, decimals } = readDigits(m[1]);
    return { value, unit: 10 ** -decimals, qualifier: qualifierBefore(norm.slice(0, m.index)), text: m[0].trim(), at: m.index!, followedByOf: Boolean(m[2]) };
  });
}

/** Fractions people write instead of a percentage, longest first so "two thirds" is not "a third". */
const FRACTIONS: [string, number][] = [
  ['three quarters', 75], ['three fourths', 75], ['tres cuartas partes', 75], ['tres cuartos', 75],
  ['two thirds', 66.7], ['dos terceras partes', 66.7], ['dos tercios', 66.7],
  ['one half', 50], ['a half', 50], ['half', 50], ['la mitad', 50],
  ['one third', 33.3], ['a third', 33.3], ['la tercera parte', 33.3], ['una tercera parte', 33.3], ['un tercio', 33.3],
  ['one quarter', 25], ['a quarter', 25], ['one fourth', 25], ['a fourth', 25], ['la cuarta parte', 25], ['una cuarta parte', 25], ['un cuarto', 25],
];
const FRACTION_QUALIFIERS: [Qualifier, string][] = [
  ['more', 'more than|over|mas de|mas que'],
  ['less', 'less than|fewer than|under|menos de|menos que'],
  ['nearly', 'nearly|almost|just under|casi'],
  ['about', 'about|around|roughly|approximately|some|alrededor de|cerca de|aproximadamente|en torno a'],
];
const FRACTION = new RegExp(
  `(?:\\b(${FRACTION_QUALIFIERS.map(([, w]) => w).join('|')})\\s+)?\\b(?:(?:the|las|los)\\s+)?(${FRACTIONS.map(([w]) => w).join('|')})\\s+(?:of|de|del)\\b`,
);

/**
 * A share said as a fraction: "more than half of", "a quarter of", "la cuarta parte de",
 * "casi dos tercios de". A bare fraction is read as "about" (3 points either way); "the
 * first half of 2021" is a period, not a share.
 */
export function findFraction(norm: string): (Stated & { at: number }) | undefined {
  for (const m of norm.matchAll(new RegExp(FRACTION, 'g'))) {
    if (/\b(first|second|1st|2nd|primera|segunda|1a|2a)\s+$/.test(norm.slice(0, m.index! + m[0].indexOf(m[2])))) continue;
    const value = FRACTIONS.find(([w]) => w === m[2])![1];
    const qualifier = m[1] ? FRACTION_QUALIFIERS.find(([, w]) => new RegExp(`^(?:${w})$`).test(m[1]))![0] : 'about';
    return { value, unit: 1, qualifier, text: m[0].replace(/\s+(?:of|de|del)$/, ''), at: m.index! };
  }
  return undefined;
}
