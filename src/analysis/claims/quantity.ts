/**
 * How a number typed in a claim is read: its qualifier ("more than", "about", "nearly")
 * and its precision ("2.4 million" is stated to the 100,000), which set the tolerance.
 */
export type Qualifier = 'exact' | 'more' | 'less' | 'about' | 'nearly';

export interface Stated {
  value: number;
  qualifier: Qualifier;
  /** Unit of the last written digit: 100,000 for "2.4 million", 1 for "173,277". */
  unit: number;
  text: string;
}

export type Judgement = 'true' | 'partly' | 'false';

/** Judges an actual figure against a stated one; `partlyWithin` is the relative gap still called partly true. */
export function judge(actual: number, stated: Stated, partlyWithin = 0.2): Judgement {
  const s = stated.value;
  const gap = Math.abs(actual - s) / Math.max(Math.abs(s), 1e-9);
  switch (stated.qualifier) {
    case 'more':
      return actual > s ? 'true' : gap <= partlyWithin / 4 ? 'partly' : 'false';
    case 'less':
      return actual < s ? 'true' : gap <= partlyWithin / 4 ? 'partly' : 'false';
    case 'about':
      return gap <= 0.05 ? 'true' : gap <= partlyWithin ? 'partly' : 'false';
    case 'nearly':
      return actual <= s && gap <= 0.05 ? 'true' : gap <= partlyWithin ? 'partly' : 'false';
    default: {
      const tolerance = Math.min(stated.unit / 2, Math.abs(s) * 0.05);
      return Math.abs(actual - s) <= tolerance ? 'true' : gap <= partlyWithin ? 'partly' : 'false';
    }
  }
}

/** Judges a stated percentage (or change in percent) in percentage points. */
export function judgePoints(actual: number, stated: Stated): Judgement {
  const d = actual - stated.value;
  switch (stated.qualifier) {
    case 'more':
      return d > 0 ? 'true' : d > -2 ? 'partly' : 'false';
    case 'less':
      return d < 0 ? 'true' : d < 2 ? 'partly' : 'false';
    case 'about':
      return Math.abs(d) <= 3 ? 'true' : Math.abs(d) <= 10 ? 'partly' : 'false';
    case 'nearly':
      return d <= 0 && d >= -3 ? 'true' : Math.abs(d) <= 10 ? 'partly' : 'false';
    default:
      // A whole number of percent is read as rounded; allow one point either side.
      return Math.abs(d) <= Math.max(1, stated.unit / 2) ? 'true' : Math.abs(d) <= 10 ? 'partly' : 'false';
  }
}
