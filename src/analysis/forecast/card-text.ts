/**
 * What the model card says in words, English and Spanish, so that every face prints the same
 * true sentences: how the model was chosen (the rule, and whether it is the lowest MASE),
 * how the seasonal naive forecast scored on the same back-test, how often each band covered
 * what happened, and how the bands are bounded.
 */
import { monthWords } from '../../model/index.js';
import { FALLBACK_ORDER, MIN_SELECTION, NEVER_SELECTED_OVER_COMBINATION, SELECTION_MARGIN } from './backtest.js';
import { CEILING_FACTOR } from './bands.js';
import { MIN_WEIGHTING, type Weights } from './combination.js';
import { MIN_CALIBRATION, type IntervalMethod } from './conformal.js';

export interface Said {
  en: string;
  es: string;
}

export interface SelectionFacts {
  chosen: string;
  selectedBy: 'back-test' | 'fallback';
  /** Back-test MASE by model (those with a score). */
  scores: { model: string; mase: number }[];
  /** The combination's members and, when learnt, the weights this forecast used. */
  combination?: { members: string[]; weights?: Weights };
}

/**
 * A model's name in prose. Ids are codes, kept in English; the Spanish card names in Spanish
 * those that are English words (the combination, the default, the seasonal naive), so that
 * "Elegido por la regla: combination" does not leave English in a Spanish sentence.
 */
const MODEL_ES: Record<string, string> = { combination: 'combinación', default: 'predeterminado', snaive: 'ingenuo estacional (snaive)' };

export function modelName(id: string): Said {
  const reconciled = /^reconciled:(.+)$/.exec(id);
  return { en: id, es: reconciled ? `conciliado: ${methodName(reconciled[1]).es}` : MODEL_ES[id] ?? id };
}

/**
 * A reconciliation method's name in prose (the hierarchy's tables, the back-test's reconciled rows).
 * Its id is what --method and the JSON take; the Spanish names it, with the id beside it, so
 * that "bottom-up" is not left in English in a Spanish table.
 */
const METHOD_ES: Record<string, string> = { base: 'base (sin conciliar)', 'bottom-up': 'ascendente (bottom-up)', ols: 'MCO (ols)', 'mint-shrink': 'MinT con contracción (mint-shrink)' };

export function methodName(id: string): Said {
  return { en: id, es: METHOD_ES[id] ?? id };
}

/**
 * The fitted form in words: the combination's name (combination.ts combinationName) said in Spanish too,
 * with the English the models put in their names (Theta's "seasonally adjusted, period 12", ARIMA's
 * constant) said in Spanish; the model codes themselves (ETS(A,N,N), ARIMA(1,0,0)) stay as they are.
 */
