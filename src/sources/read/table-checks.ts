/**
 * Whole-table check for tables with one row per published cell: no month missing
 * between the first and the last (a cell twice is Seen.claim, in seen.ts).
 */
import { InputError, type Location } from '../../errors.js';

const nextMonth = (period: string): string => {
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The months a file covers must run without a gap from its first to its last. */
export class MonthRun {
  private readonly firstSeen = new Map<string, Location>();

  add(period: string, at: Location): void {
    if (!this.firstSeen.has(period)) this.firstSeen.set(period, at);
  }

  check(): void {
    const periods = [...this.firstSeen.keys()].sort();
    for (let i = 1; i < periods.length; i++) {
      const want = nextMonth(periods[i - 1]);
      if (periods[i] !== want) {
        throw new InputError(this.firstSeen.get(periods[i])!, `${want.slice(0, 7)} after ${periods[i - 1].slice(0, 7)} (no month missing)`, periods[i].slice(0, 7), 'missing month');
      }
    }
  }
}
