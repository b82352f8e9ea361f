/**
 * The 16 sheets of the OHSS "KHSM Encounters (USBP)" workbook: one long-format table
 * each (Fiscal Year, [Month], dimension columns..., Quantity), one dataset each.
 */
import type { Bilingual, Dimension, Grain } from '../types.js';

/** A dimension column of the workbook and the store dimension it fills. */
export type DimColumn = 'Region' | 'Sector' | 'Citizenship' | 'Family Status';

export interface SheetSpec {
  /** Sheet name in the workbook, exactly. */
  sheet: string;
  dataset: string;
  grain: Extract<Grain, 'month' | 'fy'>;
  /** Dimension columns between the period columns and Quantity, in order. */
  dims: DimColumn[];
  title: Bilingual;
  complete: Dimension[];
  /** Extra caveats for this table (joined to the notes every table gets). */
  notes?: Bilingual;
}

interface Table {
  name: string;
  slug: string;
  dims: DimColumn[];
  title: Bilingual;
  complete: Dimension[];
  notes?: Bilingual;
}

const FAMILY_NOTE: Bilingual = {
  en: 'Before FY2008 there is no unaccompanied-children row and before FY2012 no family-unit row: until then children and families are counted among single adults.',
  es: 'Antes del año fiscal 2008 no hay fila de niñas, niños y adolescentes no acompañados, y antes del año fiscal 2012 no hay fila de unidades familiares: hasta entonces se cuentan entre los adultos solos.',
};

const CITIZENSHIP_NOTE: Bilingual = {
  en: 'Lists every citizenship whose rounded count is not zero, including "Unknown"; citizenships that round to 0 are left out. The listed values add up to the total within rounding (up to 5 per citizenship, so small totals such as a month on the northern border can differ by a few tens).',
  es: 'Incluye toda ciudadanía cuyo conteo redondeado no es cero, incluida "Desconocida"; se omiten las que redondean a 0. Los valores suman el total salvo redondeo (hasta 5 por ciudadanía, de modo que totales pequeños, como un mes en la frontera norte, pueden diferir en algunas decenas).',
};

const SECTOR_NOTE: Bilingual = {
  en: 'Every Border Patrol sector, including Livermore (closed 2004). Each sector belongs to one border region.',
  es: 'Todos los sectores de la Patrulla Fronteriza, incluido Livermore (cerrado en 2004). Cada sector pertenece a una región fronteriza.',
};

const TABLES: Table[] = [
  { name: 'Count', slug: 'count', dims: [],
    title: { en: 'USBP encounters, nationwide', es: 'Encuentros de la Patrulla Fronteriza, todo el país' }, complete: [] },
  { name: 'Citizenship', slug: 'citizenship', dims: ['Citizenship'],
    title: { en: 'USBP encounters by citizenship', es: 'Encuentros de la Patrulla Fronteriza por ciudadanía' },
    complete: ['citizenship'], notes: CITIZENSHIP_NOTE },
  { name: 'Region', slug: 'region', dims: ['Region'],
    title: { en: 'USBP encounters by border region', es: 'Encuentros de la Patrulla Fronteriza por región fronteriza' },
    complete: ['geography'] },
  { name: 'Family Status', slug: 'family-status', dims: ['Family Status'],
    title: { en: 'USBP encounters by family status', es: 'Encuentros de la Patrulla Fronteriza por situación familiar' },
    complete: ['demographic'], notes: FAMILY_NOTE },
  { name: 'Sector', slug: 'sector', dims: ['Sector'],
    title: { en: 'USBP encounters by sector', es: 'Encuentros de la Patrulla Fronteriza por sector' },
    complete: ['geography'], notes: SECTOR_NOTE },
  { name: 'Rgn and Citp', slug: 'region-citizenship', dims: ['Region', 'Citizenship'],
    title: { en: 'USBP encounters by border region and citizenship', es: 'Encuentros de la Patrulla Fronteriza por región fronteriza y ciudadanía' },
    complete: ['geography', 'citizenship'], notes: CITIZENSHIP_NOTE },
  { name: 'Rgn and Fam Status', slug: 'region-family-status', dims: ['Region', 'Family Status'],
    title: { en: 'USBP encounters by border region and family status', es: 'Encuentros de la Patrulla Fronteriza por región fronteriza y situación familiar' },
    complete: ['geography', 'demographic'], notes: FAMILY_NOTE },
  // The sector already implies its region: the store keeps the sector code only (the
  // parser checks that the published region is the sector's region).
  { name: 'Rgn and Sector', slug: 'region-sector', dims: ['Region', 'Sector'],
    title: { en: 'USBP encounters by border region and sector', es: 'Encuentros de la Patrulla Fronteriza por región fronteriza y sector' },
    complete: ['geography'], notes: SECTOR_NOTE },
];

export const SOURCE_ID = 'ohss-khsm';

/** In workbook order: Annual then Monthly for each table. */
export const SHEETS: SheetSpec[] = TABLES.flatMap((t) =>
  (['annual', 'monthly'] as const).map((kind) => ({
    sheet: `${kind === 'annual' ? 'Annual' : 'Monthly'} ${t.name}`,
    dataset: `${SOURCE_ID}/${kind}-${t.slug}`,
    grain: kind === 'annual' ? ('fy' as const) : ('month' as const),
    dims: t.dims,
    title: {
      en: `${t.title.en}, ${kind === 'annual' ? 'by fiscal year' : 'monthly'}`,
      es: `${t.title.es}, ${kind === 'annual' ? 'por año fiscal' : 'mensual'}`,
    },
    complete: t.complete,
    notes: t.notes,
  })),
);

/** Header cells of a sheet, as published (the "Fiscal\nYear" newline is compared as a space). */
export function headersOf(spec: SheetSpec): string[] {
  return ['Fiscal Year', ...(spec.grain === 'month' ? ['Month'] : []), ...spec.dims, 'Quantity'];
}
