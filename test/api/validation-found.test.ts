/**
 * A refused parameter names the parameter, what it takes and what was found (the value
 * received, quoted; "missing" / "falta" when absent), in the request's language; the body
 * keeps its shape { error, detail }. An unknown code names its dimension in Spanish under
 * lang=es. (QA on the real data: the value was not quoted, a missing measure was "a text".)
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../src/api/env.js';
import { validationHook } from '../../src/api/errors.js';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

const FORECAST = '/api/forecast?measure=encounters&where=geography=US-SWB';

/** The body of a refused request, in English and with lang=es. */
async function both(path: string, status = 400): Promise<{ en: string; es: string }> {
  const en = await call(f.app, path);
  const es = await call(f.app, `${path}&lang=es`);
  for (const r of [en, es]) {
    expect(r.status, path).toBe(status);
    expect(Object.keys(r.json).sort()).toEqual(['detail', 'error']);
  }
  expect(es.json.detail).not.toContain('(mensaje en inglés)');
  return { en: en.json.detail, es: es.json.detail };
}

describe('a refused parameter says what was found', () => {
  it('quotes a month that is not one', async () => {
    expect(await both(`${FORECAST}&as-of=2024-13`)).toEqual({
      en: 'as-of: expected a month, YYYY-MM, found "2024-13"',
      es: 'as-of: se esperaba un mes, AAAA-MM, se encontró "2024-13"',
    });
  });

  it('quotes a horizon out of range, and says an empty one is empty', async () => {
    expect(await both(`${FORECAST}&horizon=0`)).toEqual({
      en: 'horizon: expected a whole number of months from 1 to 24, found "0"',
      es: 'horizon: se esperaba un número entero de meses de 1 a 24, se encontró "0"',
    });
    expect(await both(`${FORECAST}&horizon=`)).toEqual({
      en: 'horizon: expected a whole number of months from 1 to 24, found an empty value',
      es: 'horizon: se esperaba un número entero de meses de 1 a 24, se encontró un valor vacío',
    });
  });

  it('quotes the filter whose dimension is misspelt, the repeated one included', async () => {
    const one = await both('/api/forecast?measure=encounters&where=geogrphy=US-SWB');
    expect(one.en).toMatch(/^where\.0: a filter is DIMENSION=VALUE\[,VALUE\.\.\.\] with DIMENSION one of geography, .*, found "geogrphy=US-SWB"$/);
    expect(one.es).toMatch(/^where\.0: un filtro es DIMENSIÓN=VALOR\[,VALOR\.\.\.\] con DIMENSIÓN una de geography, .*, se encontró "geogrphy=US-SWB"$/);
    const second = await both('/api/forecast?measure=encounters&where=component=USBP&where=citizenshp=MEX');
    expect(second.en).toMatch(/^where\.1: .*, found "citizenshp=MEX"$/);
    expect(second.es).toMatch(/^where\.1: .*, se encontró "citizenshp=MEX"$/);
  });

  it('says a required parameter is missing, not that it has the wrong type', async () => {
    expect(await both('/api/forecast?where=geography=US-SWB')).toEqual({
      en: 'measure: missing: this parameter is required',
      es: 'measure: falta: este parámetro es obligatorio',
    });
    expect(await both('/api/series?grain=month')).toEqual({
      en: 'measure: missing: this parameter is required',
      es: 'measure: falta: este parámetro es obligatorio',
    });
  });

  it('says a one-value parameter given twice takes one value', async () => {
    expect(await both('/api/series?measure=encounters&measure=removals')).toEqual({
      en: 'measure: this parameter takes one value, found 2 values: "encounters", "removals"',
      es: 'measure: este parámetro lleva un solo valor, se encontraron 2 valores: "encounters", "removals"',
    });
  });

  it('quotes an option that is not one, and a long value cut short', async () => {
    expect(await both('/api/series?measure=encounters&grain=week')).toEqual({
      en: 'grain: Invalid option: expected one of "month"|"fy"|"cy", found "week"',
      es: 'grain: opción no válida: se esperaba una de "month"|"fy"|"cy", se encontró "week"',
    });
    const long = await both(`/api/series?measure=encounters&where=${'x'.repeat(600)}`);
    expect(long.en).toMatch(/found "x{77}\.\.\."/);
    expect(long.es).toMatch(/se encontró "x{77}\.\.\."/);
  });

  it('quotes a bad path segment (404)', async () => {
    const r = await both('/api/dimensions/planet?', 404);
    expect(r.en).toMatch(/^dimension: .*, found "planet"$/);
    expect(r.es).toMatch(/^dimension: .*, se encontró "planet"$/);
  });

  it('names every bad parameter of one request, each with its value', async () => {
    const r = await both(`${FORECAST}&horizon=99&as-of=2024-13`);
    expect(r.en.split('; ').sort()).toEqual(['as-of: expected a month, YYYY-MM, found "2024-13"', 'horizon: expected a whole number of months from 1 to 24, found "99"']);
    expect(r.es.split('; ').sort()).toEqual(['as-of: se esperaba un mes, AAAA-MM, se encontró "2024-13"', 'horizon: se esperaba un número entero de meses de 1 a 24, se encontró "99"']);
  });
});

describe('an unknown code through the API', () => {
  it('names the dimension in Spanish under lang=es, the route as it is', async () => {
    expect(await both(`/api/forecast?measure=encounters&where=geography=US-XXX`)).toEqual({
      en: 'unknown geography "US-XXX": /api/dimensions/geography lists the codes',
      es: 'código de geografía desconocido "US-XXX": /api/dimensions/geography lista los códigos',
    });
    expect((await both(`/api/series?measure=encounters&where=citizenship=Narnia`)).es).toBe('código de ciudadanía desconocido "Narnia": /api/dimensions/citizenship lista los códigos');
  });
});

describe('the validation hook on its own', () => {
  // A route whose validator did not hand the hook its input still quotes it (read from the request).
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: (result, c) => validationHook({ ...result, data: undefined } as never, c) });
  app.openapi(
    createRoute({ method: 'get', path: '/v/{id}', request: { params: z.object({ id: z.enum(['a', 'b']) }), query: z.object({ n: z.string().regex(/^\d+$/, 'digits') }) }, responses: { 200: { description: 'ok' } } }),
    (c) => c.json({ ok: true }, 200),
  );
  it('reads the value from the request when the validator does not give it', async () => {
    expect((await call(app, '/v/a?n=x')).json.detail).toBe('n: digits, found "x"');
    expect((await call(app, '/v/a')).json.detail).toBe('n: missing: this parameter is required');
    expect((await call(app, '/v/zz?n=1')).json.detail).toMatch(/^id: .*, found "zz"$/);
  });
});
