/**
 * Which of the claim engine's statements about a headline figure is worth showing
 * (pure: the Overview's card and its test use it).
 */
import type { Headline } from '../types.js';

const sinceKinds = ['highest-since', 'lowest-since'];

/** Periods between two period starts, in the headline's grain. */
export function periodsBetween(a: string, b: string, grain: string): number {
  const months = (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  return grain === 'month' ? months : Math.round(months / 12);
}

/** "ranks 309 of 311" (or "lugar 309 de 311") as numbers: the text is the claim engine's own. */
function rankOf(text: string): { rank: number; of: number } | undefined {
  const m = text.match(/(\d[\d,.]*) (?:of|de) (\d[\d,.]*)/);
  return m ? { rank: Number(m[1].replace(/[,.]/g, '')), of: Number(m[2].replace(/[,.]/g, '')) } : undefined;
}

/**
 * The statement worth a headline, by how notable it is: a record for the whole series;
 * else the "since" statement reaching furthest back when it reaches a year or more;
 * else the rank (a "since" under a year is trivial: "lowest since two months ago" loses
 * to "ranks 309 of 311", and to "ranks 140 of 154" as well); else the short "since".
 */
export function notableStatement(h: Headline): string | undefined {
  const since = h.statements.filter((s) => sinceKinds.includes(s.kind));
  const record = since.find((s) => s.evidence.length === 1);
  if (record) return record.text;
  const furthest = [...since].sort((a, b) => (a.evidence[1]?.period ?? '').localeCompare(b.evidence[1]?.period ?? ''))[0];
  const reach = furthest?.evidence[1] ? periodsBetween(furthest.evidence[1].period, h.latest.period, h.grain) : 0;
  const rank = h.statements.find((s) => s.kind === 'rank');
  const aYear = h.grain === 'month' ? 12 : 1;
  if (rank && rankOf(rank.text) && reach < aYear) return rank.text;
  return furthest?.text ?? rank?.text;
}
