/**
 * Remembers where each key (a period, a cell) was first seen, so that a repeated one
 * is an error naming both places.
 */
import { InputError, type Location } from '../../errors.js';

export class Seen {
  private first = new Map<string, Location>();

  constructor(private readonly what: string) {}

  /** Records `key` (described to the user as `label`); throws if it was seen before. */
  add(key: string, at: Location, label: string): void {
    const before = this.first.get(key);
    if (before) {
      const where = before.row !== undefined ? `row ${before.row}` : `"${before.column}"`;
      throw new InputError(at, `one ${this.what} for ${label}`, `a second one (the first is in ${where})`, `duplicated ${this.what}`);
    }
    this.first.set(key, at);
  }
}
