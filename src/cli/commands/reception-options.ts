/**
 * The options every reception command shares: where arrivals and beds come from, the
 * weeks, and the assumptions (plan, alerts, whatif, brief), and how they become PlanOptions.
 */
import type { Command } from 'commander';
import type { PlanOptions } from '../../analysis/reception/run.js';
import { checkLeverList } from '../../analysis/scenario/lever-list.js';
import { UsageError } from '../../errors.js';

export interface CliPlanOptions {
  registry?: string;
  scenario?: string;
  scenarioFile?: string;
  levers?: string;
  quantile?: string;
  assumptions?: string;
  weeks: string;
  start?: string;
  level: string;
  format: string;
  lang: string;
}

export function withPlanOptions(cmd: Command): Command {
  return withInputOptions(cmd).option('--format <format>', 'table, csv or json', 'table').option('--lang <lang>', 'en or es', 'en');
}

/** What a plan is made from (the plan, alerts, what-if and brief commands share them). */
export function withInputOptions(cmd: Command): Command {
  return cmd
    .option('--registry <file>', 'shelter registry CSV (default: the demo registry, "México te abraza", UNVERIFIED)')
    .option('--scenario <name>', 'a shipped scenario ("corridor scenario list"): arrivals from the scenario engine; a path ending in .csv or .json is read as --scenario-file')
    .option('--levers <list>', 'with --scenario NAME: levers replacing the scenario\'s, id=value[:from[:to[:ramp]]],... e.g. familyAcceptance=3, or none for no lever')
    .option('--quantile <q>', 'with --scenario NAME: plan for this quantile of the engine\'s draws, month by month (default 0.5, the median; 0.9 a bad case)')
    .option('--scenario-file <file>', 'arrivals CSV or JSON: period, place, kind, people (default: INM arrivals with a forecast)')
    .option('--assumptions <file>', 'planning assumptions JSON (default: data/reception/assumptions.json)')
    .option('--weeks <n>', 'weeks to plan, 1 to 26', '12')
    .option('--start <day>', 'first week (YYYY-MM-DD; default: the week after the data, or the scenario\'s first week); a week INM recorded is replayed with its recorded arrivals; at most 26 weeks past the data')
    .option('--level <level>', 'plan for the forecast\'s central level or its 80% upper bound: central or high', 'central');
}

export function planOptions(o: CliPlanOptions): PlanOptions {
  if (o.level !== 'central' && o.level !== 'high') throw new UsageError(
    `--level is central or high, not "${o.level}"`,
    `--level es central o high, no "${o.level}"`,
  );
  // Number('') is 0 and Number('abc') NaN: refuse what is not digits here, quoting what was typed.
  if (!/^\s*\d+\s*$/.test(o.weeks)) throw new UsageError(
    `--weeks takes a whole number from 1 to 26, not "${o.weeks}"`,
    `--weeks lleva un número entero de 1 a 26, no "${o.weeks}"`,
  );
  const weeks = Number(o.weeks);
  // --scenario FILE.csv|.json kept working as before; any other --scenario is a shipped scenario's name.
  const isFile = o.scenario !== undefined && /\.(csv|json)$/i.test(o.scenario);
  if (o.scenario && o.scenarioFile) throw new UsageError(
    'give arrivals with --scenario NAME or --scenario-file FILE, not both',
    'dé las llegadas con --scenario NOMBRE o --scenario-file ARCHIVO, no ambos',
  );
  const name = o.scenario && !isFile ? o.scenario : undefined;
  if (!name && (o.levers !== undefined || o.quantile !== undefined)) throw new UsageError(
    '--levers and --quantile go with --scenario NAME (a shipped scenario: "corridor scenario list")',
    '--levers y --quantile van con --scenario NOMBRE (un escenario incluido: "corridor scenario list")',
  );
  // A lever named twice, a decimal comma, a value such as 0x2: refused before the store is opened, as `corridor scenario run` refuses them.
  checkLeverList(o.levers);
  const quantile = o.quantile === undefined ? undefined : Number(o.quantile);
  if (quantile !== undefined && Number.isNaN(quantile)) throw new UsageError(
    `--quantile takes a number such as 0.9, not "${o.quantile}"`,
    `--quantile lleva un número como 0.9, no "${o.quantile}"`,
  );
  return {
    registry: o.registry,
    scenario: isFile ? o.scenario : o.scenarioFile,
    ...(name ? { engine: { name, levers: o.levers, quantile } } : {}),
    assumptions: o.assumptions,
    weeks,
    start: o.start,
    level: o.level,
  };
}
