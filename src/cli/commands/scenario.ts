/**
 * corridor scenario: what happens if Mexico steps up enforcement or takes in more expelled
 * families (docs/SCENARIOS.md). run: a scenario file or shipped name against the store;
 * backcast: the model's record on past policy changes; list: the shipped scenarios.
 */
import type { Command } from 'commander';
import { runBackcasts, type BackcastResult } from '../../analysis/scenario/backcast.js';
import { gapStageLabel } from '../../analysis/scenario/model-card.js';
import { pathName } from '../../analysis/scenario/outputs.js';
import { resolveWindow, runScenario, type ScenarioRun } from '../../analysis/scenario/run.js';
import { addMonth } from '../../analysis/scenario/months.js';
import { LEVER_BY_ID, type LeverId } from '../../analysis/scenario/levers.js';
import { checkLeverList } from '../../analysis/scenario/lever-list.js';
import { withLevers } from '../../analysis/reception/scenario-input.js';
import { listScenarios, resolveScenario } from '../../analysis/scenario/scenario-file.js';
import { UsageError } from '../../errors.js';
import { monthWords } from '../../model/index.js';
import { readStore, type GlobalOptions } from '../context.js';
import { parseFormat, render } from '../format.js';

type Lang = 'en' | 'es';

function parseLang(v: string): Lang {
  if (v === 'en' || v === 'es') return v;
  throw new UsageError(
    `--lang must be en or es, not "${v}"`,
    `--lang debe ser en o es, no "${v}"`,
  );
}

function parseDraws(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 20 || n > 2000) throw new UsageError(
    `--draws must be a whole number from 20 to 2000, not "${v}"`,
    `--draws debe ser un número entero de 20 a 2000, no "${v}"`,
  );
  return n;
}

const H = {
  en: { path: 'series', month: 'month', scenario: 'scenario', low80: 'low 80%', high80: 'high 80%', low95: 'low 95%', high95: 'high 95%', baseline: 'baseline', actual: 'actual', what: 'what', difference: 'difference', percent: 'per cent' },
  es: { path: 'serie', month: 'mes', scenario: 'escenario', low80: 'mín 80%', high80: 'máx 80%', low95: 'mín 95%', high95: 'máx 95%', baseline: 'sin cambios', actual: 'observado', what: 'qué', difference: 'diferencia', percent: 'por ciento' },
};

const r0 = (v: number) => Math.round(v) || 0;
const pct = (v: number | null) => (v === null ? '' : `${v > 0 ? '+' : ''}${(100 * v).toFixed(1)}%`);
const pctAbs = (v: number) => `${(100 * v).toFixed(1)}%`;

export function pathRecords(run: ScenarioRun, lang: Lang, only?: string[]) {
  const h = H[lang];
  return run.paths
    .filter((p) => !only || only.includes(p.id))
    .flatMap((p) =>
      p.points.map((x) => ({
        [h.path]: pathName(p.id, lang),
        [h.month]: x.month,
        [h.scenario]: r0(x.scenario.median),
        [h.low80]: r0(x.scenario.lower80),
        [h.high80]: r0(x.scenario.upper80),
        [h.low95]: r0(x.scenario.lower95),
        [h.high95]: r0(x.scenario.upper95),
        [h.baseline]: r0(x.baseline.median),
        [h.actual]: x.actual === null ? '' : r0(x.actual),
      })),
    );
}

export function differenceRecords(run: ScenarioRun, lang: Lang) {
  const h = H[lang];
  return run.differences.map((d) => ({ [h.what]: d.label[lang], [h.scenario]: r0(d.scenario), [h.baseline]: r0(d.baseline), [h.difference]: r0(d.difference), [h.percent]: pct(d.percent) }));
}

