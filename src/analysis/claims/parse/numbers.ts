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
export function findCount(norm: string): (Stated & { at: number }) | undefined {
  // "a million", "el millón", "un millón": one million in words.
  const words = norm.match(/\b(?:a|one|un|el|the)\s+(million|millon)\b/);
  const digits = findDigits(norm);
  if (words && (!digits || words.index! < digits.at)) {
    return { value: 1e6, unit: 1e6, qualifier: qualifierBefore(norm.slice(0, words.index)), text: words[0], at: words.index! };
  }
  return digits;
}

function findDigits(norm: string): (Stated & { at: number }) | undefined {
  const re = /(\d[\d.,]*)\s*(millions?|millon(?:es)?|thousand|mil|k|m)?\b(?!\s*(?:%|percent|per cent|por ciento))/g;
  for (const m of norm.matchAll(re)) {
    const raw = m[1].replace(/[.,]$/, '');
    if (/^(19|20)\d{2}$/.test(raw) && !m[2]) continue; // a year
    if (/^\d{4}-\d{2}/.test(norm.slice(m.index!))) continue;
    const { value, decimals } = readDigits(raw);
    const scale = m[2] ? SCALE[m[2]] : 1;
    const trailingZeros = !m[2] && decimals === 0 ? (String(value).match(/0+$/)?.[0].length ?? 0) : 0;
    const unit = m[2] ? scale / 10 ** decimals : 10 ** trailingZeros;
    const qualifier = qualifierBefore(norm.slice(0, m.index));
    // A small bare number is rarely a count ("in 2 years"); with "more than", "fewer than" it is.
    if (!m[2] && value < 100 && (qualifier === 'exact' || /^\s*(years?|decades?|months?|anos?|decadas?|mes|meses)\b/.test(norm.slice(m.index! + m[0].length)))) continue;
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
