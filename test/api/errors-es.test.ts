import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from '@hono/zod-openapi';
import { issueInSpanish } from '../../src/api/zod-es.js';
import { call, fixtureStore, type FixtureStore } from './fixture-store.js';

let f: FixtureStore;
beforeAll(async () => {
  f = await fixtureStore();
});
afterAll(() => f.close());

/** The detail of a refused request asked with lang=es. */
async function detail(path: string, status: number): Promise<string> {
  const r = await call(f.app, `${path}&lang=es`);
  expect(r.status).toBe(status);
  expect(r.json.detail).not.toContain('(mensaje en inglés)');
  return r.json.detail;
}

describe('API errors under lang=es', () => {
  it('gives the query engine refusals in Spanish, values quoted as in English', async () => {
    expect(await detail('/api/series?measure=encounters&where=geography=Atlantis', 400)).toBe('código de geografía desconocido "Atlantis": /api/dimensions/geography lista los códigos');
    expect(await detail('/api/series?measure=encounters&from=2021-13', 400)).toBe('from: "2021-13" no es un mes: use AAAA-MM, el mes de 01 a 12');
    expect(await detail('/api/series?measure=encounters&from=2021-02-30', 400)).toBe('from: "2021-02-30" no es una fecha: 2021-02 no tiene día 30');
    expect(await detail('/api/series?measure=encounters&from=1850', 400)).toBe('from: "1850" está fuera de los años que corridor puede guardar (1900 a 2100)');
    expect(await detail('/api/series?measure=encounters&from=soon', 400)).toBe('from: "soon" no es un periodo: use AAAA-MM, AAAA, FYAAAA o CYAAAA');
    // The parameter at fault is named first, as the parameter checks name theirs (a bad to was told as a bad from would be).
    expect(await detail('/api/export?measure=encounters&from=2021-01&to=2021-13&format=csv', 400)).toBe('to: "2021-13" no es un mes: use AAAA-MM, el mes de 01 a 12');
    expect(await detail('/api/series?measure=encounters&from=2022-01&to=2021-01', 400)).toBe('el rango está invertido: from 2022-01 viene después de to 2021-01');
  });

  it('names the period parameter at fault in English too', async () => {
    const r = await call(f.app, '/api/export?measure=encounters&from=2021-01&to=2021-13&format=csv');
    expect(r.status).toBe(400);
    expect(r.json.detail).toBe('to: "2021-13" is not a month: use YYYY-MM, the month from 01 to 12');
    expect((await call(f.app, '/api/series?measure=encounters&from=FY20x')).json.detail).toBe('from: "FY20x" is not a period: use YYYY-MM, YYYY, FYYYYY or CYYYYY');
  });

  it('gives unknown measures and sources (404) in Spanish', async () => {
    expect(await detail('/api/series?measure=nothing', 404)).toBe('medida desconocida "nothing": /api/measures lista las medidas');
    expect(await detail('/api/series?measure=encounters&source=nobody', 404)).toBe('fuente desconocida "nobody": /api/sources lista las fuentes');
  });

  it('gives failed parameter checks in Spanish, one per issue kind, naming the parameter', async () => {
    expect(await detail('/api/series?measure=encounters&grain=week', 400)).toBe('grain: opción no válida: se esperaba una de "month"|"fy"|"cy", se encontró "week"');
    expect(await detail('/api/series?measure=encounters&where=planet=Mars', 400)).toMatch(/^where\.0: un filtro es DIMENSIÓN=VALOR\[,VALOR\.\.\.\] con DIMENSIÓN una de geography, .*, se encontró "planet=Mars"$/);
    expect(await detail('/api/series?measure=encounters&source=toy&vintage=0', 400)).toBe('vintage: se esperaba un número entero desde 1, se encontró "0"');
    expect(await detail('/api/series?measure=encounters&vintage=2', 400)).toBe('vintage: vintage necesita una fuente (source), se encontró "2"');
    expect(await detail(`/api/series?measure=encounters&from=${'2'.repeat(17)}`, 400)).toBe(`from: demasiado grande: debe tener a lo más 16 caracteres, se encontró "${'2'.repeat(17)}"`);
    expect(await detail('/api/places?level=moon', 400)).toMatch(/^level: un nivel es uno de /);
  });

  it.each([
    ['/api/series?measure=-x', 'measure: se esperaba un identificador de medida (vea /api/measures), se encontró "-x"'],
    ['/api/export?measure=encounters&source=-x', 'source: se esperaba un identificador de fuente (vea /api/sources), se encontró "-x"'],
    ['/api/forecast?measure=encounters&horizon=0000', 'horizon: se esperaba un número entero de meses de 1 a 24, se encontró "0000"'],
    ['/api/forecast?measure=encounters&as-of=0000', 'as-of: se esperaba un mes, AAAA-MM, se encontró "0000"'],
    ['/api/events?from=xx', 'from: se esperaba AAAA, AAAA-MM o AAAA-MM-DD, se encontró "xx"'],
    ['/api/record?to=2021-13', 'to: se esperaba AAAA, AAAA-MM o AAAA-MM-DD, se encontró "2021-13"'],
    ['/api/reception?start=2021-01', 'start: se esperaba AAAA-MM-DD, se encontró "2021-01"'],
    ['/api/reception?scenario=-x', 'scenario: se esperaba el nombre de un escenario incluido (vea /api/scenarios), se encontró "-x"'],
    ['/api/scenario?name=-x', 'name: se esperaba el nombre de un escenario incluido (vea /api/scenarios), se encontró "-x"'],
    ['/api/impact?event=-x&measure=encounters', 'event: se esperaba un identificador de evento de la cronología (vea /api/events), se encontró "-x"'],
    ['/api/impact?event=title42-end&measure=encounters&level=200', 'level: se esperaba un nivel de intervalo, un porcentaje entero de 50 a 99, se encontró "200"'],
    ['/api/impact?event=title42-end&measure=encounters&control=x', 'control: se esperaba DIMENSIÓN=VALOR (p. ej. citizenship=MEX), se encontró "x"'],
    ['/api/impact?event=title42-end&measure=encounters&window-after=0', 'window-after: se esperaba un número entero de meses de 1 a 36, se encontró "0"'],
  ])('says what a check allows in Spanish words, not its pattern: %s', async (path, expected) => {
    const got = await detail(path, 400);
    expect(got).toBe(expected);
    expect(got).not.toMatch(/patrón/);
  });

  it('takes lang on the catalogue routes with parameters too (places, shapes, coverage), for their errors', async () => {
    expect(await detail('/api/places?level=moon', 400)).toMatch(/^level: un nivel es uno de world, [a-z-]+(, [a-z-]+)*, se encontró "moon"$/);
    expect(await detail('/api/shapes?precision=9', 400)).toBe('precision: se esperaba un número entero de decimales de 0 a 6, se encontró "9"');
    expect(await detail('/api/coverage?measure=-x', 400)).toBe('measure: se esperaba un identificador de medida (vea /api/measures), se encontró "-x"');
    for (const path of ['/api/places?level=sector&lang=es', '/api/shapes?lang=es', '/api/coverage?lang=es']) expect((await call(f.app, path)).status, path).toBe(200);
  });

  it('gives the analyses\' refusals in Spanish: corridor range, reception start, forecast as-of, scenario name', async () => {
    expect(await detail('/api/corridor?citizenship=HND&from=2030-01', 400)).toBe('el rango from 2030-01 es posterior a los datos: las cifras del corredor para HND terminan en 2022-09; empiece el rango en 2022-09 o antes');
    expect(await detail('/api/corridor?citizenship=HND&to=2019-12', 400)).toBe('el rango to 2019-12 es anterior a los datos: las cifras del corredor para HND empiezan en 2021-10; termine el rango en 2021-10 o después');
    expect(await detail('/api/reception?start=2021-02-30', 400)).toBe('"2021-02-30" no es una fecha: 2021-02 no tiene día 30');
    expect(await detail('/api/reception?start=1850-01-01', 400)).toBe('"1850-01-01" está fuera de los años que corridor puede guardar (1900 a 2100)');
    expect(await detail('/api/forecast?measure=encounters&where=geography=US-SWB&as-of=2030-01', 400)).toBe('as-of 2030-01 es posterior a los datos: el último mes con cifras es 2022-09; use un mes hasta 2022-09, u omita as-of para pronosticar desde él');
    expect(await detail('/api/scenario?name=nope', 400)).toMatch(/^no hay escenario incluido llamado "nope": se esperaba uno de [a-z0-9-]+(, [a-z0-9-]+)* \(vea \/api\/scenarios\)$/);
    expect(await detail('/api/scenario?name=nope', 400)).not.toMatch(/archivo/);
    expect(await detail('/api/scenario?name=status-quo&levers=%7Bx', 400)).toMatch(/^levers: se esperaba un objeto JSON de palancas, .*, se encontró "\{x", que no es JSON válido \(/);
  });

  it('says why a corridor stage has no figures in Spanish, the planner\'s reasons included', async () => {
    const r = await call(f.app, '/api/corridor?citizenship=HND&from=2022-06&lang=es');
    expect(r.status).toBe(200);
    const missing = (r.json.entries as { id: string; missing: string | null }[]).filter((e) => e.missing !== null);
    expect(missing.length).toBeGreaterThan(5);
    expect(missing.filter((e) => /ingl[eé]s|\b(the|has|no figures?|table)\b/.test(e.missing!))).toEqual([]);
    // A stage whose measure the store does not define (this store was loaded with the toy
    // adapters alone: a real ingest defines every adapter's measures), and one whose tables cannot answer for HND.
    expect(missing.find((e) => e.id === 'unhcr-refugees')?.missing).toBe('medida desconocida "unhcr-refugees": /api/measures lista las medidas');
    expect(missing.find((e) => e.id === 'swb-t42')?.missing).toMatch(/^ninguna tabla puede responder \(/);
  });

  it('keeps the English detail without lang=es', async () => {
    const r = await call(f.app, '/api/series?measure=encounters&grain=week');
    expect(r.json.detail).toBe('grain: Invalid option: expected one of "month"|"fy"|"cy", found "week"');
  });
});

describe('issueInSpanish', () => {
  const spanish = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value);
    expect(r.success).toBe(false);
    return r.error!.issues.map(issueInSpanish);
  };
  it('writes each issue kind with its facts', () => {
    expect(spanish(z.number().int().min(1), 0)).toEqual(['demasiado pequeño: debe ser al menos 1']);
    expect(spanish(z.number().lt(10), 10)).toEqual(['demasiado grande: debe ser menos de 10']);
    expect(spanish(z.array(z.string()).min(2), ['a'])).toEqual(['demasiado pequeño: debe tener al menos 2 elementos']);
    expect(spanish(z.number(), 'x')).toEqual(['tipo no válido: se esperaba un número']);
    expect(spanish(z.literal('on'), 'off')).toEqual(['valor no válido: se esperaba "on"']);
    expect(spanish(z.object({ a: z.string() }).strict(), { a: 'x', b: 1, c: 2 })).toEqual(['parámetros desconocidos: b, c']);
    expect(spanish(z.string().refine(() => false, 'English only'), 'x')).toEqual(['(mensaje en inglés) English only']);
  });
});
