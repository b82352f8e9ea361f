/**
 * bench/forecast-temporal: temporal hierarchies (THieF, packages/forecast/src/temporal.ts) as
 * members of the combination, on the series and origin sets of bench/forecast-peers.ts against
 * R's best method (R's cached results), scored by bench/forecast-candidates.ts.
 *
 *   CORRIDOR_DB=... npx tsx bench/forecast-temporal.ts [--series]
 */
import { forecastModels, temporalHierarchy, type ForecastModel } from '@corridor/forecast';
import { combinationModel } from '../src/analysis/forecast/combination.js';
import { registerModels } from '../src/analysis/forecast/registry.js';
import { scoreCandidates } from './forecast-candidates.js';
import { loadPeerData } from './forecast-peers-data.js';

const peers = await loadPeerData();

const { ets, theta } = forecastModels;
const etsS = temporalHierarchy(ets, { weights: 'struc', id: 'ets-thief' });
const thetaS = temporalHierarchy(theta, { weights: 'struc', id: 'theta-thief' });
const etsV = temporalHierarchy(ets, { weights: 'var', id: 'ets-thief-var' });
const thetaV = temporalHierarchy(theta, { weights: 'var', id: 'theta-thief-var' });
const etsQ = temporalHierarchy(ets, { weights: 'var', levels: [1, 3], id: 'ets-thief-q' });
const thetaQ = temporalHierarchy(theta, { weights: 'var', levels: [1, 3], id: 'theta-thief-q' });
const combo = (members: ForecastModel[], id: string): ForecastModel => ({ ...combinationModel(members), id });
const models = registerModels([
  ets,
  theta,
  etsS,
  thetaS,
  etsV,
  thetaV,
  combo([ets, theta], 'combination'),
  combo([etsS, thetaS], 'comb-thief'),
  combo([etsV, thetaV], 'comb-thief-var'),
  combo([ets, theta, etsS, thetaS], 'comb-4'),
  etsQ,
  thetaQ,
  combo([etsQ, thetaQ], 'comb-thief-q'),
]);

scoreCandidates(peers, models);