const FORM_ES: [RegExp, string][] = [
  [/^Combination\(median:/, 'Combinación(mediana:'],
  [/^Combination\(/, 'Combinación('],
  [/\(seasonally adjusted, period (\d+)\)/g, '(desestacionalizado, periodo $1)'],
  [/ with non-zero mean/g, ' con media distinta de cero'],
  [/ with zero mean/g, ' con media cero'],
  [/ with drift/g, ' con deriva'],
];

export function formSaid(form: string): Said {
  return { en: form, es: FORM_ES.reduce((s, [from, to]) => s.replace(from, to), form) };
}

/** How the combination combines its members, and the weights this forecast used. */
export function combinationSaid(c: { members: string[]; weights?: Weights }): Said {
  const list = (lang: keyof Said) => c.members.map((m) => modelName(m)[lang]).join(', ');
  const used = (lang: keyof Said) => (c.weights ? Object.entries(c.weights).map(([m, w]) => `${modelName(m)[lang]} ${fmt(w)}`).join(', ') : undefined);
  return {
    en: `weighted mean of ${list('en')}, each weighted by 1/MASE² on the back-test forecasts whose outcome was known (the median until each has ${MIN_WEIGHTING} scored forecasts)${used('en') ? `; weights here: ${used('en')}` : '; here the median'}`,
    es: `media ponderada de ${list('es')}, cada uno con peso 1/MASE² en los pronósticos de la prueba retrospectiva cuyo resultado se conocía (la mediana hasta que cada uno tenga ${MIN_WEIGHTING} pronósticos evaluados)${used('es') ? `; pesos aquí: ${used('es')}` : '; aquí la mediana'}`,
  };
}

const fmt = (x: number, d = 2) => x.toFixed(d);
const pct = (x: number) => `${Math.round(100 * x)}%`;

/** The selection rule, and where the chosen model stands against the lowest MASE. */
export function selectionSaid(f: SelectionFacts): Said {
  const fallback = FALLBACK_ORDER[0];
  const margin = Math.round(100 * SELECTION_MARGIN);
  const how = f.combination ? combinationSaid(f.combination) : undefined;
  const never = (lang: keyof Said) => NEVER_SELECTED_OVER_COMBINATION.map((m) => modelName(m)[lang]).join(', ');
  const name = (id: string) => modelName(id);
  const rule: Said = {
    en: `Rule: the ${fallback}${how ? ` (${how.en})` : ''} is kept; ${never('en')} are back-tested beside it but never replace it (picking the lowest back-test MASE among them made forecasts worse); a model with other information (the corridor upstream, opt-in) replaces it when its back-test MASE is at least ${margin}% lower, with at least ${MIN_SELECTION} scored forecasts.`,
    es: `Regla: se mantiene la combinación${how ? ` (${how.es})` : ''}; ${never('es')} se evalúan a su lado en la prueba retrospectiva pero nunca la reemplazan (elegir entre ellos el MASE más bajo empeoró los pronósticos); un modelo con otra información (el corredor aguas arriba, opcional) la reemplaza cuando su MASE de prueba retrospectiva es al menos ${margin}% menor, con al menos ${MIN_SELECTION} pronósticos evaluados.`,
  };
  if (f.selectedBy === 'fallback') {
    return {
      en: `Chosen by the default order (no back-test for this series): ${f.chosen}. ${rule.en}`,
      es: `Elegido por el orden predeterminado (sin prueba retrospectiva para esta serie): ${name(f.chosen).es}. ${rule.es}`,
    };
  }
  // The models a forecast can be made with: not the back-test's 'default' row (the model selected
  // at each origin, the chosen one's twin) nor reconciled rows; on a tie the chosen model. Before,
  // the first of equal scores in the order they came was "the lowest", so a default row stored
  // before the combination's made the card say "although default scored lower (1.491)" of 1.491.
  const candidates = f.scores.filter((s) => s.model !== 'default' && !s.model.startsWith('reconciled:'));
  const lowest = [...candidates].sort((a, b) => a.mase - b.mase || Number(b.model === f.chosen) - Number(a.model === f.chosen))[0];
  const own = f.scores.find((s) => s.model === f.chosen);
  if (!lowest || !own || lowest.model === f.chosen) {
    return { en: `Chosen by back-test: ${f.chosen}, the lowest MASE. ${rule.en}`, es: `Elegido por prueba retrospectiva: ${name(f.chosen).es}, el MASE más bajo. ${rule.es}` };
  }
  // Three decimals when two would print the two scores alike.
  const d = fmt(own.mase) === fmt(lowest.mase) ? 3 : 2;
  if (f.chosen === fallback && NEVER_SELECTED_OVER_COMBINATION.includes(lowest.model)) {
    return {
      en: `Chosen by the rule: ${f.chosen} (back-test MASE ${fmt(own.mase, d)}), although ${lowest.model} scored lower (${fmt(lowest.mase, d)}). ${rule.en}`,
      es: `Elegido por la regla: ${name(f.chosen).es} (MASE de prueba retrospectiva ${fmt(own.mase, d)}), aunque ${name(lowest.model).es} obtuvo menos (${fmt(lowest.mase, d)}). ${rule.es}`,
    };
  }
  return {
    en: `Chosen by back-test: ${f.chosen} (MASE ${fmt(own.mase)}), although ${lowest.model} scored lower (${fmt(lowest.mase)}) by less than the margin. ${rule.en}`,
    es: `Elegido por prueba retrospectiva: ${name(f.chosen).es} (MASE ${fmt(own.mase)}), aunque ${name(lowest.model).es} obtuvo menos (${fmt(lowest.mase)}) sin superar el margen. ${rule.es}`,
  };
}

/** The chosen model's MASE beside the seasonal naive's on the same back-test. */
export function benchmarkSaid(mase: number, naive: { mase: number; sameOrigins: boolean } | undefined): Said {
  const base = { en: `Back-test MASE ${fmt(mase)}`, es: `MASE de prueba retrospectiva ${fmt(mase)}` };
  if (!naive || !Number.isFinite(naive.mase)) {
    return { en: `${base.en} (1 = the in-sample error of last year's value; no seasonal naive score to compare).`, es: `${base.es} (1 = el error dentro de la muestra del valor del año anterior; sin puntaje del ingenuo estacional para comparar).` };
  }
  const where = naive.sameOrigins ? { en: 'on the same origins', es: 'en los mismos orígenes' } : { en: 'on its own origins', es: 'en sus propios orígenes' };
  const verdict = mase < naive.mase ? { en: 'better than', es: 'mejor que' } : { en: 'no better than', es: 'no mejor que' };
  return {
    en: `${base.en} against ${fmt(naive.mase)} for the seasonal naive forecast ${where.en}: ${verdict.en} last year's value.`,
    es: `${base.es} frente a ${fmt(naive.mase)} del pronóstico ingenuo estacional ${where.es}: ${verdict.es} el valor del año anterior.`,
  };
}

/**
 * How often a band covered what happened in the back-test ("only" when 5 points or more short).
 * Short is judged on the percentage shown, so that the same figure always reads the same: the
 * raw share decided it before, and the southwest border's 95% band (90.2%) read "covered 90%"
 * while Border Patrol's El Paso sector's (89.8%) read "covered only 90%".
 */
export function coverageSaid(level: number, coverage: number): Said {
  const short = Math.round(100 * coverage) <= level - 5;
  return {
    en: `the ${level}% band covered ${short ? 'only ' : ''}${pct(coverage)} of outcomes in the back-test`,
    es: `la banda del ${level}% cubrió ${short ? 'solo ' : ''}el ${pct(coverage)} de los resultados en la prueba retrospectiva`,
  };
}

/**
 * Where the intervals come from, horizon by horizon: conformal where the back-test had at least
 * MIN_CALIBRATION errors at that horizon, else the model's own, and which months ahead are which
 * (a card said "conformal" while the last 6 months of Title 42's forecast showed the model's own).
 */
export function intervalsSaid(f: { methods: readonly IntervalMethod[]; periods: readonly string[]; widened: boolean }): Said {
  const own = f.methods.map((m, i) => (m === 'model' ? i : -1)).filter((i) => i >= 0);
  const widened = f.widened ? { en: ', widened after the break', es: ', ensanchados tras el cambio' } : { en: '', es: '' };
  const conformal = { en: 'conformal, calibrated on back-test errors per horizon', es: 'conformales, calibrados con los errores de la prueba retrospectiva por horizonte' };
  if (own.length === 0) return { en: `Intervals: ${conformal.en}${widened.en}`, es: `Intervalos: ${conformal.es}${widened.es}` };
  if (own.length === f.methods.length) return { en: `Intervals: the model's own${widened.en}`, es: `Intervalos: los propios del modelo${widened.es}` };
  // Runs of months ahead, e.g. "7-12 months ahead (December 2023 to May 2024)".
  const runs: [number, number][] = [];
  for (const i of own) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  const ahead = (lang: keyof Said) =>
    runs
      .map(([a, b]) => {
        const one = a === b && a === 0;
        const months = a === b ? `${a + 1}` : `${a + 1}-${b + 1}`;
        const span = a === b ? monthWords(f.periods[a])[lang] : `${monthWords(f.periods[a])[lang]} ${lang === 'en' ? 'to' : 'a'} ${monthWords(f.periods[b])[lang]}`;
        return lang === 'en' ? `${months} month${one ? '' : 's'} ahead (${span})` : `${months} ${one ? 'mes' : 'meses'} adelante (${span})`;
      })
      .join(', ');
  return {
    en: `Intervals: ${conformal.en}${widened.en}, except ${ahead('en')}: the model's own there (fewer than ${MIN_CALIBRATION} back-test errors at those horizons)`,
    es: `Intervalos: ${conformal.es}${widened.es}, salvo ${ahead('es')}: ahí los propios del modelo (menos de ${MIN_CALIBRATION} errores de la prueba retrospectiva en esos horizontes)`,
  };
}

/**
 * How the bands are bounded. The envelope that keeps calibrated bands from narrowing further
 * ahead comes before the ceiling (README.md, "Intervals"), whose smooth bend can lower an upper
 * bound's ratio to the forecast from one month to the next: on the real data 29 band-months of
 * 7 series of 80 (California's 95% band: 0.923 -> 0.917 as a log ratio, 104,185 -> 104,340 as a
 * bound); the sentence said "never narrower" without that.
 */
export function ceilingSaid(ceiling: number): Said {
  const c = Math.round(ceiling).toLocaleString('en-US');
  const ces = Math.round(ceiling).toLocaleString('es-MX');
  return {
    en: `Bands are nested; calibrated bands are never narrower further ahead than nearer, as a ratio to the forecast once 5% of the last year's mean month is added to both (so that months near zero do not dominate; the plain ratio can move by a hair), and reach beyond the back-test's largest errors by normal tails where those errors are too few for the band's level; upper bounds are kept below ${c}, ${CEILING_FACTOR} times the highest month on record, bending towards it from halfway there (so that an upper bound near it can grow less than the forecast further ahead) (assumptions).`,
    es: `Las bandas están anidadas; las calibradas nunca son más estrechas más adelante que más cerca, en proporción al pronóstico una vez sumado a ambos el 5% del mes medio del último año (para que los meses cercanos a cero no dominen; la proporción simple puede moverse un poco), y van más allá de los mayores errores de la prueba retrospectiva con colas normales donde esos errores son muy pocos para el nivel de la banda; los límites superiores se mantienen por debajo de ${ces}, ${CEILING_FACTOR} veces el mes más alto registrado, y se curvan hacia ese techo desde la mitad del camino (así un límite superior cercano a él puede crecer menos que el pronóstico más adelante) (supuestos).`,
  };
}
