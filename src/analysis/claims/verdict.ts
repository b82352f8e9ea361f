/**
 * One verdict from the verdicts under each definition: the readings that can be checked
 * decide; if they disagree (true under one definition, false under another) the claim is
 * partly true, and a tie or a right direction with the wrong size is partly true too.
 */
import type { Status, Verdict } from './types.js';

export function combine(statuses: Status[]): Verdict {
  const known = statuses.filter((s) => s !== 'undetermined');
  if (!known.length) return 'undetermined';
  if (known.every((s) => s === 'true')) return 'true';
  if (known.every((s) => s === 'false')) return 'false';
  return 'partly true';
}
