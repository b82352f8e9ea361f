/**
 * Remembers where each key (a period, a cell) was first seen, so that a repeated one
 * is an error naming both places.
 */
import { InputError, type Location } from '../../errors.js';

export class Seen {
  private readonly first = new Map<string, Location>();

  /** `what` is the thing there must be one of: 'row', 'month', or a cell's dimensions for `claim`. */
  constructor(private readonly what: string) {}

  /** Records `key` (described to the user as `label`); throws if it was seen before. */
  add(key: string, at: Location, label: string): void {
    const before = this.record(key, at);
    if (before) {
      const where = before.row !== undefined ? `row ${before.row}` : `"${before.column}"`;
      throw new InputError(at, `one ${this.what} for ${label}`, `a second one (the first is in ${where})`, `duplicated ${this.what}`);
    }
  }

  /**
   * Records the key of a row in a table with one row per published cell; throws if another
   * row had it. `describe` (the row's cells, for the message) runs only for a repeat.
   */
  claim(key: string, describe: () => string, at: Location): void {
    const before = this.record(key, at);
    if (before) {
      throw new InputError(at, `one row per ${this.what} (this one is already at row ${before.row ?? 0})`, `a second row for ${describe()}`, 'duplicated cell');
    }
  }

  /** Where `key` was first seen; undefined the first time, when `at` is remembered. */
  private record(key: string, at: Location): Location | undefined {
    const before = this.first.get(key);
    if (!before) this.first.set(key, at);
    return before;
  }
}
