/**
 * The model card of `corridor forecast` as lines of text, in English or Spanish (--lang).
 * The sentences about selection, benchmark, bands and bounds come bilingual from the
 * analysis (card-text.ts); the rest is worded here.
 */
import type { ModelCard, SeriesForecast } from '../analysis/forecast/forecast.js';
import { breakLabel } from '../analysis/forecast/break-label.js';
import { formSaid, modelName } from '../analysis/forecast/card-text.js';
import { monthWords } from '../model/index.js';
import type { Lang } from './lang.js';

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)}%` : 'n/a');
const fixed = (v: number, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');

const REASON_ES: Record<string, string> = { incomplete: 'incompleto', blank: 'en blanco', absent: 'ausente' };

/** `vintages`: the vintage of each source, printed beside it on the sources line (as the API's provenance gives it). */
export function modelCardText(f: Pick<SeriesForecast, 'card'>, lang: Lang = 'en', vintages?: ReadonlyMap<string, number>): string {
  const c: ModelCard = f.card;
  const t = c.training;
  const es = lang === 'es';
  const reason = (r: string) => (es ? REASON_ES[r] ?? r : r);
  const na = (s: string) => (es ? s.replace('n/a', 'n/d') : s);
  // Months filled before forecasting carry the pseudo-source 'nowcast' (upstream/nowcast.ts): say from what.
  const source = (id: string) =>
    id === 'nowcast' ? (es ? 'estimación inmediata (inm-ianami)' : 'nowcast (inm-ianami)') : vintages?.has(id) ? `${id} (${es ? 'versión' : 'vintage'} ${vintages.get(id)})` : id;
  // The model's form and ids in the reader's language (card-text.ts; a card stored before said.model had none).
  const form = (c.said.model ?? formSaid(c.form))[lang];
  const name = (id: string) => modelName(id)[lang];
  // Months in words in the card's sentences ("April 2020", "abril de 2020"), as the dashboard's card says them; the sources' spans stay YYYY-MM.
  const m = (month: string) => monthWords(month)[lang];
  const lines = es
    ? [
        `Modelo: ${form} (${name(c.model)}, versión ${c.version}). ${c.said.selection.es}`,
        `Ventana de entrenamiento: ${m(t.from)} a ${m(t.to)} (${t.months} meses${t.log ? ', escala logarítmica' : ''})${t.startsAt ? `, empieza tras el cambio de ${m(t.startsAt.start)}: ${breakLabel(t.startsAt, lang)}` : ''}`,
        `  fuentes: ${t.sources.map((s) => `${source(s.source)} ${s.from}..${s.to}`).join(', ')}`,
      ]
    : [
        `Model: ${c.form} (${c.model}, version ${c.version}). ${c.said.selection.en}`,
        `Training window: ${m(t.from)} to ${m(t.to)} (${t.months} months${t.log ? ', log scale' : ''})${t.startsAt ? `, starts after the break of ${m(t.startsAt.start)}: ${t.startsAt.label}` : ''}`,
        `  sources: ${t.sources.map((s) => `${source(s.source)} ${s.from}..${s.to}`).join(', ')}`,
      ];
  for (const a of t.adjustments)
    lines.push(es
      ? `  meses anteriores a ${m(a.before)} reescalados por ${a.factor.toFixed(3)} (nivel tras el cambio, de ${a.months} meses)`
      : `  months before ${m(a.before)} rescaled by ${a.factor.toFixed(3)} (level after the break, from ${a.months} months)`);
  if (t.droppedAtEnd.length) {
    const list = t.droppedAtEnd.map((d) => `${m(d.period)} (${reason(d.reason)})`).join(', ');
    lines.push(es ? `  excluidos al final: ${list}` : `  left out at the end: ${list}`);
  }
  if (t.startsAfter) lines.push(es ? `  la serie empieza después de ${m(t.startsAfter.period)} (${reason(t.startsAfter.reason)})` : `  the series starts after ${m(t.startsAfter.period)} (${t.startsAfter.reason})`);
  if (c.nowcast) lines.push(c.nowcast.said[lang]);
  const breaks = c.breaks.map((b) => `${m(b.start)}: ${breakLabel(b, lang)}${b.kind === 'detected' ? '' : es ? ' (política)' : ' (policy)'}`).join('; ');
  lines.push(es ? `Cambios: ${breaks || 'ninguno encontrado'}` : `Breaks: ${breaks || 'none found'}`);
  if (c.recentBreak) {
    const r = c.recentBreak;
    lines.push(es
      ? `Justo después de un cambio (${m(r.start)}, ${r.monthsSince} ${r.monthsSince === 1 ? 'mes' : 'meses'} de datos desde entonces): los intervalos son más anchos.`
      : `Right after a break (${m(r.start)}, ${r.monthsSince} ${r.monthsSince === 1 ? 'month' : 'months'} of data since): the intervals are wider.`);
  }
  if (c.backtest) {
    const b = c.backtest;
    const models = b.models.map((m) => `${name(m.model)} ${fixed(m.mase, 3)}`).join(', ');
    if (es) {
      lines.push(
        na(`Prueba retrospectiva (${b.origins} orígenes mensuales, horizontes 1-${b.horizons}${b.runId ? `, ejecución ${b.runId}` : ''}): MASE ${fixed(b.mase, 3)}, sMAPE ${fixed(b.smape, 1)}%, ` +
          `cobertura de los intervalos ${pct(b.coverage80)} (80%) y ${pct(b.coverage95)} (95%), Winkler ${fixed(b.winkler80)} / ${fixed(b.winkler95)} (escalado)`),
      );
      lines.push(na(`  los intervalos propios del modelo cubrieron ${pct(b.ownCoverage80)} (80%) y ${pct(b.ownCoverage95)} (95%)`));
      lines.push(na(`  MASE de cada modelo: ${models}`));
    } else {
      lines.push(
        `Back-test (${b.origins} monthly origins, horizons 1-${b.horizons}${b.runId ? `, run ${b.runId}` : ''}): MASE ${fixed(b.mase, 3)}, sMAPE ${fixed(b.smape, 1)}%, ` +
          `interval coverage ${pct(b.coverage80)} (80%) and ${pct(b.coverage95)} (95%), Winkler ${fixed(b.winkler80)} / ${fixed(b.winkler95)} (scaled)`,
      );
      lines.push(`  the model's own intervals covered ${pct(b.ownCoverage80)} (80%) and ${pct(b.ownCoverage95)} (95%)`);
      lines.push(`  MASE of every model: ${models}`);
    }
  } else lines.push(es ? 'Prueba retrospectiva: ninguna (historia demasiado corta); los intervalos son los propios del modelo' : "Back-test: none (too little history); intervals are the model's own");
  // Which months ahead show conformal intervals and which the model's own (card-text.ts; worded here for a card stored without it).
  const intervals =
    c.said.intervals?.[lang] ??
    (es
      ? `Intervalos: ${c.intervals === 'model' ? 'los propios del modelo' : 'conformales, calibrados con los errores de la prueba retrospectiva por horizonte'}${c.widerUncertainty ? ', ensanchados tras el cambio' : ''}`
      : `Intervals: ${c.intervals === 'model' ? "the model's own" : 'conformal, calibrated on back-test errors per horizon'}${c.widerUncertainty ? ', widened after the break' : ''}`);
  lines.push(intervals);
  if (c.said.benchmark) lines.push(c.said.benchmark[lang]);
  for (const b of c.said.bands) lines.push(`  ${b.said[lang]}`);
  lines.push(c.said.bounds[lang]);
  return lines.join('\n');
}
