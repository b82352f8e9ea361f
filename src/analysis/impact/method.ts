/**
 * The method of `corridor impact`, in words, as every result carries it (docs/IMPACT.md
 * says the same at more length).
 */
import type { Bilingual } from './types.js';

export function methodText(o: { model: string; windowBefore: number; level: number; control: boolean }): Bilingual {
  const en = [
    `Counterfactual: a forecasting model (${o.model}, fitted to the logarithm of the series where it is positive) is fitted to the ${o.windowBefore} months before the month of the event and forecasts the months from it, as if the event had not happened (the idea of Brodersen, Gallusser, Koehler, Remy & Scott 2015, "Inferring causal impact using Bayesian structural time-series models", Annals of Applied Statistics 9, 247-274, with corridor's forecasting models in place of their Bayesian model).`,
    `The effect is observed minus counterfactual, month by month and added up from the event month.`,
    `Intervals (${o.level}%): at each month and for each cumulative sum, the wider at each end of the model's own prediction interval (for a sum, the monthly limits added up) and an interval calibrated on the same forecast made at up to 60 earlier origins of the series: the relative errors it then made, cut at split-conformal order statistics (Williams & Goodman 1971, JASA 66, 752-754; Lei et al. 2018, JASA 113, 1094-1111).`,
    `An effect is called significant when its interval excludes zero. A placebo test at dates with no timeline event (bench/impact-validation.ts) measures how often that happens by chance.`,
    `Incomplete months are left out of fitting and comparison.`,
  ];
  const es = [
    `Contrafactual: un modelo de pronóstico (${o.model}, ajustado al logaritmo de la serie donde es positiva) se ajusta a los ${o.windowBefore} meses anteriores al mes del evento y pronostica los meses desde ese mes, como si el evento no hubiera ocurrido (la idea de Brodersen, Gallusser, Koehler, Remy y Scott 2015, "Inferring causal impact using Bayesian structural time-series models", Annals of Applied Statistics 9, 247-274, con los modelos de pronóstico de corridor en lugar de su modelo bayesiano).`,
    `El efecto es lo observado menos el contrafactual, mes a mes y acumulado desde el mes del evento.`,
    `Intervalos (${o.level}%): en cada mes y para cada suma acumulada, el más ancho en cada extremo entre el intervalo de predicción del propio modelo (para una suma, los límites mensuales sumados) y un intervalo calibrado con el mismo pronóstico hecho en hasta 60 orígenes anteriores de la serie: los errores relativos que cometió entonces, cortados en estadísticos de orden de predicción conformal dividida (Williams y Goodman 1971, JASA 66, 752-754; Lei et al. 2018, JASA 113, 1094-1111).`,
    `Un efecto se llama significativo cuando su intervalo excluye el cero. Una prueba placebo en fechas sin eventos de la cronología (bench/impact-validation.ts) mide con qué frecuencia ocurre por azar.`,
    `Los meses incompletos no se usan para ajustar ni comparar.`,
  ];
  if (o.control) {
    en.push(DID_ASSUMPTION.en);
    es.push(DID_ASSUMPTION.es);
  }
  return { en: en.join(' '), es: es.join(' ') };
}

/** What an estimate against a control assumes. */
export const DID_ASSUMPTION: Bilingual = {
  en: 'Against a control, the model is fitted to the ratio treated / control and the counterfactual of the treated series is the control as observed times the forecast ratio: a difference in differences on the log scale, log(observed) − log(counterfactual) = [log treated − log control] after − its forecast from before. It assumes that the event did not change the control series, and that without the event the ratio would have followed its pre-event path (parallel trends on the log scale, with the path forecast by the model rather than held constant); shocks common to both series then cancel out.',
  es: 'Frente a un control, el modelo se ajusta a la razón tratada / control y el contrafactual de la serie tratada es el control observado por la razón pronosticada: una diferencia en diferencias en escala logarítmica, log(observado) − log(contrafactual) = [log tratada − log control] después − su pronóstico desde antes. Supone que el evento no cambió la serie de control, y que sin el evento la razón habría seguido su trayectoria previa (tendencias paralelas en escala logarítmica, con la trayectoria pronosticada por el modelo en vez de constante); los choques comunes a ambas series se cancelan.',
};
