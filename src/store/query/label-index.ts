/**
 * What a name typed in a filter means, whatever order the store's tables are in.
 *
 * A place's name may be shared: "Chiapas" is a state (MX-07) and an INEGI locality
 * (MX-070520028), "Matamoros" three municipalities and a border city. A shared name means
 * the place highest in the hierarchy (fewest places above it: the state, not the locality
 * in one of its municipalities); where several places at that height share it (the three
 * Matamoros municipalities, the border city beside them, all directly under a state), the
 * name is ambiguous and the caller refuses it, listing their codes. The height is counted
 * along each place's main parent (places.parent), so it is the same on every store.
 *
 * Other dimensions have no hierarchy: a shared label there keeps its first code in the
 * table's order, as before (their tables are written in code order, so that order is fixed).
 */
import { normaliseLabel } from '../dimensions/normalise.js';

export interface LabelledCode {
  code: string;
  label_en: string | null;
  label_es: string | null;
  /** A place's main parent (places only). */
  parent?: string | null;
}

/**
 * normalised label → the codes it may mean: one code, or (places only) the codes of every
 * place at the highest level that has that name, sorted, when there are several.
 */
export function labelIndex(rows: LabelledCode[], hierarchy: boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!hierarchy) {
    for (const r of rows) {
      for (const label of [r.label_en, r.label_es]) {
        const key = normaliseLabel(label ?? '');
        if (!out.has(key)) out.set(key, [r.code]);
      }
    }
    return out;
  }
  const depth = depthOf(rows);
  for (const r of rows) {
    const d = depth(r.code);
    for (const key of new Set([normaliseLabel(r.label_en ?? ''), normaliseLabel(r.label_es ?? '')])) {
      const held = out.get(key);
      if (!held) out.set(key, [r.code]);
      else {
        const best = depth(held[0]);
        if (d < best) out.set(key, [r.code]);
        else if (d === best && !held.includes(r.code)) held.push(r.code);
      }
    }
  }
  for (const codes of out.values()) if (codes.length > 1) codes.sort();
  return out;
}

/** How many places are above each place along its main parent (0 for the world, 1 for a country...). */
function depthOf(rows: LabelledCode[]): (code: string) => number {
  const parent = new Map(rows.map((r) => [r.code, r.parent ?? null]));
  const memo = new Map<string, number>();
  const depth = (code: string): number => {
    const known = memo.get(code);
    if (known !== undefined) return known;
    // Walk up to a place whose depth is known or to the top; a loop (never written by the
    // store's own checks) stops at the place seen twice.
    const path: string[] = [];
    const seen = new Set<string>();
    let at: string | null | undefined = code;
    let base = -1;
    while (at != null && parent.has(at) && !seen.has(at)) {
      const m = memo.get(at);
      if (m !== undefined) {
        base = m;
        break;
      }
      seen.add(at);
      path.push(at);
      at = parent.get(at);
    }
    for (let i = path.length - 1; i >= 0; i--) memo.set(path[i], ++base);
    return memo.get(code) ?? 0;
  };
  return depth;
}
