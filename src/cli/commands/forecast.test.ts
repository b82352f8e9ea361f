import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { combinationModel } from '../../analysis/forecast/combination.js';
import { backtestEvidence, forecastSeries } from '../../analysis/forecast/forecast.js';
import { registerModels } from '../../analysis/forecast/registry.js';
import type { MonthlySeries } from '../../analysis/forecast/series.js';
import { naiveDouble, seasonMeanDouble } from '../../analysis/forecast/test-doubles.js';
import type { SeriesForecast } from '../../analysis/forecast/forecast.js';
import { levelName, SWB_HIERARCHY } from '../../analysis/forecast/hierarchy.js';
import type { ModelScore } from '../../analysis/forecast/backtest.js';
import { renderIn } from '../columns.js';
import { hierarchyEndText, hierarchyRows, levelLabel, modelCardText, nowcastRows, reconciliationTable, registerForecast, scoreRows } from './forecast.js';

describe('corridor forecast', () => {
  it('registers the command with its options', () => {
    const program = new Command('corridor');
    registerForecast(program);
    const cmd = program.commands.find((c) => c.name() === 'forecast')!;
    expect(cmd.options.map((o) => o.long)).toEqual(expect.arrayContaining(['--measure', '--where', '--horizon', '--as-of', '--backtest', '--hierarchy', '--format']));
    // The nowcast fills unpublished months by default; --nowcast insists (and says why nothing was filled), --no-nowcast leaves it out.
    expect(cmd.options.map((o) => o.long)).toEqual(expect.arrayContaining(['--nowcast', '--no-nowcast']));
  });

  it('lists the months the nowcast filled before the forecast, marked, with their intervals where measured', () => {
    const month = (m: string, value: number, intervals?: { level: number; lower: number; upper: number }[]) => ({ month: m, days: 31, blank: [], value, monthToDate: value, share: 1, ratio: 1, ...(intervals ? { intervals } : {}) });
    const f = { card: { nowcast: { months: [month('2026-04', 900.4), month('2026-05', 1000.6, [{ level: 80, lower: 940.2, upper: 1100.5 }, { level: 95, lower: 900, upper: 1200 }])] } } } as unknown as SeriesForecast;
    expect(nowcastRows(f, false)).toEqual([
      { period: '2026-04 (nowcast)', forecast: 900 },
      { period: '2026-05 (nowcast)', forecast: 1001, lower80: 940, upper80: 1101, lower95: 900, upper95: 1200 },
    ]);
    expect(nowcastRows(f, true)[0].period).toBe('2026-04 (estimación inmediata)');
    expect(nowcastRows({ card: {} } as unknown as SeriesForecast, false)).toEqual([]);
    // A value a hair below zero (a reconciled cell) is 0 in the table, not "-0".
    const [tiny] = nowcastRows({ card: { nowcast: { months: [month('2026-04', -0.2)] } } } as unknown as SeriesForecast, false);
    expect(Object.is(tiny.forecast, 0)).toBe(true);
  });

  it('prints the model card: model, training window, breaks, back-test error and coverage', () => {
    const values = Array.from({ length: 92 }, (_, t) => (t < 85 ? 100000 : 10000) * (1 + 0.2 * Math.sin((2 * Math.PI * t) / 12)));
    const series: MonthlySeries = { id: 'encounters geography=US-SWB', measure: 'encounters', keys: { geography: 'US-SWB' }, start: '2018-01', values, sources: values.map((_, i) => (i < 45 ? 'ohss-monthly' : 'cbp-sbo')), droppedAtEnd: [] };
    const registered = [...registerModels([naiveDouble, seasonMeanDouble]), { model: combinationModel([naiveDouble, seasonMeanDouble]), version: 'test' }];
    const f = forecastSeries(series, registered, backtestEvidence(series, registered, { detect: false }).evidence, { detect: false });
    const text = modelCardText(f);
    // The card states its selection rule rather than claiming the lowest score, and how the bands are bounded.
    expect(text).toMatch(/^Model: .+\. Chosen by back-test: combination \(MASE [\d.]+\), although season-mean scored lower/);
    expect(text).toMatch(/Rule: the combination .* is kept; .* never replace it .*; a model with other information .* replaces it when its back-test MASE is at least 10% lower/);
    expect(text).toMatch(/Bands are nested; calibrated bands are never narrower further ahead than nearer, as a ratio to the forecast once 5% of the last year's mean month is added to both \(so that months near zero do not dominate; the plain ratio can move by a hair\), and reach beyond the back-test's largest errors by normal tails where those errors are too few for the band's level; upper bounds are kept below/);
    expect(text).toContain('Training window: April 2020 to August 2025 (65 months, log scale), starts after the break of April 2020: Title 42 expulsions begin');
    expect(text).toContain('sources: ohss-monthly 2020-04..2021-09, cbp-sbo 2021-10..2025-08');
    expect(text).toContain('Breaks: April 2020: Title 42 expulsions begin (policy); June 2023: Title 42 ends (policy); February 2025: January 2025 US border measures (policy)');
    expect(text).toContain('Right after a break (February 2025, 7 months of data since): the intervals are wider.');
    expect(text).toMatch(/Back-test \(\d+ monthly origins, horizons 1-12\): MASE \d+\.\d{3}, sMAPE [\d.]+%, interval coverage \d+% \(80%\) and \d+% \(95%\)/);

    // The same card in Spanish: every line, with no English sentence left in it.
    const es = modelCardText(f, 'es');
    expect(es).toMatch(/^Modelo: Combinación\(.+\) \(combinación, versión test\)\. Elegido por prueba retrospectiva: combinación \(MASE [\d.]+\), aunque season-mean obtuvo menos/);
    expect(es).toMatch(/MASE de cada modelo: .*combinación [\d.]+/);
    expect(es).toContain('Ventana de entrenamiento: abril de 2020 a agosto de 2025 (65 meses, escala logarítmica), empieza tras el cambio de abril de 2020: Comienzan las expulsiones del Título 42');
    expect(es).toContain('fuentes: ohss-monthly 2020-04..2021-09, cbp-sbo 2021-10..2025-08');
    expect(es).toContain('Cambios: abril de 2020: Comienzan las expulsiones del Título 42 (política); junio de 2023: Termina el Título 42 (política); febrero de 2025: Medidas fronterizas de EE. UU. de enero de 2025 (política)');
    expect(es).toContain('Justo después de un cambio (febrero de 2025, 7 meses de datos desde entonces): los intervalos son más anchos.');
    expect(es).toMatch(/Prueba retrospectiva \(\d+ orígenes mensuales, horizontes 1-12\): MASE \d+\.\d{3}/);
    expect(es).toMatch(/Las bandas están anidadas/);
    // The intervals' line is the card's own sentence (which months ahead are conformal, which the model's own).
    expect(text.split('\n')).toContain(f.card.said.intervals.en);
    expect(es.split('\n')).toContain(f.card.said.intervals.es);
    expect(es.split('\n')).toHaveLength(text.split('\n').length);
    // Months filled by the nowcast are named by what filled them, in the reader's language.
    const filled = { card: { ...f.card, training: { ...f.card.training, sources: [...f.card.training.sources, { source: 'nowcast', from: '2025-09', to: '2026-05' }] } } };
    expect(modelCardText(filled)).toContain('cbp-sbo 2021-10..2025-08, nowcast (inm-ianami) 2025-09..2026-05');
    expect(modelCardText(filled, 'es')).toContain('cbp-sbo 2021-10..2025-08, estimación inmediata (inm-ianami) 2025-09..2026-05');
    expect(es).not.toMatch(/\b(the|Model|Breaks|Back-test|Training|months|sources|Intervals|covered|none|combination|Combination|default|median)\b/);
  });

  it('takes --lang', () => {
    const program = new Command('corridor');
    registerForecast(program);
    expect(program.commands.find((c) => c.name() === 'forecast')!.options.map((o) => o.long)).toContain('--lang');
  });
});

describe('corridor forecast --hierarchy and --backtest tables', () => {
  const levels = [...SWB_HIERARCHY.levels, SWB_HIERARCHY.bottom].map((dims) => levelName(dims));

  it('names every level of the hierarchy in the reader\'s language', () => {
    expect(levels.map((l) => levelLabel(l, 'en'))).toEqual(levels);
    const es = [...levels, 'all'].map((l) => levelLabel(l, 'es'));
    expect(es).toEqual([
      'total', 'componente', 'grupo demográfico', 'ciudadanía', 'componente × grupo demográfico', 'componente × ciudadanía',
      'grupo demográfico × ciudadanía', 'componente × grupo demográfico × ciudadanía', 'componente × grupo demográfico × ciudadanía × autoridad', 'todos',
    ]);
    expect(es.join(' ')).not.toMatch(/component\b|demographic|citizenship|authority|\ball\b/);
  });

  it('names the model of every series of the hierarchy\'s table in the reader\'s language, as the model card does', () => {
    const month = { period: '2025-09', mean: 10.4, intervals: [{ level: 80, lower: 8, upper: 13, method: 'conformal' as const }, { level: 95, lower: 7, upper: 15, method: 'conformal' as const }] };
    const nodes = [
      { id: 'encounters geography=US-SWB', level: 'total', card: { model: 'combination' }, base: [10.2], months: [month] },
      { id: 'encounters component=OFO geography=US-SWB', level: 'component', card: { model: 'snaive' }, base: [3], months: [month] },
    ];
    expect(hierarchyRows(nodes, 'en').map((r) => [r.level, r.model])).toEqual([['total', 'combination'], ['component', 'snaive']]);
    const es = hierarchyRows(nodes, 'es');
    expect(es.map((r) => [r.level, r.model])).toEqual([['total', 'combinación'], ['componente', 'ingenuo estacional (snaive)']]);
    expect(es[0]).toMatchObject({ series: 'encounters geography=US-SWB', period: '2025-09', base: 10, forecast: 10, lower80: 8, upper95: 15 });
    expect(renderIn('es', 'table', es).split('\n')[0].trim().split(/\s{2,}/)).toEqual(['serie', 'nivel', 'modelo', 'periodo', 'base', 'pronóstico', 'inferior80', 'superior80', 'inferior95', 'superior95']);
  });

  it('says where the hierarchy\'s data end, where its forecast starts, and that the total has later published months', () => {
    const h = { end: '2025-08', start: '2025-09', total: { id: 'encounters geography=US-SWB', command: 'corridor forecast --measure encounters --where geography=US-SWB', to: '2026-07' } };
    expect(hierarchyEndText(h, 'en')).toBe(
      'Data through August 2025, the last month every series of the hierarchy has (its finest breakdowns end there): the forecast starts in September 2025.\n' +
        "The total (encounters geography=US-SWB) has published figures after August 2025, September 2025 to July 2026: this table forecasts those months without them; the total's own forecast, from its last published month: corridor forecast --measure encounters --where geography=US-SWB",
    );
    expect(hierarchyEndText(h, 'es')).toBe(
      'Datos hasta agosto de 2025, el último mes que tienen todas las series de la jerarquía (ahí terminan sus desgloses más finos): el pronóstico empieza en septiembre de 2025.\n' +
        'El total (encounters geography=US-SWB) tiene cifras publicadas después de agosto de 2025, de septiembre de 2025 a julio de 2026: esta tabla pronostica esos meses sin ellas; el pronóstico propio del total, desde su último mes publicado: corridor forecast --measure encounters --where geography=US-SWB',
    );
    // Nothing published after the common end: the first sentence alone.
    expect(hierarchyEndText({ end: '2024-12', start: '2025-01' }, 'en')).toBe('Data through December 2024, the last month every series of the hierarchy has (its finest breakdowns end there): the forecast starts in January 2025.');
    expect(hierarchyEndText({ end: '2024-12', start: '2025-01' }, 'es')).toMatch(/^Datos hasta diciembre de 2024, .*: el pronóstico empieza en enero de 2025\.$/);
  });

  // A back-test of the models the tests register: its default row is, at every origin, the combination.
  const values = Array.from({ length: 92 }, (_, t) => 1000 * (1 + 0.2 * Math.sin((2 * Math.PI * t) / 12)) + 37 * ((t * 7) % 5));
  const series: MonthlySeries = { id: 'encounters geography=USBP-RGV', measure: 'encounters', keys: { geography: 'USBP-RGV' }, start: '2018-01', values, sources: values.map(() => 'cbp-sbo'), droppedAtEnd: [] };
  const registered = [...registerModels([naiveDouble, seasonMeanDouble]), { model: combinationModel([naiveDouble, seasonMeanDouble]), version: 'c0mb1nat10n0' }];
  const { scores } = backtestEvidence(series, registered, { detect: false });

  it('shows the default row of a back-test as the model it is, with that model\'s version, in both languages', () => {
    const d = scores.find((s) => s.model === 'default')!;
    // The analysis's version of the default lists every model's: cut to 14 characters it read as the first model's.
    expect(d.version).toMatch(/^naive@.+,combination@c0mb1nat10n0$/);
    const en = scoreRows(scores, 'en');
    const comb = en.find((r) => r.model === 'combination')!;
    const def = en.find((r) => String(r.model).startsWith('default'))!;
    // Its point forecasts are the combination's (its intervals may differ by a hair).
    expect(def).toMatchObject({ model: 'default (= combination)', version: 'c0mb1nat10n0', origins: comb.origins, forecasts: comb.forecasts, mase: comb.mase, smape: comb.smape });
    const es = scoreRows(scores, 'es');
    expect(es.find((r) => String(r.model).startsWith('predeterminado'))).toMatchObject({ model: 'predeterminado (= combinación)', version: 'c0mb1nat10n0', mase: comb.mase });
    // A default that switched between models says so rather than naming one.
    const switched = scores.map((s) => (s.model === 'default' ? { ...s, overall: { ...s.overall, mase: s.overall.mase + 0.5 } } : s));
    expect(switched.some((s) => s.model === 'default')).toBe(true);
    expect(scoreRows(switched, 'en').find((r) => String(r.model).startsWith('default'))).toMatchObject({ model: 'default (selected per origin)', version: 'varies' });
    expect(scoreRows(switched, 'es').find((r) => String(r.model).startsWith('predeterminado'))).toMatchObject({ model: 'predeterminado (elegido en cada origen)', version: 'varía' });
    // With the project's models (none of which replaces the combination), the default is the combination by the rule, whatever its intervals scored.
    const score = (model: string, version: string, mase: number, winkler80: number): ModelScore => ({ ...scores[0], model, version, overall: { ...scores[0].overall, mase, winkler80 } });
    const project = [score('snaive', 'cfbe84e0407a', 1.552, 8.87), score('ets', 'f16c6c31fb7a', 1.22, 6.43), score('combination', '4c58642b7fe7', 1.219, 6.41), score('default', 'snaive@cfbe84e0407a,ets@f16c6c31fb7a,combination@4c58642b7fe7', 1.219, 6.4)];
    expect(scoreRows(project, 'en').map((r) => [r.model, r.version])).toEqual([['snaive', 'cfbe84e0407a'], ['ets', 'f16c6c31fb7a'], ['combination', '4c58642b7fe7'], ['default (= combination)', '4c58642b7fe7']]);
    // In Spanish the models are named as the model card names them (card-text.ts modelName), not by their English ids.
    expect(scoreRows(project, 'es').map((r) => [r.model, r.version])).toEqual([['ingenuo estacional (snaive)', 'cfbe84e0407a'], ['ets', 'f16c6c31fb7a'], ['combinación', '4c58642b7fe7'], ['predeterminado (= combinación)', '4c58642b7fe7']]);
    expect(JSON.stringify(scoreRows(project, 'es'))).not.toMatch(/\b(combination|default|varies|selected)\b|"snaive"/);
    // Reconciled rows (the standard back-test) are named in Spanish, their method too (its code beside it).
    const reconciled: ModelScore = { ...scores[0], model: 'reconciled:mint-shrink', version: '' };
    expect(scoreRows([reconciled], 'es')[0].model).toBe('conciliado: MinT con contracción (mint-shrink)');
    expect(scoreRows([{ ...reconciled, model: 'reconciled:bottom-up' }], 'es')[0].model).toBe('conciliado: ascendente (bottom-up)');
    expect(scoreRows([reconciled], 'en')[0].model).toBe('reconciled:mint-shrink');
  });

  it('heads the back-test table in the reader\'s language: "versión" in Spanish, and no Spanish in English', () => {
    const es = renderIn('es', 'table', scoreRows(scores, 'es'));
    expect(es.split('\n')[0].trim().split(/\s{2,}/)).toEqual(['modelo', 'versión', 'orígenes', 'pronósticos', 'mase', 'smape', 'cobertura80', 'cobertura95', 'winkler80', 'winkler95', 'cobertura_propia80']);
    const en = renderIn('en', 'table', scoreRows(scores, 'en'));
    expect(en.split('\n')[0].trim().split(/\s{2,}/)).toEqual(['model', 'version', 'origins', 'forecasts', 'mase', 'smape', 'coverage80', 'coverage95', 'winkler80', 'winkler95', 'own_coverage80']);
    expect(en).not.toMatch(/predeterminado|conciliado|versión|n\/d/);
  });

  it('prints the reconciliation by level: level names, methods and "series" (how many) in Spanish too', () => {
    const row = (level: string, nodes: number) => ({ method: 'mint-shrink' as const, level, nodes, mase: 1.234, smape: 20, coverage80: 0.8, coverage95: Number.NaN });
    const rows = [row('component × demographic', 8), row('all', 149)];
    const [head, , first, second] = reconciliationTable(rows, 'es').split('\n');
    expect(head.trim().split(/\s{2,}/)).toEqual(['método', 'nivel', 'series', 'mase', 'smape', 'cobertura80', 'cobertura95']);
    expect(first).toMatch(/^MinT con contracción \(mint-shrink\)\s+componente × grupo demográfico\s+8\s+1\.234\s+20\.0\s+80%\s+n\/d$/);
    expect(second).toMatch(/^MinT con contracción \(mint-shrink\)\s+todos\s+149 /);
    // Every method named in Spanish, its code (what --method takes) beside it; "bottom-up" was left in English.
    const methods = reconciliationTable((['base', 'bottom-up', 'ols', 'mint-shrink'] as const).map((method) => ({ ...rows[1], method })), 'es').split('\n').slice(2);
    expect(methods.map((l) => l.split(/\s{2,}/)[0])).toEqual(['base (sin conciliar)', 'ascendente (bottom-up)', 'MCO (ols)', 'MinT con contracción (mint-shrink)']);
    const en = reconciliationTable(rows, 'en').split('\n');
    expect(en[0].trim().split(/\s{2,}/)).toEqual(['method', 'level', 'series', 'mase', 'smape', 'coverage80', 'coverage95']);
    expect(en[2]).toMatch(/^mint-shrink\s+component × demographic\s+8\s+1\.234\s+20\.0\s+80%\s+n\/a$/);
  });
});
