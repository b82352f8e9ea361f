import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { combinationModel } from '../../analysis/forecast/combination.js';
import { backtestEvidence, forecastSeries } from '../../analysis/forecast/forecast.js';
import { registerModels } from '../../analysis/forecast/registry.js';
import type { MonthlySeries } from '../../analysis/forecast/series.js';
import { naiveDouble, seasonMeanDouble } from '../../analysis/forecast/test-doubles.js';
import type { SeriesForecast } from '../../analysis/forecast/forecast.js';
import { modelCardText, nowcastRows, registerForecast } from './forecast.js';

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
    expect(text).toMatch(/Bands are nested; calibrated bands are never narrower, as a ratio to the forecast, further ahead than nearer, and reach beyond the back-test's largest errors by normal tails where those errors are too few for the band's level; upper bounds are kept below/);
    expect(text).toContain('Training window: 2020-04 to 2025-08 (65 months, log scale), starts after the break of 2020-04: Title 42 expulsions begin');
    expect(text).toContain('sources: ohss-monthly 2020-04..2021-09, cbp-sbo 2021-10..2025-08');
    expect(text).toContain('Breaks: 2020-04 Title 42 expulsions begin (policy); 2023-06 Title 42 ends (policy); 2025-02 January 2025 US border measures (policy)');
    expect(text).toContain('Right after a break (2025-02, 7 months of data since): the intervals are wider.');
    expect(text).toMatch(/Back-test \(\d+ monthly origins, horizons 1-12\): MASE \d+\.\d{3}, sMAPE [\d.]+%, interval coverage \d+% \(80%\) and \d+% \(95%\)/);

    // The same card in Spanish: every line, with no English sentence left in it.
    const es = modelCardText(f, 'es');
    expect(es).toMatch(/^Modelo: .+\. Elegido por prueba retrospectiva: combination \(MASE [\d.]+\), aunque season-mean obtuvo menos/);
    expect(es).toContain('Ventana de entrenamiento: 2020-04 a 2025-08 (65 meses, escala logarítmica), empieza tras el cambio de 2020-04: Comienzan las expulsiones del Título 42');
    expect(es).toContain('fuentes: ohss-monthly 2020-04..2021-09, cbp-sbo 2021-10..2025-08');
    expect(es).toContain('Cambios: 2020-04 Comienzan las expulsiones del Título 42 (política); 2023-06 Termina el Título 42 (política); 2025-02 Medidas fronterizas de EE. UU. de enero de 2025 (política)');
    expect(es).toContain('Justo después de un cambio (2025-02, 7 meses de datos desde entonces): los intervalos son más anchos.');
    expect(es).toMatch(/Prueba retrospectiva \(\d+ orígenes mensuales, horizontes 1-12\): MASE \d+\.\d{3}/);
    expect(es).toMatch(/Las bandas están anidadas/);
    expect(es.split('\n')).toHaveLength(text.split('\n').length);
    // Months filled by the nowcast are named by what filled them, in the reader's language.
    const filled = { card: { ...f.card, training: { ...f.card.training, sources: [...f.card.training.sources, { source: 'nowcast', from: '2025-09', to: '2026-05' }] } } };
    expect(modelCardText(filled)).toContain('cbp-sbo 2021-10..2025-08, nowcast (inm-ianami) 2025-09..2026-05');
    expect(modelCardText(filled, 'es')).toContain('cbp-sbo 2021-10..2025-08, estimación inmediata (inm-ianami) 2025-09..2026-05');
    expect(es).not.toMatch(/\b(the|Model|Breaks|Back-test|Training|months|sources|Intervals|covered|none)\b/);
  });

  it('takes --lang', () => {
    const program = new Command('corridor');
    registerForecast(program);
    expect(program.commands.find((c) => c.name() === 'forecast')!.options.map((o) => o.long)).toContain('--lang');
  });
});
