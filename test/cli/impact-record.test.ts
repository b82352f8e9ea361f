/**
 * corridor impact and corridor record as a person runs them (registered on a program here,
 * as main.ts does), on a store loaded from the mirror: text in both languages, CSV, JSON.
 */
import { runCommand } from './run-in-process.js';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { registerImpact } from '../../src/cli/commands/impact.js';
import { registerRecord } from '../../src/cli/commands/record.js';
import { storePathFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';

describeMirror('corridor impact and corridor record', () => {
  let db: string;
  beforeAll(async () => {
    db = await storePathFromMirror();
  });
  afterAll(() => vi.restoreAllMocks());

  const corridor = (...args: string[]) => runCommand(db, [registerImpact, registerRecord], ...args);

  it('impact: a table month by month, the other events listed, the notes and the method, in Spanish', async () => {
    const text = await corridor('impact', '--event', 'us-border-measures-2025', '--measure', 'encounters', '--where', 'geography=US-SWB', '--lang', 'es');
    expect(text).toMatch(/^Efecto de "Medidas fronterizas de EE\. UU\. del 20 de enero de 2025" \(us-border-measures-2025, 20 de enero de 2025\)/);
    // The months fitted in words (were "ajustado a 2022-01 – 2024-12"); the table keeps YYYY-MM.
    expect(text).toMatch(/\nModelo .* ajustado a enero de 2022 – diciembre de 2024 \(36 meses\);/);
    expect(text).toMatch(/\n2025-02 +11,714 /);
    expect(text).toMatch(/Otros eventos en la ventana \(listados, no atribuidos\):\n.*title42-start/);
    expect(text).toMatch(/cbp-one-end .*en el mes del evento/);
    expect(text).toMatch(/Nota: El evento entró en vigor el 20 de enero de 2025/);
    expect(text).toMatch(/Método: Contrafactual: .*Brodersen/);
  });

  it('impact: CSV of the months and JSON of everything', async () => {
    const csv = (await corridor('impact', '--event', 'title42-end', '--measure', 'encounters', '--where', 'geography=US-SWB', '--window-after', '3', '--format', 'csv')).trim().split('\n');
    expect(csv[0]).toBe('month,observed,counterfactual,effect,effect low,effect high,cumulative,cumulative low,cumulative high,significant');
    expect(csv.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['2023-05,206690', '2023-06,144556', '2023-07,183479']);
    const json = JSON.parse(await corridor('impact', '--event', 'title42-end', '--measure', 'encounters', '--where', 'geography=US-SWB', '--control', 'geography=US-NLB', '--window-after', '3', '--format', 'json'));
    expect(json.control).toEqual({ where: ['geography=US-NLB'] });
    expect(json.months).toHaveLength(3);
    expect(json.overlapping.map((e: { id: string }) => e.id)).toContain('title42-start');
  });

  it('impact: a clear error for an event the series does not reach', async () => {
    await expect(corridor('impact', '--event', 'mpp-start', '--measure', 'inm-mexicans-received', '--where', 'geography=MX')).rejects.toThrow(/does not reach 2019-01/);
  });

  it('record: the ledger in Spanish, and as JSON filtered', async () => {
    const text = await corridor('record', '--actor', 'US', '--lang', 'es');
    expect(text).toMatch(/al 2021-08-03 +US +MX +entregó +Dosis de vacuna contra COVID-19 donadas y enviadas a México \(total acumulado\) +4,049,000 +dosis +us-vaccine-donations-2021-08/);
    expect(text).toMatch(/2022-03-09 +US +MX +comprometió .*9,386,800/);
    expect(text).not.toMatch(/Guardia Nacional desplegados/);
    // The caveat counts the "asked" lines the ledger lists (it said once there were none beside them).
    const asked = text.split('\n').filter((l) => /^\S+ +(US|MX|bilateral) +\S* *pidió /.test(l)).length;
    expect(asked).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`Nota: ${asked} líneas? de "pidió" \\(`));
    expect(text).not.toMatch(/Aún no hay líneas de "pidió"|No hay líneas de "pidió"/);
    const json = JSON.parse(await corridor('record', '--actor', 'MX', '--from', '2026-05', '--format', 'json'));
    expect(json.lines.map((l: { date: string; quantity: number; complete: boolean }) => [l.date, l.quantity, l.complete])).toEqual([
      ['2026-05', 14_956, false],
      ['2026-05', 495, false],
    ]);
    await expect(corridor('record', '--guard', 'cities')).rejects.toThrow(/--guard is regions or states/);
  });
});
