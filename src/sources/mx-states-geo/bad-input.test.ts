/**
 * Corrupted copies of the fixture (one feature per line): each must fail with one
 * InputError naming the file and the JSON path of the bad value.
 */
import { describe, expect, it } from 'vitest';
import { fixtureFiles, replaceLine } from '../../../test/fixture-copies.js';
import { expectInputError } from '../../../test/input-error.js';
import { parseAllWith } from '../../../test/parse-context.js';
import adapter from './index.js';

const FILE = 'mx_states.geojson';
const { corrupted } = fixtureFiles(adapter.describe, import.meta.dirname);
const parseEdited = async (edit: (lines: string[]) => string[]) => parseAllWith(adapter, await corrupted('states', edit));
const at = (column: string) => ({ file: FILE, column });
/** Line 5 is features[0], Mexico City: a Polygon whose first position is [-99.0905, 19.5093]. */
const CDMX = 5;

describe('mx-states-geo rejects bad input', () => {
  it('an empty file', async () => {
    await expectInputError(parseEdited(() => []), { file: FILE });
  });

  it('text that is not JSON (a note after the document)', async () => {
    const e = await expectInputError(parseEdited((l) => [...l, 'Fuente: INEGI']), { file: FILE });
    expect(e.expected).toBe('valid JSON');
  });

  it('a document that is not a FeatureCollection', async () => {
    await expectInputError(parseEdited(replaceLine(2, '"FeatureCollection"', '"GeometryCollection"')), at('type'));
  });

  it('another coordinate system (projected metres)', async () => {
    await expectInputError(parseEdited(replaceLine(3, 'urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:EPSG::6372')), at('crs.properties.name'));
  });

  it('a state missing', async () => {
    const e = await expectInputError(parseEdited((l) => l.filter((_, i) => i !== CDMX - 1)), at('features'));
    expect(e.found).toBe('a list of 31');
  });

  it('a state code out of range', async () => {
    await expectInputError(parseEdited(replaceLine(CDMX, '"state_code": 9,', '"state_code": 33,')), at('features[0].properties.state_code'));
  });

  it('a state code as text', async () => {
    const e = await expectInputError(parseEdited(replaceLine(CDMX, '"state_code": 9,', '"state_code": "09",')), at('features[0].properties.state_code'));
    expect(e.found).toBe('"09"');
  });

  it('a state twice', async () => {
    const e = await expectInputError(parseEdited(replaceLine(CDMX, '"state_code": 9, "state_name": "Distrito Federal"', '"state_code": 12, "state_name": "Guerrero"')), at('features[1].properties.state_code'));
    expect(e.found).toContain('features[0].properties.state_code');
  });

  it('a state name that does not match the code', async () => {
    await expectInputError(parseEdited(replaceLine(CDMX, '"Distrito Federal"', '"Morelos"')), at('features[0].properties.state_name'));
  });

  it('swapped coordinates (latitude first)', async () => {
    const e = await expectInputError(parseEdited(replaceLine(CDMX, '[[[-99.0905, 19.5093]', '[[[19.5093, -99.0905]')), at('features[0].geometry.coordinates[0][0][0]'));
    expect(e.expected).toContain('longitude in Mexico');
  });

  it('a coordinate as text', async () => {
    await expectInputError(parseEdited(replaceLine(CDMX, '[[[-99.0905, 19.5093]', '[[["-99.0905", 19.5093]')), at('features[0].geometry.coordinates[0][0][0]'));
  });

  it('a ring that is not closed', async () => {
    await expectInputError(parseEdited(replaceLine(CDMX, '[-99.0905, 19.5093]]]', '[-99.09, 19.5093]]]')), at('features[0].geometry.coordinates[0][9]'));
  });

  it('a geometry that is not a polygon', async () => {
    await expectInputError(parseEdited(replaceLine(CDMX, '"type": "Polygon"', '"type": "LineString"')), at('features[0].geometry.type'));
  });
});
