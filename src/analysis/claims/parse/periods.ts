/**
 * Period mentions in a claim: "March 2021", "marzo de 2021", "2021-03", "FY2022",
 * "fiscal year 2022", "año fiscal 2022", "calendar year 2022", or a bare "2022", which
 * may mean the fiscal or the calendar year (both are then checked).
 */
export type PeriodMention =
  | { kind: 'month'; period: string }
  | { kind: 'year'; year: number; yearType: 'fy' | 'cy' | 'either' };

export interface Mention {
  at: number;
  end: number;
  mention: PeriodMention;
  /** The words just before it, to tell "since 2001" from "from January 2025". */
  before: string;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1, february: 2, feb: 2, febrero: 2, march: 3, mar: 3, marzo: 3, april: 4, apr: 4, abril: 4, may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6, july: 7, jul: 7, julio: 7, august: 8, aug: 8, agosto: 8, september: 9, sept: 9, sep: 9, septiembre: 9, setiembre: 9,
  october: 10, oct: 10, octubre: 10, november: 11, nov: 11, noviembre: 11, december: 12, dec: 12, diciembre: 12,
};

const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;

export function findPeriods(norm: string): Mention[] {
  const found: Mention[] = [];
  const taken: [number, number][] = [];
  const add = (at: number, end: number, mention: PeriodMention) => {
    if (taken.some(([a, b]) => at < b && end > a)) return;
    taken.push([at, end]);
    found.push({ at, end, mention, before: norm.slice(Math.max(0, at - 40), at) });
  };
  const names = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
  for (const m of norm.matchAll(new RegExp(`\\b(${names})\\.?,?\\s+(?:of\\s+|de\\s+|del\\s+)?((?:19|20)\\d{2})\\b`, 'g'))) {
    add(m.index!, m.index! + m[0].length, { kind: 'month', period: month(Number(m[2]), MONTHS[m[1]]) });
  }
  for (const m of norm.matchAll(/\b((?:19|20)\d{2})-(0[1-9]|1[0-2])\b/g)) add(m.index!, m.index! + m[0].length, { kind: 'month', period: month(Number(m[1]), Number(m[2])) });
  for (const m of norm.matchAll(/\b(?:fiscal year|fy|ano fiscal|ejercicio fiscal)\s*'?((?:19|20)?\d{2})\b/g)) {
    const y = Number(m[1].length === 2 ? `20${m[1]}` : m[1]);
    add(m.index!, m.index! + m[0].length, { kind: 'year', year: y, yearType: 'fy' });
  }
  for (const m of norm.matchAll(/\b(?:calendar year|cy|ano calendario|ano natural)\s*((?:19|20)\d{2})\b/g)) add(m.index!, m.index! + m[0].length, { kind: 'year', year: Number(m[1]), yearType: 'cy' });
  for (const m of norm.matchAll(/\b((?:19|20)\d{2})\b/g)) add(m.index!, m.index! + m[0].length, { kind: 'year', year: Number(m[1]), yearType: 'either' });
  return found.sort((a, b) => a.at - b.at);
}
