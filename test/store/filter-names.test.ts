/**
 * What a filter's value may name: the demonyms the claim checker reads ("hondureños",
 * "Hondurans", "Mexicans", from dimensions/terms.ts) as well as codes and labels, and a
 * label holding a comma ("Moldova, Republic of") as one value, while several values are
 * still separated by commas ("GTM,HND"). A value that reads both ways is refused with both
 * readings; an unknown one names what was asked, where the codes are listed and the nearest
 * names, in English and Spanish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { Store } from '../../src/store/open.js';
import { oneCellStore } from './one-cell-store.js';
import { buildRequest } from '../../src/store/query/request.js';

let store: Store;
beforeAll(async () => {
  store = await oneCellStore();
});
afterAll(() => store.close());

const codes = async (filter: string) => (await buildRequest(store.conn, { measure: 'encounters', where: [filter] })).where;
async function refusal(filter: string): Promise<{ en: string; es: string | undefined }> {
  const e = await buildRequest(store.conn, { measure: 'encounters', where: [filter] }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UsageError);
  return { en: (e as UsageError).message, es: (e as UsageError).es };
}

describe('a demonym', () => {
  it.each([
    ['hondureños', 'HND'],
    ['Hondurans', 'HND'],
    ['Honduran', 'HND'],
    ['guatemaltecos', 'GTM'],
    ['Mexicans', 'MEX'],
    ['VENEZOLANAS', 'VEN'],
  ])('%s names the citizenship %s, as in a claim', async (value, code) => {
    expect(await codes(`citizenship=${value}`)).toEqual({ citizenship: [code] });
  });

  it('is one of several values', async () => {
    expect(await codes('citizenship=hondureños,Guatemalans,SLV')).toEqual({ citizenship: ['HND', 'GTM', 'SLV'] });
  });

  it('names a citizenship only', async () => {
    expect((await refusal('geography=Mexicans')).en).toMatch(/^unknown geography "Mexicans"/);
  });
});

describe('a label holding a comma', () => {
  it('is one value', async () => {
    expect(await codes('citizenship=Moldova, Republic of')).toEqual({ citizenship: ['MDA'] });
    expect(await codes('geography=Big Bend sector, TX')).toEqual({ geography: ['USBP-BBT'] });
  });

  it('is one value beside others', async () => {
    expect(await codes('citizenship=GTM,Moldova, Republic of,hondureños')).toEqual({ citizenship: ['GTM', 'MDA', 'HND'] });
  });

  it('does not change several values separated by commas', async () => {
    expect(await codes('citizenship=GTM,HND')).toEqual({ citizenship: ['GTM', 'HND'] });
    expect(await codes('citizenship=Honduras, Guatemala')).toEqual({ citizenship: ['HND', 'GTM'] });
    expect(await codes('geography=Texas, Arizona')).toEqual({ geography: ['US-TX', 'US-AZ'] });
  });

  it('read two ways is refused with both readings', async () => {
    const r = await refusal('geography=El Paso, TX');
    expect(r.en).toBe(
      '"El Paso, TX" is ambiguous: a geography name may hold a comma, and this can be read as 2 values, "El Paso" USBP-EPT and "TX" US-TX, or as one name, USBP-EPT; give the codes, separated by commas ("corridor dimensions geography" lists them)',
    );
    expect(r.es).toBe(
      '"El Paso, TX" es ambiguo: un nombre de geografía puede llevar una coma, y esto se puede leer como 2 valores, "El Paso" USBP-EPT y "TX" US-TX, o como un nombre, USBP-EPT; indique los códigos, separados por comas ("corridor dimensions geography" los lista)',
    );
  });

  it('misspelt is refused with the part no reading gets past, and the whole', async () => {
    const r = await refusal('citizenship=Moldova, Republc of');
    expect(r.en).toMatch(/^unknown citizenship "Republc of".*: "corridor dimensions citizenship" lists the codes \(values are separated by commas; "Moldova, Republc of" is not one citizenship name either\)$/);
    expect(r.es).toMatch(/^código de ciudadanía desconocido "Republc of".*: "corridor dimensions citizenship" lista los códigos \(los valores se separan con comas; "Moldova, Republc of" tampoco es un nombre de ciudadanía\)$/);
  });
});

describe('an unknown value', () => {
  it('among several, is named with the names nearest to it, as alone', async () => {
    // The nearest names are now searched for the part refused alone, not for every grouping of the parts tried.
    const r = await refusal('citizenship=HND,Guatemla,SLV');
    expect(r.en).toMatch(/^unknown citizenship "Guatemla" \(did you mean Guatemala \(GTM\)\?\): "corridor dimensions citizenship" lists the codes \(values are separated by commas/);
  });

  it('names what was asked, where the codes are listed, and the nearest names, one for each code', async () => {
    const r = await refusal('citizenship=Hondurs');
    expect(r.en).toBe('unknown citizenship "Hondurs" (did you mean Honduras (HND)?): "corridor dimensions citizenship" lists the codes');
    expect(r.es).toBe('código de ciudadanía desconocido "Hondurs" (¿quiso decir Honduras (HND)?): "corridor dimensions citizenship" lista los códigos');
  });

  it('near a demonym names it', async () => {
    expect((await refusal('citizenship=guatemaltecoss')).en).toMatch(/\(did you mean guatemaltecos \(GTM\)/);
  });

  it('near nothing says what was asked and where to look', async () => {
    const r = await refusal('citizenship=Narnia');
    expect(r.en).toBe('unknown citizenship "Narnia": "corridor dimensions citizenship" lists the codes');
  });
});
