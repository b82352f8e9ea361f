/**
 * The model's assumptions that no series in the store pins down: named, stated, editable
 * (a scenario file's "assumptions" object), and shown in the model card.
 */
import { z } from 'zod';
import type { Bilingual } from '../../model/index.js';
import { said } from '../../lib/zod-es.js';

export const assumptionsSchema = z
  .object({
    /** Monthly share of the people waiting in northern Mexico who give up and leave the border. */
    leaveRate: z.number().min(0, { message: said('a number from 0 to 0.9', 'un número de 0 a 0.9') }).max(0.9, { message: said('a number from 0 to 0.9', 'un número de 0 a 0.9') }).optional(),
    /** Monthly re-attempt rate, used only when the window has too few expulsion months to estimate it. */
    reattemptRate: z.number().min(0, { message: said('a number from 0 to 0.9', 'un número de 0 a 0.9') }).max(0.9, { message: said('a number from 0 to 0.9', 'un número de 0 a 0.9') }).optional(),
    /** Share of the people Mexico apprehends that it returns, used only when the store has no returns for the window. */
    mexicoReturnShare: z.number().min(0, { message: said('a number from 0 to 1', 'un número de 0 a 1') }).max(1, { message: said('a number from 0 to 1', 'un número de 0 a 1') }).optional(),
    /** Elasticity of departures to the chance of getting through Mexico (0: enforcement does not deter). */
    deterrence: z.number().min(0, { message: said('a number from 0 to 2', 'un número de 0 a 2') }).max(2, { message: said('a number from 0 to 2', 'un número de 0 a 2') }).optional(),
  })
  .strict();

export type Assumptions = Required<z.infer<typeof assumptionsSchema>>;

export const DEFAULT_ASSUMPTIONS: Assumptions = { leaveRate: 0.3, reattemptRate: 0.3, mexicoReturnShare: 0.8, deterrence: 0 };

export const ASSUMPTION_TEXT: Record<keyof Assumptions, { label: Bilingual; why: Bilingual }> = {
  leaveRate: {
    label: { en: 'People waiting in northern Mexico who leave the border each month', es: 'Personas que esperan en el norte de México y dejan la frontera cada mes' },
    why: { en: 'No series counts how long people stay; 0.3 means a typical stay of about three months.', es: 'Ninguna serie cuenta cuánto tiempo se quedan; 0.3 equivale a una estancia típica de unos tres meses.' },
  },
  reattemptRate: {
    label: { en: 'Monthly re-attempt rate when the window cannot estimate it', es: 'Tasa mensual de reintento cuando la ventana no permite estimarla' },
    why: { en: 'Estimated from expulsions and encounters when the window has at least six months of expulsions into Mexico; otherwise this value is used.', es: 'Se estima de las expulsiones y los encuentros cuando la ventana tiene al menos seis meses de expulsiones a México; si no, se usa este valor.' },
  },
  mexicoReturnShare: {
    label: { en: 'Share of people Mexico apprehends that it returns to their country', es: 'Proporción de las personas detenidas por México que devuelve a su país' },
    why: { en: "Estimated from Mexico's returns when the store has them for the window; otherwise 0.8 (UPM's 2019 yearly totals: 149,812 returned of 182,940 presented).", es: 'Se estima de los retornos de México cuando el almacén los tiene para la ventana; si no, 0.8 (totales anuales de la UPM de 2019: 149,812 devueltos de 182,940 presentados).' },
  },
  deterrence: {
    label: { en: 'Deterrence: how departures respond to the chance of getting through Mexico', es: 'Disuasión: cómo responden las salidas a la probabilidad de cruzar México' },
    why: { en: '0 means more enforcement stops people but does not discourage anyone from setting out; 1 means departures fall in proportion to the chance of getting through. The store cannot estimate it.', es: '0 significa que más control detiene a las personas pero no disuade a nadie de salir; 1 significa que las salidas caen en proporción a la probabilidad de cruzar. El almacén no permite estimarla.' },
  },
};
