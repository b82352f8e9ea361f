/**
 * Share of a total: a part (one nationality, one demographic, Border Patrol, Title 42)
 * over the total it belongs to, in the same period. Both must be there and complete
 * alike; figures from different tables are allowed but named.
 */
import { judgePoints, type Stated } from './quantity.js';
import type { Point } from './types.js';

export interface ShareResult {
  status: 'true' | 'false' | 'partly' | 'undetermined';
  part?: Point;
  total?: Point;
  percent?: number;
  reason?: 'no-part' | 'no-total' | 'suppressed' | 'incomplete' | 'zero-total';
}

export function shareOf(part: Point | undefined, total: Point | undefined, stated?: Stated): ShareResult {
  if (!part) return { status: 'undetermined', total, reason: 'no-part' };
  if (!total) return { status: 'undetermined', part, reason: 'no-total' };
  if (part.value === null || total.value === null) return { status: 'undetermined', part, total, reason: 'suppressed' };
  if (total.value === 0) return { status: 'undetermined', part, total, reason: 'zero-total' };
  const percent = (part.value / total.value) * 100;
  // An incomplete period is fine only when both figures cover the same months of it.
  if ((!part.complete || !total.complete) && !(part.parts === total.parts && part.dataset === total.dataset)) {
    return { status: 'undetermined', part, total, percent, reason: 'incomplete' };
  }
  return { status: stated ? judgePoints(percent, stated) : 'true', part, total, percent };
}
