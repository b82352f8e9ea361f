import { describe, expect, it } from 'vitest';
import { ceilingSaid, coverageSaid, intervalsSaid, methodName, modelName, selectionSaid } from './card-text.js';

describe('what the model card says', () => {
  it('says "only" beside a band whose coverage, as shown, is 5 points or more short, whatever the decimals behind it', () => {
    // The real data's figures (7 December 2026): US-SWB 95% 90.22%, USBP El Paso 95% 89.80%, Del Rio 80% 75.34%, Tucson 80% 74.96%.
    for (const [level, coverage, shown] of [[95, 0.9022, '90%'], [95, 0.898, '90%'], [80, 0.7534, '75%'], [80, 0.7496, '75%'], [95, 0.9009, '90%']] as const) {
      const said = coverageSaid(level, coverage);
      expect(said.en).toBe(`the ${level}% band covered only ${shown} of outcomes in the back-test`);
      expect(said.es).toBe(`la banda del ${level}% cubrió solo el ${shown} de los resultados en la prueba retrospectiva`);
    }
    // Less than 5 points short as shown: no "only".
    for (const [level, coverage, shown] of [[95, 0.9051, '91%'], [80, 0.755, '76%'], [95, 0.95, '95%'], [80, 0.9, '90%']] as const) {
      expect(coverageSaid(level, coverage).en).toBe(`the ${level}% band covered ${shown} of outcomes in the back-test`);
      expect(coverageSaid(level, coverage).es).not.toMatch(/solo/);
    }
  });
});

describe('models and reconciliation methods named', () => {
  it('names in Spanish the ids that are English words, the code beside a name a reader may type, and keeps the ids in English', () => {
    const ids = ['combination', 'default', 'snaive', 'ets', 'theta', 'arima', 'mstl', 'reconciled:mint-shrink', 'reconciled:bottom-up'];
    expect(ids.map((id) => modelName(id).en)).toEqual(ids);
    expect(ids.map((id) => modelName(id).es)).toEqual([
      'combinación', 'predeterminado', 'ingenuo estacional (snaive)', 'ets', 'theta', 'arima', 'mstl', 'conciliado: MinT con contracción (mint-shrink)', 'conciliado: ascendente (bottom-up)',
    ]);
    const methods = ['base', 'bottom-up', 'ols', 'mint-shrink'];
    expect(methods.map((m) => methodName(m).en)).toEqual(methods);
    expect(methods.map((m) => methodName(m).es)).toEqual(['base (sin conciliar)', 'ascendente (bottom-up)', 'MCO (ols)', 'MinT con contracción (mint-shrink)']);
  });
});

describe('the selection sentence', () => {
  const rule = { chosen: 'combination', selectedBy: 'back-test' as const };
  it("never says the back-test's default row (the chosen model's twin) or a reconciled row scored lower, whatever order the scores come in", () => {
    const scores = [
      { model: 'default', mase: 1.491 },
      { model: 'reconciled:mint-shrink', mase: 1.2 },
      { model: 'combination', mase: 1.491 },
      { model: 'theta', mase: 1.6 },
    ];
    for (const order of [scores, [...scores].reverse()]) {
      const said = selectionSaid({ ...rule, scores: order });
      expect(said.en).toMatch(/^Chosen by back-test: combination, the lowest MASE\. Rule:/);
      expect(said.en).not.toMatch(/default|reconciled/);
    }
  });
  it('on a tie with another model, the chosen one is the lowest', () => {
    const said = selectionSaid({ ...rule, scores: [{ model: 'theta', mase: 1.491 }, { model: 'combination', mase: 1.491 }] });
    expect(said.en).toMatch(/^Chosen by back-test: combination, the lowest MASE/);
  });
  it('names a model that scored lower, with both scores', () => {
    const said = selectionSaid({ ...rule, scores: [{ model: 'default', mase: 1.491 }, { model: 'combination', mase: 1.491 }, { model: 'theta', mase: 1.489 }] });
    expect(said.en).toMatch(/^Chosen by the rule: combination \(back-test MASE 1\.491\), although theta scored lower \(1\.489\)\. Rule:/);
  });
});

describe('where the intervals come from', () => {
  const periods = ['2026-08', '2026-09', '2026-10', '2026-11'];
  it("names each run of months ahead that shows the model's own intervals, with their months, in both languages", () => {
    const said = intervalsSaid({ methods: ['model', 'conformal', 'model', 'model'], periods, widened: true });
    expect(said.en).toBe(
      "Intervals: conformal, calibrated on back-test errors per horizon, widened after the break, except 1 month ahead (August 2026), 3-4 months ahead (October 2026 to November 2026): the model's own there (fewer than 10 back-test errors at those horizons)",
    );
    expect(said.es).toBe(
      'Intervalos: conformales, calibrados con los errores de la prueba retrospectiva por horizonte, ensanchados tras el cambio, salvo 1 mes adelante (agosto de 2026), 3-4 meses adelante (octubre de 2026 a noviembre de 2026): ahí los propios del modelo (menos de 10 errores de la prueba retrospectiva en esos horizontes)',
    );
  });
});

describe('how the bands are bounded', () => {
  it('says that the ceiling bends upper bounds near it, which can then grow less than the forecast further ahead', () => {
    const said = ceilingSaid(905_943);
    expect(said.en).toMatch(/upper bounds are kept below 905,943, 3 times the highest month on record, bending towards it from halfway there \(so that an upper bound near it can grow less than the forecast further ahead\) \(assumptions\)\.$/);
    expect(said.es).toMatch(/por debajo de 905,943, 3 veces el mes más alto registrado, y se curvan hacia ese techo desde la mitad del camino \(así un límite superior cercano a él puede crecer menos que el pronóstico más adelante\) \(supuestos\)\.$/);
  });
});