export function printRun(run: ScenarioRun, lang: Lang): string {
  const es = lang === 'es';
  const s = run.scenario;
  // Months in words in sentences, as the Scenarios page says them ("enero de 2018 – marzo de 2021"); the table keeps YYYY-MM.
  const m = (month: string) => monthWords(month)[lang];
  const lines = [
    s.title[lang],
    leversLine(s, lang),
    es
      ? `Calibrado con ${m(run.window.from)} – ${m(run.window.to)}; ${run.months.length} meses simulados (${m(run.months[0])} – ${m(run.months.at(-1)!)}), ${run.draws} réplicas; bandas del 80% y 95%.`
      : `Calibrated on ${m(run.window.from)} – ${m(run.window.to)}; ${run.months.length} months simulated (${m(run.months[0])} – ${m(run.months.at(-1)!)}), ${run.draws} draws; 80% and 95% bands.`,
    '',
    // Mexico's apprehensions too: the flow the enforcement levers act on, beside what Mexico recorded.
    render('table', pathRecords(run, lang, ['encounters', 'mexico-apprehensions', 'into-mexico', 'waiting'])),
    '',
    es
      ? 'Qué cambiaron las palancas (de cada línea, la mediana entre réplicas de su total del periodo simulado; por eso los grupos no suman el total: la mediana de una suma no es la suma de las medianas):'
      : 'What the levers changed (each line the median over the draws of its total over the simulated months, so the groups do not add up to the total: the median of a sum is not the sum of the medians):',
    render('table', differenceRecords(run, lang)),
  ];
  if (run.gaps.length) {
    lines.push('', es ? 'Datos faltantes:' : 'Gaps in the data:');
    for (const g of run.gaps) lines.push(`  ${gapStageLabel(g.stage, lang)}: ${g.months.length === 1 ? m(g.months[0]) : `${m(g.months[0])} … ${m(g.months.at(-1)!)} (${g.months.length})`} — ${g.note[lang]}`);
  }
  // Where each series the model read comes from (the API's X-Corridor-Sources and "sources"): a table printed without them had no provenance.
  lines.push('', es ? 'Fuentes:' : 'Sources:');
  for (const x of run.sources) {
    const used = x.vintages.map((v) => `${v.dataset} (${v.source}, ${es ? 'versión' : 'vintage'} ${v.vintage})`).join(', ');
    lines.push(`  ${x.series[lang]}: ${used || (es ? 'ninguna cifra en la ventana de calibración' : 'no figure in the calibration window')}`);
  }
  // The model card's figures and assumptions, as the page shows them: a table without them stated none of what the paths rest on.
  const card = (l: { label: { en: string; es: string }; value: string; note?: { en: string; es: string } }) => `  ${l.label[lang]}: ${l.value}${l.note ? ` — ${l.note[lang]}` : ''}`;
  lines.push('', es ? 'Estimado con la ventana (ficha del modelo):' : 'Estimated from the window (model card):', ...run.modelCard.estimates.map(card));
  lines.push('', es ? 'Supuestos (editables en "assumptions" de un archivo de escenario):' : 'Assumptions (editable under "assumptions" in a scenario file):', ...run.modelCard.assumptions.map(card));
  lines.push('', es ? 'La ficha completa, con cómo está construido el modelo: "corridor scenario run ... --format json"; docs/SCENARIOS.md la explica.' : 'The whole card, with how the model is built: "corridor scenario run ... --format json"; docs/SCENARIOS.md explains it.');
  return lines.join('\n');
}

/**
 * The levers the run moved, each with its label, value and months: the title is the scenario's
 * own, so a lever replaced with --levers ("status-quo --levers enforcementSouth=1.3") is said here.
 */
export function leversLine(s: ScenarioRun['scenario'], lang: Lang): string {
  const es = lang === 'es';
  const set = Object.entries(s.levers as Record<string, { value: number; from: string; to?: string; rampMonths?: number } | undefined>).filter((x): x is [string, { value: number; from: string; to?: string; rampMonths?: number }] => !!x[1]);
  if (!set.length) return es ? 'Palancas: ninguna (la línea base sin cambios).' : 'Levers: none (the no-change baseline).';
  const one = ([id, l]: [string, { value: number; from: string; to?: string; rampMonths?: number }]) => {
    const label = LEVER_BY_ID.get(id as LeverId)?.label[lang] ?? id;
    const m = (month: string) => monthWords(month)[lang];
    const months = es ? `desde ${m(l.from)}${l.to ? ` hasta ${m(l.to)}` : ''}${l.rampMonths ? `, gradual en ${l.rampMonths} meses` : ''}` : `from ${m(l.from)}${l.to ? ` to ${m(l.to)}` : ''}${l.rampMonths ? `, ramped over ${l.rampMonths} months` : ''}`;
    return `${label} (${id}) ${l.value} ${months}`;
  };
  return `${es ? 'Palancas' : 'Levers'}: ${set.map(one).join('; ')}.`;
}

