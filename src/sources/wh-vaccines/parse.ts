/**
 * The fact sheet's table, one row per recipient: the recipient as the fact sheet
 * labels it ("CAR", "ROK"), its full name and ISO code must name the same country.
 * A regional grouping (African Union, CARICOM) is not a country and is rejected
 * rather than guessed at: corridor would need a place declared for it first.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { countryByCode, resolveCountry } from '../../store/dimensions/countries.js';
import { countryPlace } from '../../store/dimensions/geography.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';
import { parseCount, parseEnum } from '../read/cells.js';
import { readCsv } from '../read/csv.js';
import { Seen } from '../read/seen.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { DONOR_USA, DS, FACT_SHEET_DATE } from './describe.js';

export const HEADER = ['as_of_date', 'donor', 'recipient_as_published', 'recipient_name', 'recipient_iso3', 'doses_donated_and_shipped'];
const [DATE, DONOR, AS_PUBLISHED, NAME, ISO3, DOSES] = HEADER.map((_, i) => i);

const DONORS: Record<string, string> = { 'United States': DONOR_USA };
const GROUPINGS = new Set(['AFRICAN UNION', 'CARICOM', 'CARIBBEAN COMMUNITY', 'COVAX', 'AVAT', 'AFRICAN VACCINE ACQUISITION TRUST']);

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files.donations;
  if (!file) throw new Error('wh-vaccines: no file "donations" in the parse context');
  const table = await readCsv(ctx, file, { header: HEADER });
  const recipients = new Seen('row');
  return table.rows.map((row, i) => {
    const at = (c: number): Location => ({ file: file.name, row: table.lineOf(i), column: HEADER[c] });
    asOfDate(row[DATE], at(DATE));
    const category = parseEnum(row[DONOR], DONORS, at(DONOR), 'donor');
    const iso3 = recipient(row, at);
    recipients.add(iso3, at(ISO3), `recipient ${iso3}`);
    const doses = parseCount(row[DOSES], at(DOSES), { blank: 'null' });
    if (doses !== null && doses % 1000 !== 0) {
      throw new InputError(at(DOSES), 'a whole number of thousands of doses (as every figure in the fact sheet is)', shown(row[DOSES]), 'unexpected figure');
    }
    return observation(DS, FACT_SHEET_DATE, doses, { geography: countryPlace(iso3), category }, at(DOSES));
  });
}

/** Every row is "to date" on the day of the fact sheet. */
function asOfDate(text: string | null, at: Location): void {
  const t = (text ?? '').trim();
  const d = new Date(`${t}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t) {
    throw new InputError(at, 'a date YYYY-MM-DD', shown(text), 'not a date');
  }
  if (t !== FACT_SHEET_DATE) throw new InputError(at, `${FACT_SHEET_DATE}, the date of the fact sheet`, shown(text), 'unexpected date');
}

/** The recipient's ISO code, after checking that the label and the name say the same. */
function recipient(row: (string | null)[], at: (c: number) => Location): string {
  const iso3 = (row[ISO3] ?? '').trim();
  const country = countryByCode(iso3);
  if (!/^[A-Z]{3}$/.test(iso3) || !country || country.group) {
    throw new InputError(at(ISO3), 'the ISO 3166-1 alpha-3 code of a country', shown(row[ISO3]), 'unknown country code');
  }
  for (const c of [AS_PUBLISHED, NAME]) {
    const label = (row[c] ?? '').trim();
    if (GROUPINGS.has(normaliseLabel(label))) {
      throw new InputError(at(c), 'a recipient country (a regional grouping needs a place declared for it before it can be loaded)', shown(row[c]), 'regional grouping');
    }
    const code = resolveCountry(label, at(c));
    if (code !== iso3) throw new InputError(at(c), `${country.label.en} (${iso3}, as recipient_iso3 says)`, `${shown(row[c])}, which is ${code}`, 'inconsistent recipient');
  }
  return iso3;
}
