/**
 * The levers of a scenario: what the negotiators argue about, each with a start month, an
 * optional end month and a ramp. Multipliers are neutral at 1; expulsion shares are absolute
 * (0 to 1) and neutral when absent (the calibrated share continues). Validated with zod; a
 * value out of range is an error naming the lever and what is allowed. Pure: the dashboard
 * uses the same definitions for its sliders.
 */
import { z } from 'zod';
import type { Bilingual } from '../../model/index.js';
import { BORDER_STATES, GROUPS } from './groups.js';
import { monthIndex } from './months.js';
import { said } from '../../lib/zod-es.js';

export type LeverId = 'enforcementSouth' | 'enforcementRest' | 'expelSA' | 'expelFMUA' | 'expelUC' | 'familyAcceptance' | 'reattempt' | 'departures' | 'capacity';

export interface LeverDefinition {
  id: LeverId;
  kind: 'multiplier' | 'share';
  min: number;
  max: number;
  step: number;
  label: Bilingual;
  definition: Bilingual;
}

const lever = (id: LeverId, kind: LeverDefinition['kind'], min: number, max: number, step: number, label: Bilingual, definition: Bilingual): LeverDefinition => ({ id, kind, min, max, step, label, definition });

export const LEVERS: LeverDefinition[] = [
  lever('enforcementSouth', 'multiplier', 0.5, 3, 0.05,
    { en: "Mexico's enforcement, southern border states", es: 'Control migratorio de México, estados de la frontera sur' },
    { en: "Multiplies the share of people in transit Mexico apprehends in its southern states (Chiapas, Tabasco, Campeche, Quintana Roo). 1 = as in the calibration window.", es: 'Multiplica la proporción de personas en tránsito que México detiene en sus estados del sur (Chiapas, Tabasco, Campeche, Quintana Roo). 1 = como en la ventana de calibración.' }),
  lever('enforcementRest', 'multiplier', 0.5, 3, 0.05,
    { en: "Mexico's enforcement, rest of Mexico", es: 'Control migratorio de México, resto del país' },
    { en: 'Multiplies the share of people still in transit that Mexico apprehends after its southern states.', es: 'Multiplica la proporción de personas aún en tránsito que México detiene después de sus estados del sur.' }),
  lever('expelSA', 'share', 0, 1, 0.01,
    { en: 'Share of single adults the US expels or returns at the border', es: 'Proporción de personas adultas solas que EE. UU. expulsa o devuelve en la frontera' },
    { en: 'Of the single adults encountered, the share sent back at once (Title 42 expulsions and the like): Mexicans and Central Americans into Mexico, others to their country. One share for every nationality group; at no change, each group\'s share of the window\'s last three months (model card).', es: 'De las personas adultas solas encontradas, la proporción devuelta de inmediato (expulsiones del Título 42 y similares): mexicanas y centroamericanas a México, las demás a su país. Una sola proporción para todos los grupos de nacionalidad; sin cambio, la de cada grupo en los tres últimos meses de la ventana (ficha del modelo).' }),
  lever('expelFMUA', 'share', 0, 1, 0.01,
    { en: 'Share of people in families the US expels or returns', es: 'Proporción de personas en familia que EE. UU. expulsa o devuelve' },
    { en: 'As for single adults; non-Mexican families sent into Mexico are limited by what Mexico accepts. One share for every nationality group; at no change, each group\'s share of the window\'s last three months (model card).', es: 'Como para adultos solos; las familias no mexicanas enviadas a México están limitadas por lo que México acepta. Una sola proporción para todos los grupos de nacionalidad; sin cambio, la de cada grupo en los tres últimos meses de la ventana (ficha del modelo).' }),
  lever('expelUC', 'share', 0, 1, 0.01,
    { en: 'Share of unaccompanied children the US expels or returns', es: 'Proporción de niñas, niños y adolescentes no acompañados que EE. UU. expulsa o devuelve' },
    { en: 'US law has exempted unaccompanied children from non-contiguous countries from expulsion since early 2021. One share for every nationality group; at no change, each group\'s share of the window\'s last three months (model card).', es: 'Desde inicios de 2021 la ley de EE. UU. exime de la expulsión a menores no acompañados de países no contiguos. Una sola proporción para todos los grupos de nacionalidad; sin cambio, la de cada grupo en los tres últimos meses de la ventana (ficha del modelo).' }),
  lever('familyAcceptance', 'multiplier', 0, 5, 0.05,
    { en: 'Expelled non-Mexican families Mexico accepts', es: 'Familias no mexicanas expulsadas que México acepta' },
    { en: "Multiplies Mexico's monthly cap on expelled non-Mexican families (the most it accepted in a month in the last six months of the window), by receiving border state.", es: 'Multiplica el tope mensual de familias no mexicanas expulsadas que México acepta (lo más que aceptó en un mes en los últimos seis meses de la ventana), por estado fronterizo receptor.' }),
  lever('reattempt', 'multiplier', 0, 3, 0.05,
    { en: 'Re-attempt rate of people sent back into Mexico', es: 'Tasa de reintento de las personas devueltas a México' },
    { en: 'Multiplies the monthly share of people waiting in northern Mexico who cross again.', es: 'Multiplica la proporción mensual de personas que esperan en el norte de México y vuelven a cruzar.' }),
  lever('departures', 'multiplier', 0.25, 3, 0.05,
    { en: 'Departures toward the US (root causes, push factors)', es: 'Salidas hacia EE. UU. (causas de fondo, factores de expulsión)' },
    { en: 'Multiplies the people setting out, for all groups or the groups listed.', es: 'Multiplica las personas que salen, para todos los grupos o los indicados.' }),
  lever('capacity', 'multiplier', 0.25, 3, 0.05,
    { en: 'US processing capacity', es: 'Capacidad de procesamiento de EE. UU.' },
    { en: 'Multiplies the most people the US processed under Title 8 in a month of the window; people beyond it wait in northern Mexico.', es: 'Multiplica lo más que EE. UU. procesó bajo el Título 8 en un mes de la ventana; quienes lo exceden esperan en el norte de México.' }),
];

