/**
 * Checks of a list of levers written "id=value[:from[:to[:rampMonths]]],..." (the command line's
 * `--levers`, /api/scenario's `levers`) that reading each part alone cannot make: a lever named
 * twice (the last would silently win over the first), a decimal written with a comma as Spanish
 * writes it ("enforcementSouth=1,5" reads as the lever 1 and a part "5"), and a value that is a
 * number to JavaScript but not as people write one ("0x2", "Infinity"). Each is refused with
 * what was found and what to write, in English and Spanish; nothing runs. A JSON object is
 * left to the scenario file's checks.
 */
import { UsageError } from '../../errors.js';
import { leverWritten } from '../../model/lever-text.js';

/** A number as people write one: digits, at most one decimal point, an optional sign and exponent. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function checkLeverList(text: string | undefined): void {
  if (text === undefined || text.trim() === '' || text.trim().startsWith('{')) return;
  const parts = text.split(',');
  const seen = new Map<string, string>();
  for (const [i, part] of parts.entries()) {
    const written = leverWritten(part);
    const previous = i > 0 ? leverWritten(parts[i - 1]) : null;
    // "enforcementSouth=1,5": the comma of a decimal, not a new lever.
    if (!written && previous && /^\s*\d+\s*$/.test(part) && /^\d+$/.test(previous.value) && !previous.from) {
      const lever = `${previous.id}${previous.sep}${previous.value}.${part.trim()}`;
      const comma = `${previous.value},${part.trim()}`;
      throw new UsageError(
        `a decimal in a lever is written with a point, not a comma (commas separate the levers): ${lever}, not ${comma}`,
        `un decimal en una palanca se escribe con punto, no con coma (las comas separan las palancas): ${lever}, no ${comma}`,
      );
    }
    if (!written) continue;
    if (!DECIMAL.test(written.value)) throw new UsageError(
      `the lever ${written.id} takes a number written with digits and a decimal point (e.g. 1.5), not "${written.value}"`,
      `la palanca ${written.id} lleva un número escrito con cifras y punto decimal (p. ej. 1.5), no "${written.value}"`,
    );
    const before = seen.get(written.id);
    if (before !== undefined) throw new UsageError(
      `the lever ${written.id} is given twice ("${before}" and "${part.trim()}"): give each lever once`,
      `la palanca ${written.id} aparece dos veces ("${before}" y "${part.trim()}"): dé cada palanca una sola vez`,
    );
    seen.set(written.id, part.trim());
  }
}
