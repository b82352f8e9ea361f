/**
 * The API's calibrated-scenario memo: one calibration per store state and scenario options,
 * whatever the levers; a new catalogue version or other draws calibrate again; a failure is
 * not kept; the oldest is dropped past the limit.
 */
import { beforeEach, expect, it, vi } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Scenario } from '../../src/analysis/scenario/scenario-file.js';

const prepareScenario = vi.fn();
vi.mock('../../src/analysis/scenario/run.js', () => ({ DEFAULT_DRAWS: 200, prepareScenario: (...a: unknown[]) => prepareScenario(...a) }));
const { preparedScenarios } = await import('../../src/api/prepared-scenarios.js');

const conn = {} as DuckDBConnection;
const scenario = (levers: Record<string, unknown>, horizon = 12) => ({ name: 's', levers, horizon }) as unknown as Scenario;

beforeEach(() => {
  prepareScenario.mockReset();
  prepareScenario.mockImplementation(async (_c, s: Scenario, o: { draws: number }) => ({ horizon: s.horizon, draws: o.draws }));
});

it('calibrates once for scenarios that differ only in their levers', async () => {
  const prepare = preparedScenarios(conn);
  const a = await prepare('v1', scenario({ familyAcceptance: { value: 1 } }));
  const b = await prepare('v1', scenario({ familyAcceptance: { value: 3 } }));
  expect(b).toBe(a);
  expect(prepareScenario).toHaveBeenCalledTimes(1);
  expect(prepareScenario.mock.calls[0][2]).toEqual({ draws: 200 });
});

it('calibrates again for a new store state, another horizon or other draws', async () => {
  const prepare = preparedScenarios(conn);
  await prepare('v1', scenario({}));
  await prepare('v2', scenario({}));
  await prepare('v2', scenario({}, 6));
  await prepare('v2', scenario({}, 6), 50);
  expect(prepareScenario).toHaveBeenCalledTimes(4);
});

it('forgets a failed calibration and keeps only the newest ones', async () => {
  const prepare = preparedScenarios(conn, 2);
  prepareScenario.mockRejectedValueOnce(new Error('store busy'));
  await expect(prepare('v1', scenario({}))).rejects.toThrow('store busy');
  await prepare('v1', scenario({}));
  expect(prepareScenario).toHaveBeenCalledTimes(2);
  await prepare('v1', scenario({}, 1));
  await prepare('v1', scenario({}, 2));
  await prepare('v1', scenario({})); // dropped as the oldest: calibrated again
  expect(prepareScenario).toHaveBeenCalledTimes(5);
});
