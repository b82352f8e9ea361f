/**
 * The scenario model's card: what it is, what it was calibrated on and what it estimated,
 * every assumption with its value, the gaps in the data, and its back-test record. Bilingual.
 */
import type { Bilingual } from '../../model/index.js';
import { ASSUMPTION_TEXT, type Assumptions } from './assumptions.js';
import type { Estimates } from './calibrate.js';
import { BORDER_STATES, BORDER_STATE_LABELS, GROUPS, GROUP_LABELS, MEX } from './groups.js';
import type { Calibration } from './types.js';

export interface ModelCardLine {
  label: Bilingual;
  value: string;
  note?: Bilingual;
}

export interface ScenarioModelCard {
  model: Bilingual;
  window: { from: string; to: string };
  draws: number;
  estimates: ModelCardLine[];
  assumptions: ModelCardLine[];
  structural: Bilingual[];
  gaps: Calibration['gaps'];
}

const fmt = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : '∞');
const whole = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '∞');

export const MODEL_TEXT: Bilingual = {
  en: 'A monthly flow model of the corridor by nationality group (Mexico, Guatemala, Honduras, El Salvador, rest of the Americas, rest of the world) and demographic (single adults, families, unaccompanied children): departures (latent), transit through Mexico (apprehended in its southern states, then in the rest of Mexico; returned or released), arrival at the US southwest border, the US outcome (sent back into Mexico, removed to origin, processed), and re-attempts by people waiting in northern Mexico. Calibrated on the store\'s series; the uncertainty of the fit is carried by bootstrap draws of the parameters and of the departures\' path.',
  es: 'Un modelo mensual de flujos del corredor por grupo de nacionalidad (México, Guatemala, Honduras, El Salvador, resto de América, resto del mundo) y grupo demográfico (adultos solos, familias, menores no acompañados): salidas (latentes), tránsito por México (detenidas en sus estados del sur y luego en el resto del país; devueltas o liberadas), llegada a la frontera suroeste de EE. UU., el resultado en EE. UU. (devueltas a México, deportadas a su país, procesadas) y reintentos de quienes esperan en el norte de México. Calibrado con las series del almacén; la incertidumbre del ajuste se arrastra con réplicas bootstrap de los parámetros y de la trayectoria de las salidas.',
};

export const STRUCTURAL: Bilingual[] = [
  { en: 'Encounters are events, not people: a person who crosses twice is two encounters. "People arriving for the first time" is encounters less the model\'s re-attempts.', es: 'Los encuentros son eventos, no personas: quien cruza dos veces cuenta dos encuentros. "Personas que llegan por primera vez" son los encuentros menos los reintentos del modelo.' },
  { en: 'No change means: departures stay at the level of the window\'s last three months (no trend, no seasonality), with month-to-month swings as large as the window\'s.', es: 'Sin cambios significa: las salidas se mantienen al nivel de los tres últimos meses de la ventana (sin tendencia ni estacionalidad), con variaciones mensuales tan grandes como las de la ventana.' },
  { en: 'Mexicans do not transit Mexico; Mexicans and people from Guatemala, Honduras and El Salvador sent back by the US go into Mexico, others are removed to their country.', es: 'Las personas mexicanas no transitan por México; las mexicanas y las de Guatemala, Honduras y El Salvador devueltas por EE. UU. van a México, las demás son deportadas a su país.' },
  { en: 'The model simulates people sent back into Mexico as Title 42 expulsions only. Outside Title 42 (before March 2020, after May 2023) the US sends people into Mexico under Title 8: where the window has what Mexico recorded receiving from the US (INM, from October 2024), that level is held in every simulated month; otherwise those people are left out, and the gaps say so.', es: 'El modelo simula a las personas devueltas a México solo como expulsiones del Título 42. Fuera del Título 42 (antes de marzo de 2020, después de mayo de 2023) EE. UU. envía personas a México bajo el Título 8: donde la ventana tiene lo que México registró recibir de EE. UU. (INM, desde octubre de 2024), ese nivel se mantiene en cada mes simulado; si no, esas personas quedan fuera, y los datos faltantes lo dicen.' },
  { en: 'Where people are sent back: each Border Patrol sector or OFO field office is mapped to the Mexican state across from most of it (Yuma → Sonora, Big Bend → Chihuahua, Laredo → Tamaulipas); Nuevo León gets none.', es: 'A dónde se devuelve: cada sector de la Patrulla Fronteriza u oficina de campo de la OFO se asigna al estado mexicano frente a la mayor parte de él (Yuma → Sonora, Big Bend → Chihuahua, Laredo → Tamaulipas); Nuevo León no recibe ninguno.' },
  { en: 'People the US cannot process beyond its capacity wait in northern Mexico and try again.', es: 'Las personas que EE. UU. no puede procesar por encima de su capacidad esperan en el norte de México y vuelven a intentarlo.' },
  { en: 'A scenario is a what-if under these assumptions, not a forecast: the bands show the uncertainty of the calibration and of the departures, not of the assumptions.', es: 'Un escenario es un "qué pasaría si" bajo estos supuestos, no un pronóstico: las bandas muestran la incertidumbre de la calibración y de las salidas, no la de los supuestos.' },
];

