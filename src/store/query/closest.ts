/**
 * The known names nearest to a mistyped one ("encounterz" → encounters), for an error
 * that says what the user may have meant. Edit distance (insertions, deletions,
 * substitutions and swaps of two neighbours), case ignored.
 */

/** Edit distance of a and b (optimal string alignment), given up past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Up to `max` of `known` nearest to `name`: within a third of its length (at least 2 edits),
 * or starting with it or it with them (a shortened or lengthened id); nearest first.
 */
export function closest(name: string, known: Iterable<string>, max = 3): string[] {
  const wanted = name.trim().toLowerCase();
  if (wanted === '') return [];
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const near: { id: string; d: number }[] = [];
  for (const id of known) {
    const k = id.toLowerCase();
    const d = editDistance(wanted, k, limit);
    const affix = wanted.length >= 4 && (k.startsWith(wanted) || wanted.startsWith(k));
    if (d <= limit || affix) near.push({ id, d: Math.min(d, limit + 1) });
  }
  return near.sort((x, y) => x.d - y.d || x.id.length - y.id.length || x.id.localeCompare(y.id)).slice(0, max).map((n) => n.id);
}
