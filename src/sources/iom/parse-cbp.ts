/**
 * CBP's southwest land border encounters as IOM compiled them → observations.
 * Before October 2019 the rows have neither area nor nationality (the southwest
 * border as a whole); from then on every row has both: the area of responsibility
 * becomes the Border Patrol sector or OFO field office. The fiscal year is the
 * month's (t), never the file's mislabelled t_fy, which is not read.
 */
import { InputError, shown } from '../../errors.js';
import { fieldOfficeCode, sectorCode } from '../../store/dimensions/geography.js';
import { observation, type Observation, type ParseContext } from '../types.js';
import { DATASET } from './datasets.js';
import { FILES } from './files.js';
import { AUTHORITIES, CBP_DEMOGRAPHICS, COMPONENTS, TYPE_OF } from './labels.js';
import { count, label, monthPeriod, nationality, onePerKey, readIomTable, yearMonth, type IomRow } from './table.js';

/** The first month with area and nationality (FY2020). */
export const DETAIL_FROM = '2019-10-01';

/** The sector (Border Patrol) or field office (OFO) an area names; an area of the other component is an error. */
function areaOf(row: IomRow, component: string): string {
  const text = (row.cell('area') ?? '').trim();
  const code = component === 'USBP' ? (/ Sector$/.test(text) ? sectorCode(text) : undefined) : / Field Office$/.test(text) ? fieldOfficeCode(text) : undefined;
  if (!code?.startsWith(component === 'USBP' ? 'USBP-' : 'OFO-')) {
    const expected = component === 'USBP' ? 'a southwest Border Patrol sector ("El Paso Sector")' : 'a southwest OFO field office ("El Paso Field Office")';
    throw new InputError(row.at('area'), expected, shown(text), 'unknown area of responsibility');
  }
  return code;
}

export async function parseEncounters(ctx: ParseContext): Promise<Observation[]> {
  const t = await readIomTable(ctx, FILES.usa);
  const once = onePerKey('month, component, area, authority, demographic and nationality');
  return t.rows.map((row) => {
    const period = monthPeriod(yearMonth(row));
    const component = label(row, 'component', COMPONENTS, 'component');
    const authority = label(row, 'authority', AUTHORITIES, 'title of authority');
    const type = (row.cell('type') ?? '').trim();
    const implied = TYPE_OF[`${component} ${authority}`];
    if (type !== implied) throw new InputError(row.at('type'), `"${implied}" (${row.cell('component')} under ${row.cell('authority')})`, shown(type), 'inconsistent encounter type');
    const demographic = label(row, 'demog', CBP_DEMOGRAPHICS, 'demographic');
    const detailed = period >= DETAIL_FROM;
    let geography = 'US-SWB';
    let citizenship = 'ALL';
    if (detailed) {
      geography = areaOf(row, component);
      citizenship = nationality(row);
    } else {
      for (const column of ['area', 'nat']) {
        if ((row.cell(column) ?? '').trim() !== '') throw new InputError(row.at(column), `an empty cell (before October 2019 the file has no ${column === 'area' ? 'area' : 'nationality'})`, shown(row.cell(column)), 'unexpected detail');
      }
    }
    once(row, [period.slice(0, 7), component, geography, authority, demographic, citizenship], 't');
    return observation(detailed ? DATASET.cbpByArea : DATASET.cbpNational, period, count(row), { geography, component, authority, demographic, citizenship }, row.at('n'));
  });
}
