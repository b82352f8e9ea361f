/**
 * The query engine's refusals say what was asked, what is known and where to look, in
 * English and Spanish: an unknown code names its dimension in the reader's language
 * (the command stays as typed); an unknown measure is called unknown, with the nearest
 * ids, not "no data"; a known measure with nothing for the filters keeps "no data".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { Store } from '../../src/store/open.js';
import { oneCellStore } from './one-cell-store.js';
import { buildRequest } from '../../src/store/query/request.js';
import { querySeries } from '../../src/store/query/series.js';

let store: Store;
beforeAll(async () => {
  store = await oneCellStore();
});
afterAll(() => store.close());

/** The refusal's English and Spanish. */
async function refusal(run: () => Promise<unknown>): Promise<{ en: string; es: string | undefined }> {
  const e = await run().then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UsageError);
  return { en: (e as UsageError).message, es: (e as UsageError).es };
}

describe('an unknown code', () => {
  it.each([
    ['geography', 'US-XXX', 'geografía'],
    ['citizenship', 'XXX', 'ciudadanía'],
    ['demographic', 'XXX', 'grupo demográfico'],
    ['authority', 'XXX', 'autoridad'],
    ['component', 'XXX', 'componente'],
    ['category', 'XXX', 'categoría'],
  ])('of %s is named with the dimension in the reader\'s language, the command as typed', async (dim, value, es) => {
    const r = await refusal(() => buildRequest(store.conn, { measure: 'encounters', where: [`${dim}=${value}`] }));
    expect(r.en).toBe(`unknown ${dim} "${value}": "corridor dimensions ${dim}" lists the codes`);
    expect(r.es).toBe(`código de ${es} desconocido "${value}": "corridor dimensions ${dim}" lista los códigos`);
  });

  it('holding characters no code holds says so with the dimension in Spanish', async () => {
    const r = await refusal(() => buildRequest(store.conn, { measure: 'encounters', where: ['citizenship=a*b'] }));
    expect(r.en).toMatch(/^"a\*b" is not a citizenship code or label: /);
    expect(r.es).toMatch(/^"a\*b" no es un código ni una etiqueta de ciudadanía: .*"corridor dimensions citizenship" los lista$/);
  });

  it('an unknown dimension suggests the nearest', async () => {
    const r = await refusal(() => buildRequest(store.conn, { measure: 'encounters', where: ['geogrphy=US-SWB'] }));
    expect(r.en).toBe('unknown dimension "geogrphy" (did you mean geography?): use one of geography, citizenship, demographic, authority, component, category');
    expect(r.es).toBe('dimensión desconocida "geogrphy" (¿quiso decir geography?): use una de geography, citizenship, demographic, authority, component, category');
  });
});

describe('a measure', () => {
  it('the store does not define is called unknown, with the nearest ids (and their labels) and the command that lists them', async () => {
    const r = await refusal(() => querySeries(store.conn, { measure: 'encounterz' }));
    expect(r.en).toBe('unknown measure "encounterz" (did you mean "encounters" (CBP encounters)?): "corridor measures" lists the measures');
    expect(r.es).toBe('medida desconocida "encounterz" (¿quiso decir "encounters" (Encuentros de CBP)?): "corridor measures" lista las medidas');
    // A measure's name in words, far from its id in spelling: found by its label (before, no suggestion).
    expect((await refusal(() => querySeries(store.conn, { measure: 'encuentros' }))).es).toMatch(/^medida desconocida "encuentros" \(¿quiso decir "encounters" \(Encuentros de CBP\)/);
  });

  it('with nothing near is called unknown without a guess', async () => {
    const r = await refusal(() => querySeries(store.conn, { measure: 'qqqqqqqqqq' }));
    expect(r.en).toBe('unknown measure "qqqqqqqqqq": "corridor measures" lists the measures');
    expect(r.es).toBe('medida desconocida "qqqqqqqqqq": "corridor measures" lista las medidas');
  });

  it('the store defines but holds no figures for keeps "no data"', async () => {
    const r = await refusal(() => querySeries(store.conn, { measure: 'removals' }));
    expect(r.en).toBe('no data for measure "removals": see "corridor measures" and "corridor sources"');
    expect(r.es).toBe('no hay datos para la medida "removals": vea "corridor measures" y "corridor sources"');
  });

  it('with figures, but not from the source asked, keeps "no data" and names the source', async () => {
    const r = await refusal(() => querySeries(store.conn, { measure: 'encounters', source: 'ohss-khsm' }));
    expect(r.en).toBe('no data for measure "encounters" from source ohss-khsm: see "corridor measures" and "corridor sources"');
    expect(r.es).toBe('no hay datos para la medida "encounters" de la fuente ohss-khsm: vea "corridor measures" y "corridor sources"');
  });

  it('from a vintage the source does not have says so and names the vintages it has (as the API\'s 404 does), not "no data"', async () => {
    const r = await refusal(() => querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] }, source: 'cbp-sbo', vintage: 999 }));
    expect(r.en).toBe('source cbp-sbo has no vintage 999: its vintage is 1 ("corridor sources" lists them with their files)');
    expect(r.es).toBe('la fuente cbp-sbo no tiene la versión (vintage) 999: su versión es la 1 ("corridor sources" las lista con sus archivos)');
  });

  it('from a vintage no source has, without a source, says so', async () => {
    const r = await refusal(() => querySeries(store.conn, { measure: 'encounters', vintage: 999 }));
    expect(r.en).toBe('there is no vintage 999 in the store: "corridor sources" lists each source\'s vintages');
    expect(r.es).toBe('no hay ninguna versión (vintage) 999 en el almacén: "corridor sources" lista las versiones de cada fuente');
  });

  it('from a vintage of another source is refused for the source named', async () => {
    const r = await refusal(() => querySeries(store.conn, { measure: 'encounters', source: 'ohss-khsm', vintage: 1 }));
    expect(r.en).toBe('source ohss-khsm has no vintage 1: it has none in this store; "corridor sources" lists the sources loaded');
    expect(r.es).toBe('la fuente ohss-khsm no tiene la versión (vintage) 1: no tiene ninguna en este almacén; "corridor sources" lista las fuentes cargadas');
  });

  it('from a vintage the source has is answered', async () => {
    expect((await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] }, source: 'cbp-sbo', vintage: 1 })).rows.map((r) => r.value)).toEqual([10]);
  });

  it('with figures is answered', async () => {
    expect((await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] } })).rows.map((r) => r.value)).toEqual([10]);
  });
});
