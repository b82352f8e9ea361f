/**
 * bench/forecast-bagging: bagged ETS and Theta (Bergmeir, Hyndman & Benítez 2016;
 * packages/forecast/src/bagging.ts: STL with a periodic season, moving block bootstrap of the
 * remainder in blocks of 24 months, the model fitted to each replicate, forecasts averaged on the
 * log scale) alone and as members of the combination, on the series and origin sets of
 * bench/forecast-peers.ts against R's best method (R's cached results), scored by
 * bench/forecast-candidates.ts. `--replicates N` (default 20; R's default is 100).
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-bagging.ts [--replicates 20] [--series]
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { baggedModel, forecastModels, type ForecastModel } from '@corridor/forecast';
import { combinationModel } from '../src/analysis/forecast/combination.js';
import { registerModels } from '../src/analysis/forecast/registry.js';
import { scoreCandidates } from './forecast-candidates.js';
import { loadPeerData } from './forecast-peers-data.js';

const arg = process.argv.indexOf('--replicates');
const replicates = arg > 0 ? Number(process.argv[arg + 1]) : 20;
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0].toFixed(1)}; ${replicates} replicates`);

const peers = await loadPeerData();
const { ets, theta } = forecastModels;
const etsB = baggedModel(ets, { replicates });
const thetaB = baggedModel(theta, { replicates });
const combo = (members: ForecastModel[], id: string): ForecastModel => ({ ...combinationModel(members), id });
const models = registerModels([
  ets,
  theta,
  etsB,
  thetaB,
  combo([ets, theta], 'combination'),
  combo([etsB, thetaB], 'comb-bagged'),
  combo([etsB, theta], 'comb-ets-bagged'),
  combo([ets, theta, etsB, thetaB], 'comb-4'),
]);

scoreCandidates(peers, models);