/** What each stage of a gap is, as people read it (the stage id stays the machine's). */
export const GAP_STAGE_LABELS: Record<string, Bilingual> = {
  'us-encounters': { en: 'US encounters', es: 'Encuentros en EE. UU.' },
  'other-countries': { en: 'Other countries', es: 'Otros países' },
  'us-expulsions': { en: 'US expulsions (Title 42)', es: 'Expulsiones de EE. UU. (Título 42)' },
  'mexico-apprehensions': { en: "Mexico's apprehensions", es: 'Detenciones de México' },
  'mexico-apprehensions-south': { en: "Mexico's apprehensions by state", es: 'Detenciones de México por estado' },
  'border-states': { en: 'Where people are sent back', es: 'A dónde se devuelve a las personas' },
  'into-mexico': { en: 'Sent back into Mexico', es: 'Devueltas a México' },
  'title42-ended': { en: 'End of Title 42', es: 'Fin del Título 42' },
  'non-mexicans-received': { en: 'Non-Mexicans Mexico received', es: 'Personas no mexicanas que México recibió' },
};

/** A gap's stage as people read it; an unknown stage is shown as its id. */
export const gapStageLabel = (stage: string, lang: 'en' | 'es'): string => GAP_STAGE_LABELS[stage]?.[lang] ?? stage;

/** Group names as a sentence reads them (GROUP_LABELS are headings). */
const GROUP_NAMES: Partial<Record<(typeof GROUPS)[number], Bilingual>> = {
  OAM: { en: 'rest of the Americas', es: 'resto de América' },
  ROW: { en: 'rest of the world', es: 'resto del mundo' },
};

/**
 * Mexico's apprehension rates of people in transit (southern states, rest of Mexico, all): one
 * figure a transit group where they differ (the store has Mexico's apprehensions by
 * nationality), else the one figure common to them, saying which it is.
 */
export function apprehensionLine(est: Pick<Estimates, 'apprehendSouth' | 'apprehendRest' | 'apprehensionByGroup'>): ModelCardLine {
  const transitGroups = GROUPS.map((_, g) => g).filter((g) => g !== MEX);
  const triple = (g: number) => `${fmt(est.apprehendSouth[g])}, ${fmt(est.apprehendRest[g])}, ${fmt(1 - (1 - est.apprehendSouth[g]) * (1 - est.apprehendRest[g]))}`;
  const differ = new Set(transitGroups.map(triple)).size > 1;
  const label = { en: "Mexico's apprehension rate of people in transit: southern states, rest, all", es: 'Tasa de detención en México de personas en tránsito: estados del sur, resto, total' };
  const mean = { en: "Mean of the window's last six months with Mexico's figures", es: 'Promedio de los seis últimos meses de la ventana con cifras de México' };
  if (differ) {
    const codes = (lang: 'en' | 'es') => transitGroups.map((g) => `${GROUPS[g]} ${GROUP_NAMES[GROUPS[g]]?.[lang] ?? GROUP_LABELS[GROUPS[g]][lang]}`).join(', ');
    return {
      label,
      value: transitGroups.map((g) => `${GROUPS[g]} ${triple(g)}`).join('; '),
      note: {
        en: `By nationality group (${codes('en')}), from Mexico's apprehensions by nationality. ${mean.en}.`,
        es: `Por grupo de nacionalidad (${codes('es')}), con las detenciones de México por nacionalidad. ${mean.es}.`,
      },
    };
  }
  const why = est.apprehensionByGroup
    ? { en: "the same for every transit group (Guatemala, Honduras, El Salvador, rest of the Americas, rest of the world) in Mexico's apprehensions by nationality", es: 'la misma para todos los grupos en tránsito (Guatemala, Honduras, El Salvador, resto de América, resto del mundo) en las detenciones de México por nacionalidad' }
    : { en: "common to every transit group (Guatemala, Honduras, El Salvador, rest of the Americas, rest of the world): the store has no apprehensions by nationality for the window's months", es: 'común a todos los grupos en tránsito (Guatemala, Honduras, El Salvador, resto de América, resto del mundo): el almacén no tiene detenciones por nacionalidad para los meses de la ventana' };
  return { label, value: triple(transitGroups[0]), note: { en: `${mean.en}; ${why.en}.`, es: `${mean.es}; ${why.es}.` } };
}