export function backcastRecords(results: BackcastResult[], lang: Lang) {
  const es = lang === 'es';
  return results.map((b) => ({
    id: b.id,
    [es ? 'política' : 'policy']: es ? b.policyEs : b.policy,
    [es ? 'calibrado hasta' : 'calibrated to']: b.calibratedTo,
    [es ? 'meses' : 'months']: `${b.months[0]} – ${b.months.at(-1)}`,
    [es ? 'error escenario (EAM)' : 'scenario error (MAE)']: b.scenarioError,
    [es ? 'error sin cambios (EAM)' : 'baseline error (MAE)']: b.baselineError,
    [es ? 'mejora del EAM' : 'MAE improvement']: pct(b.improvement),
    // The per-cent error beside it: a scenario better on the mean absolute error can be worse on it (Title 42: 47% against 44%).
    [es ? 'error % escenario (EPAM)' : 'scenario % error (MAPE)']: pctAbs(b.scenarioPercentError),
    [es ? 'error % sin cambios (EPAM)' : 'baseline % error (MAPE)']: pctAbs(b.baselinePercentError),
  }));
}

export function registerScenario(program: Command): void {
  const scenario = program.command('scenario').description('what-if scenarios of the corridor: Mexico\'s enforcement, expelled families, re-attempts (docs/SCENARIOS.md)');
  scenario
    .command('run <fileOrName>')
    .description('run a scenario file (or a shipped scenario by name) against the store')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or es', 'en')
    .option('--draws <n>', 'bootstrap draws (20 to 2000; default 200)')
    .option('--levers <list>', "levers replacing the scenario's, as /api/scenario takes them: id=value[:from[:to[:ramp]]],... (from: YYYY-MM; without it, the first simulated month) e.g. enforcementSouth=1.3, none for no lever, or a JSON object as in a scenario file")
    .action(async (fileOrName: string, opts: { format: string; lang: string; draws?: string; levers?: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang = parseLang(opts.lang);
      const draws = parseDraws(opts.draws);
      const shipped = resolveScenario(fileOrName);
      // The levers' writing is checked before the store is opened; a lever without a month starts in the first simulated month, as in the API.
      checkLeverList(opts.levers);
      withLevers(shipped, opts.levers, '2000-01');
      const run = await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const scen = opts.levers ? withLevers(shipped, opts.levers, addMonth((await resolveWindow(store.conn, shipped)).to, 1)) : shipped;
        return runScenario(store.conn, scen, { draws });
      });
      if (format === 'table') process.stdout.write(`${printRun(run, lang)}\n`);
      else process.stdout.write(`${render(format, pathRecords(run, lang), run)}\n`);
    });
  scenario
    .command('backcast')
    .description('back-cast past policy changes (National Guard 2019, Title 42 2020): scenario error against the no-change baseline')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or es', 'en')
    .action(async (opts: { format: string; lang: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang = parseLang(opts.lang);
      const results = await readStore(cmd.optsWithGlobals<GlobalOptions>(), (store) => runBackcasts(store.conn));
      process.stdout.write(`${render(format, backcastRecords(results, lang), results)}\n`);
    });
  scenario
    .command('list')
    .description('the shipped scenarios (scenarios/*.json)')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or es', 'en')
    .action((opts: { format: string; lang: string }) => {
      const format = parseFormat(opts.format);
      const lang = parseLang(opts.lang);
      // JSON keeps its keys ({ name, file, description }); the description is in the language asked for.
      const list = listScenarios().map(({ name, file, descriptions }) => ({ name, file, description: descriptions[lang] }));
      const heads = lang === 'es' ? { name: 'nombre', file: 'archivo', description: 'descripción' } : { name: 'name', file: 'file', description: 'description' };
      const rows = list.map((s) => ({ [heads.name]: s.name, [heads.file]: s.file, [heads.description]: s.description }));
      process.stdout.write(`${render(format, rows, list)}\n`);
    });
}
