/**
 * The structure of each dashboard file, as far as corridor reads it (other metadata
 * keys are allowed; series entries may hold nothing but their date and value).
 */
import { z } from 'zod';

const count = z.number('a number').int('a whole number').nonnegative('a count (0 or more)');
const month = z.string('a month "YYYY-MM"').regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month "YYYY-MM"');
const year = z.string().regex(/^(19|20)\d\d$/, 'a fiscal year "YYYY"');

/** A monthly series; a null value is a month the compiler left blank. */
export const Series = z.array(z.strictObject({ date: month, value: count.nullable() }), 'a list of {date, value}');

export const BorderEncounters = z.object({
  id: z.literal('border_encounters', 'the id "border_encounters"'),
  unit: z.literal('per month', 'the unit "per month"'),
  series: Series,
});

export const OhssBackfill = z.object({
  _source: z.string('a statement of the source').regex(/Office of Homeland Security Statistics/, 'a source naming the Office of Homeland Security Statistics'),
  series: Series,
});

export const IceRemovalsAnnual = z.object({
  annual: z.array(
    z.strictObject({
      fy: z.number('a fiscal year').int('a fiscal year').min(1990, 'a fiscal year').max(2100, 'a fiscal year'),
      value: count,
      source: z.string('the report the value comes from'),
    }),
    'a list of {fy, value, source}',
  ),
});

export const IceAdpAnnual = z.object({
  adp_by_fy: z.record(year, z.number('a number').nonnegative('an average population (0 or more)'), 'an object fiscal year → average daily population'),
  components_cbp_plus_ice: z.record(year, z.tuple([count, count], '[CBP-arrest ADP, ICE-arrest ADP]'), 'an object fiscal year → [CBP, ICE]'),
});
