/**
 * The states' GeoJSON: a FeatureCollection of 32 features, each state's INEGI code once
 * (state_code 1-32, its state_name naming the same state), each with a valid geometry.
 * The result is shapes for the states and no observations.
 */
import { InputError } from '../../errors.js';
import { mexicanState, mxStateCode } from '../../store/dimensions/mexico.js';
import { Seen } from '../read/seen.js';
import type { ParseContext, ParsedSource } from '../types.js';
import { checkGeometry } from './geometry.js';
import { found, isObject, readJsonFile } from './json.js';

/** Names of the WGS84 longitude/latitude system a GeoJSON file may declare. */
const CRS84 = new Set(['urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:OGC::CRS84']);
const STATES = 32;

export async function parse(ctx: ParseContext): Promise<ParsedSource> {
  const file = ctx.files.states;
  if (!file) throw new Error('mx-states-geo: no file "states" in the parse context');
  const data = await readJsonFile(file);
  const fail = (column: string, expected: string, value: unknown, what = 'unexpected value'): never => {
    throw new InputError({ file: file.name, column }, expected, found(value), what);
  };
  if (!isObject(data) || data.type !== 'FeatureCollection') fail('type', '"FeatureCollection"', isObject(data) ? data.type : data);
  const root = data as Record<string, unknown>;
  if (root.crs !== undefined) {
    const name = isObject(root.crs) && isObject(root.crs.properties) ? root.crs.properties.name : undefined;
    if (typeof name !== 'string' || !CRS84.has(name)) fail('crs.properties.name', 'CRS84 (WGS84 longitude, latitude)', name, 'unexpected coordinate system');
  }
  const features = root.features;
  if (!Array.isArray(features) || features.length !== STATES) fail('features', `a list of ${STATES} features, one per state`, features);
  const codes = new Seen('feature');
  const shapes = (features as unknown[]).map((feature, i) => {
    const path = `features[${i}]`;
    if (!isObject(feature) || feature.type !== 'Feature') fail(`${path}.type`, '"Feature"', isObject(feature) ? feature.type : feature);
    const f = feature as Record<string, unknown>;
    const props = isObject(f.properties) ? f.properties : {};
    const code = props.state_code;
    if (typeof code !== 'number' || !Number.isInteger(code) || code < 1 || code > STATES) fail(`${path}.properties.state_code`, `an INEGI state code, a whole number 1 to ${STATES}`, code);
    const state = mxStateCode(code as number);
    codes.add(state, { file: file.name, column: `${path}.properties.state_code` }, `state ${code}`);
    if (typeof props.state_name !== 'string' || mexicanState(props.state_name) !== state) {
      throw new InputError({ file: file.name, column: `${path}.properties.state_name` }, `the name of state ${code} (${state})`, found(props.state_name), 'inconsistent state');
    }
    return { code: state, geometry: checkGeometry(f.geometry, `${path}.geometry`, file.name) };
  });
  return { observations: [], shapes };
}

