/**
 * bench/forecast-window-average: ETS and Theta averaged across estimation windows (Pesaran &
 * Pick 2011; packages/forecast/src/window-average.ts: the base model fitted to the last 24, 36,
 * 60 and 96 months of the training window and to the whole window, forecasts averaged on the log
 * scale) alone and as members of the combination, on the series and origin sets of
 * bench/forecast-peers.ts against R's best method (R's cached results), scored by
 * bench/forecast-candidates.ts.
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-window-average.ts [--series]
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { forecastModels, windowAveragedModel, type ForecastModel } from '@corridor/forecast';
import { combinationModel } from '../src/analysis/forecast/combination.js';
import { registerModels } from '../src/analysis/forecast/registry.js';
import { scoreCandidates } from './forecast-candidates.js';
import { loadPeerData } from './forecast-peers-data.js';

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0].toFixed(1)}`);

const peers = await loadPeerData();
const { ets, theta } = forecastModels;
const lengths = [24, 36, 60, 96];
const etsW = windowAveragedModel(ets, { lengths });
const thetaW = windowAveragedModel(theta, { lengths });
const combo = (members: ForecastModel[], id: string): ForecastModel => ({ ...combinationModel(members), id });
const models = registerModels([
  ets,
  theta,
  etsW,
  thetaW,
  combo([ets, theta], 'combination'),
  combo([etsW, thetaW], 'comb-aveW'),
  combo([ets, theta, etsW, thetaW], 'comb-4'),
]);

scoreCandidates(peers, models);