/**
 * The share of each demographic the US sent back at once in the window's last three months,
 * all groups together and by nationality group: what the levers expelSA, expelFMUA and expelUC
 * leave in place (a lever at no change), stated so that a lever's value can be read against it.
 */
export function expulsionLine(est: Pick<Estimates, 'expelShare' | 'expelShareAll'>): ModelCardLine {
  const three = (xs: number[]) => xs.map((x) => fmt(x)).join(', ');
  const byGroup = GROUPS.map((g, i) => `${g} ${three(est.expelShare[i])}`).join('; ');
  return {
    label: { en: 'Share the US sends back at the border (Title 42 and the like): single adults, people in families, unaccompanied children', es: 'Proporción que EE. UU. devuelve en la frontera (Título 42 y similares): adultos solos, personas en familia, menores no acompañados' },
    value: `${three(est.expelShareAll)} (${byGroup})`,
    note: {
      en: "Sent back ÷ encountered in the window's last three months, all groups together and then by nationality group: what the levers expelSA, expelFMUA and expelUC leave in place (no change). A lever sets one share for every group (expelFMUA 0.9: 9 in 10 people in families of every group).",
      es: 'Devueltas ÷ encontradas en los tres últimos meses de la ventana, todos los grupos juntos y luego por grupo de nacionalidad: lo que las palancas expelSA, expelFMUA y expelUC dejan igual (sin cambio). Una palanca fija una sola proporción para todos los grupos (expelFMUA 0.9: 9 de cada 10 personas en familia de cada grupo).',
    },
  };
}

/**
 * Mexico's cap on expelled non-Mexican families, and what the lever familyAcceptance can do
 * with it: it multiplies the cap, so a cap of 0 (no such family accepted in the window's last
 * six months) cannot be raised, and without a cap (a window before Title 42) only 0 closes it.
 */
export function familyCapLine(cap: number): ModelCardLine {
  const label = { en: "Mexico's monthly cap on expelled non-Mexican family members", es: 'Tope mensual de México para integrantes de familias no mexicanas expulsadas' };
  if (cap === Infinity) return { label, value: whole(cap), note: { en: 'No cap: the window has no expulsions of families into Mexico to read one from. familyAcceptance 0 (for all or for a state) closes Mexico to them; other values change nothing.', es: 'Sin tope: la ventana no tiene expulsiones de familias a México de las que leerlo. familyAcceptance 0 (para todos o para un estado) cierra México a ellas; otros valores no cambian nada.' } };
  if (cap === 0) return { label, value: whole(cap), note: { en: "Mexico accepted no expelled non-Mexican family member in the window's last six months: familyAcceptance multiplies 0, so no value of it opens Mexico to them here.", es: 'México no aceptó a ningún integrante de familias no mexicanas expulsadas en los seis últimos meses de la ventana: familyAcceptance multiplica 0, así que ningún valor suyo abre México a ellas aquí.' } };
  return { label, value: whole(cap), note: { en: "The most Mexico accepted in a month of the window's last six months; familyAcceptance multiplies it, state by state.", es: 'Lo más que México aceptó en un mes de los seis últimos meses de la ventana; familyAcceptance lo multiplica, estado por estado.' } };
}

/**
 * Where the held Title 8 level comes from: the months of Mexicans and of non-Mexicans apart when
 * they differ (INM's files give whole months of non-Mexicans more rarely), and a figure read from
 * one month said to be one month, without a band.
 */
