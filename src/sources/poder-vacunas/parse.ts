/**
 * contratos.csv, one row per agreement: doses (CONTRACT_AMOUNT in "DOSIS") on the
 * agreement's start date, under the category of its supplier (and donor).
 */
import { InputError, shown, type Location } from '../../errors.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';
import { parseCount, parseEnum } from '../read/cells.js';
import { readCsv } from '../read/csv.js';
import { Seen } from '../read/seen.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { agreementCategory, DONORS, knownSuppliers, METHODS, type Method } from './agreements.js';
import { parseDayMonthYear } from './dates.js';
import { DS } from './describe.js';

export const HEADER = [
  'OCID', 'CONTRACT_TITLE', 'CONTRACT_TYPE', 'PROCUREMENT_METHOD', 'BUYER_NAME', 'SUPPLIER_NAMES',
  'CONTRACT_START_DATE', 'CONTRACT_END_DATE', 'CONTRACT_AMOUNT', 'CONTRACT_CURRENCY',
];
const [OCID, TITLE, TYPE, METHOD, BUYER, SUPPLIER, START, END, AMOUNT, CURRENCY] = HEADER.map((_, i) => i);

const TYPES: Record<string, string> = { Adquisiciones: 'procurement' };
const BUYERS: Record<string, string> = { 'SECRETARIA DE SALUD': 'health', 'SECRETARIA DE RELACIONES EXTERIORES': 'foreign-affairs' };
/** The amount is a number of doses: any other currency would be money. */
const CURRENCIES: Record<string, string> = { DOSIS: 'doses' };

export async function parse(ctx: ParseContext): Promise<Observation[]> {
  const file = ctx.files.contracts;
  if (!file) throw new Error('poder-vacunas: no file "contracts" in the parse context');
  const table = await readCsv(ctx, file, { header: HEADER });
  const ids = new Seen('row');
  const cells = new Seen('agreement date and supplier');
  return table.rows.map((row, i) => {
    const at = (c: number): Location => ({ file: file.name, row: table.lineOf(i), column: HEADER[c] });
    const ocid = (row[OCID] ?? '').trim();
    if (!/^\d+$/.test(ocid)) throw new InputError(at(OCID), 'a whole-number agreement id', shown(row[OCID]), 'not an id');
    ids.add(ocid, at(OCID), `OCID ${ocid}`);
    parseEnum(row[TYPE], TYPES, at(TYPE), 'contract type');
    parseEnum(row[BUYER], BUYERS, at(BUYER), 'buyer');
    parseEnum(row[CURRENCY], CURRENCIES, at(CURRENCY), 'currency (the amount must be a number of doses)');
    const method = parseEnum(row[METHOD], METHODS, at(METHOD), 'procurement method');
    const category = supplierCategory(method, row[SUPPLIER], donorOf(method, row[TITLE], at(TITLE)), at(SUPPLIER));
    const period = parseDayMonthYear(row[START], at(START));
    if ((row[END] ?? '').trim() !== '' && parseDayMonthYear(row[END], at(END)) < period) {
      throw new InputError(at(END), `a date on or after the start date ${row[START]}`, shown(row[END]), 'end before start');
    }
    cells.claim(`${period}|${category}`, () => `${row[START]}, ${row[SUPPLIER]}`, at(START));
    const doses = parseCount(row[AMOUNT], at(AMOUNT), { blank: 'null' });
    return observation(DS, period, doses, { geography: 'MX', category }, at(AMOUNT));
  });
}

/**
 * The donor a donation's title names ("CONVENIO DE DONACION DE VACUNA ... CON EL GOBIERNO
 * DE CANADÁ"); a purchase's title must not read as a donation.
 */
function donorOf(method: Method, title: string | null, at: Location): string | undefined {
  const t = normaliseLabel(title ?? '');
  if (t === '') throw new InputError(at, 'the title of the agreement', 'an empty cell', 'missing value');
  const isDonation = /^CONVENIO DE DONACION\b/.test(t);
  if (method === 'direct-award') {
    if (isDonation) throw new InputError(at, 'the title of a purchase (PROCUREMENT_METHOD is "ADJUDICACION DIRECTA")', shown(title), 'inconsistent agreement');
    return undefined;
  }
  const donor = isDonation ? t.match(/ CON (.+)$/)?.[1] : undefined;
  if (!donor || !DONORS[donor]) {
    const known = Object.keys(DONORS).map((d) => `"... CON ${d}"`).join(', ');
    throw new InputError(at, `the title of a donation agreement naming a known donor: ${known}`, shown(title), 'unknown donor');
  }
  return donor;
}

function supplierCategory(method: Method, supplier: string | null, donor: string | undefined, at: Location): string {
  const category = agreementCategory(method, supplier ?? '', donor);
  if (!category) throw new InputError(at, `a supplier declared in poder-vacunas/agreements.ts for this method: ${knownSuppliers(method)}`, shown(supplier), 'unknown supplier');
  return category;
}