export const LEVER_BY_ID = new Map(LEVERS.map((l) => [l.id, l]));

const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: said('a month written YYYY-MM', 'un mes escrito AAAA-MM') });

function ramp(def: LeverDefinition) {
  return z
    .object({
      value: z.number().min(def.min, { message: said(`a number from ${def.min} to ${def.max}`, `un número de ${def.min} a ${def.max}`) }).max(def.max, { message: said(`a number from ${def.min} to ${def.max}`, `un número de ${def.min} a ${def.max}`) }),
      from: monthText,
      to: monthText.optional(),
      /** Months to reach the full value from neutral (0: at once). */
      rampMonths: z.number().int().min(0).max(24, { message: said('a whole number of months from 0 to 24', 'un número entero de meses de 0 a 24') }).optional(),
    })
    .strict()
    .refine((r) => r.to === undefined || monthIndex(r.to) >= monthIndex(r.from), { message: said('a month not before "from"', 'un mes no anterior a "from"'), path: ['to'] });
}

const byId = (id: LeverId) => LEVER_BY_ID.get(id)!;
const stateMultipliers = z.partialRecord(z.enum(BORDER_STATES, { message: said(`one of ${BORDER_STATES.join(', ')}`, `uno de ${BORDER_STATES.join(', ')}`) }), z.number().min(0, { message: said('a number from 0 to 5', 'un número de 0 a 5') }).max(5, { message: said('a number from 0 to 5', 'un número de 0 a 5') }));

export const leversSchema = z
  .object({
    enforcementSouth: ramp(byId('enforcementSouth')).optional(),
    enforcementRest: ramp(byId('enforcementRest')).optional(),
    expelSA: ramp(byId('expelSA')).optional(),
    expelFMUA: ramp(byId('expelFMUA')).optional(),
    expelUC: ramp(byId('expelUC')).optional(),
    familyAcceptance: ramp(byId('familyAcceptance'))
      .and(z.object({ states: stateMultipliers.optional() }))
      .optional(),
    reattempt: ramp(byId('reattempt')).optional(),
    departures: ramp(byId('departures'))
      .and(z.object({ groups: z.array(z.enum(GROUPS, { message: said(`one of ${GROUPS.join(', ')}`, `uno de ${GROUPS.join(', ')}`) })).min(1).optional() }))
      .optional(),
    capacity: ramp(byId('capacity')).optional(),
  })
  .strict();

export type Levers = z.infer<typeof leversSchema>;
export type Ramp = NonNullable<Levers['enforcementSouth']>;

/**
 * How much of a lever applies in month `m` (months since year 0): 0 before its start and
 * after its end, rising linearly to 1 over rampMonths (the first month already counts).
 */
export function rampWeight(r: Pick<Ramp, 'from' | 'to' | 'rampMonths'> | undefined, m: number): number {
  if (!r) return 0;
  const start = monthIndex(r.from);
  if (m < start || (r.to !== undefined && m > monthIndex(r.to))) return 0;
  const k = r.rampMonths ?? 0;
  return k <= 0 ? 1 : Math.min(1, (m - start + 1) / k);
}

/** The lever's value in month m, moving from `base` (neutral) toward its value. */
export function leverValue(r: Ramp | undefined, m: number, base: number): number {
  if (!r) return base;
  const w = rampWeight(r, m);
  return base + w * (r.value - base);
}