export function title8Note(t: { months: string[]; mexicanMonths?: string[]; nonMexicanMonths?: string[] }): Bilingual {
  const mex = t.mexicanMonths ?? t.months;
  const non = t.nonMexicanMonths ?? t.months;
  const same = mex.join() === non.join();
  const one = { en: non.length === 1 ? ' (one month: their figure has no band)' : '', es: non.length === 1 ? ' (un solo mes: su cifra no tiene banda)' : '' };
  const where = same
    ? { en: `in ${mex.join(', ')}${one.en}`, es: `en ${mex.join(', ')}${one.es}` }
    : non.length
      ? { en: `in ${mex.join(', ')} for Mexicans and ${non.join(', ')} for non-Mexicans, the months INM's files have whole${one.en}`, es: `en ${mex.join(', ')} para mexicanos y ${non.join(', ')} para no mexicanos, los meses que los archivos del INM tienen completos${one.es}` }
      : { en: `in ${mex.join(', ')} for Mexicans; no whole month of non-Mexicans in the window (counted as none)`, es: `en ${mex.join(', ')} para mexicanos; ningún mes completo de no mexicanos en la ventana (contados como ninguno)` };
  return { en: `Not simulated: the mean of what Mexico recorded receiving from the US in its northern border states (INM) ${where.en}; no lever moves it.`, es: `No simulado: el promedio de lo que México registró recibir de EE. UU. en sus estados de la frontera norte (INM) ${where.es}; ninguna palanca lo mueve.` };
}

export function modelCard(cal: Calibration, est: Estimates, assumptions: Assumptions): ScenarioModelCard {
  const notUsed = { en: 'Not used in this run: the window estimates it.', es: 'No se usa en esta corrida: la ventana permite estimarlo.' };
  const assumption = (k: keyof Assumptions, used: boolean): ModelCardLine => ({
    label: ASSUMPTION_TEXT[k].label,
    value: fmt(assumptions[k]),
    note: used ? ASSUMPTION_TEXT[k].why : { en: `${notUsed.en} ${ASSUMPTION_TEXT[k].why.en}`, es: `${notUsed.es} ${ASSUMPTION_TEXT[k].why.es}` },
  });
  return {
    model: MODEL_TEXT,
    window: cal.window,
    draws: cal.draws.length,
    estimates: [
      {
        label: { en: 'Re-attempt rate (a month)', es: 'Tasa de reintento (al mes)' },
        value: `${fmt(est.reattemptRate.value)} [${fmt(est.reattemptRate.lower)}, ${fmt(est.reattemptRate.upper)}]`,
        note: est.reattemptRate.estimated
          ? { en: `Estimated on ${est.reattemptRate.months} months with expulsions into Mexico (95% bootstrap interval).`, es: `Estimada con ${est.reattemptRate.months} meses con expulsiones a México (intervalo bootstrap del 95%).` }
          : { en: 'Assumed: the window has too few months with expulsions into Mexico.', es: 'Supuesta: la ventana tiene muy pocos meses con expulsiones a México.' },
      },
      apprehensionLine(est),
      expulsionLine(est),
      { label: { en: 'Share of apprehended people Mexico returns', es: 'Proporción de personas detenidas que México devuelve' }, value: fmt(est.mexicoReturnShare.value), note: est.mexicoReturnShare.estimated ? { en: "Estimated from Mexico's returns in the window.", es: 'Estimada con los retornos de México en la ventana.' } : { en: 'Assumed (no returns in the store for the window).', es: 'Supuesta (no hay retornos en el almacén para la ventana).' } },
      { label: { en: 'Departures a month at the end of the window (all groups)', es: 'Salidas al mes al final de la ventana (todos los grupos)' }, value: whole(est.departuresLevel.reduce((a, b) => a + b, 0)) },
      familyCapLine(est.familyCap),
      { label: { en: 'US processing capacity (Title 8, a month)', es: 'Capacidad de procesamiento de EE. UU. (Título 8, al mes)' }, value: whole(est.processingCapacity) },
      { label: { en: 'Where people are sent back', es: 'A dónde se devuelve a las personas' }, value: BORDER_STATES.map((s, i) => `${BORDER_STATE_LABELS[s].es} ${(100 * est.stateShares[i]).toFixed(0)}%`).join(', ') },
      ...(est.title8IntoMexico
        ? [{
            label: { en: 'People the US sends into Mexico a month outside Title 42 (Title 8, held; of them non-Mexicans)', es: 'Personas que EE. UU. envía a México al mes fuera del Título 42 (Título 8, constante; de ellas no mexicanas)' },
            value: `${whole(est.title8IntoMexico.point)} (${whole(est.title8IntoMexico.nonMexicans)})`,
            note: title8Note(est.title8IntoMexico),
          }]
        : []),
    ],
    assumptions: [
      assumption('leaveRate', true),
      assumption('reattemptRate', !est.reattemptRate.estimated),
      assumption('mexicoReturnShare', !est.mexicoReturnShare.estimated),
      assumption('deterrence', true),
    ],
    structural: STRUCTURAL,
    gaps: cal.gaps,
  };
}
