/**
 * The record's caveats are computed from its lines: they never say there is no "asked" line
 * beside the ones listed (the fixed note did once the timeline gained requests), and they
 * follow the data (the day the US doses run to, the months INM's files cover, how many of
 * their figures lack days). Lines made up here; the real record is checked in
 * test/e2e/record-mirror.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadEvents } from '../events/load.js';
import { recordCaveats, type CaveatInput } from './record.js';
import type { LedgerLine } from './types.js';

const events = loadEvents();

function line(over: Partial<LedgerLine>): LedgerLine {
  return {
    date: '2021-03-01', dateKind: 'day', actor: 'US', kind: 'asked', what: { en: 'x', es: 'x' }, quantity: null, unit: { en: '', es: '' },
    complete: true, source: { publisher: { en: 'P', es: 'P' }, url: 'https://example.org/' }, event: null, origin: 'timeline', ...over,
  };
}

const asked = [
  line({ date: '2019-05-30', event: 'us-tariff-threat-2019' }),
  line({ date: '2021-03-01', actor: 'MX', event: 'mx-asks-vaccines-2021' }),
  line({ date: '2021-03', dateKind: 'month', event: 'us-asks-mx-enforcement-2021' }),
];
const doses = [
  line({ date: '2021-08-03', dateKind: 'as-of', kind: 'delivered', origin: 'store', counterpart: 'MX', source: { publisher: { en: 'The White House', es: 'La Casa Blanca' }, url: 'https://example.org/wh' } }),
  line({ date: '2021-08-03', dateKind: 'as-of', kind: 'delivered', origin: 'store', counterpart: 'GTM', source: { publisher: { en: 'The White House', es: 'La Casa Blanca' }, url: 'https://example.org/wh' } }),
];
const received = [
  line({ date: '2024-10', dateKind: 'month', actor: 'MX', kind: 'delivered', origin: 'store', complete: false }),
  line({ date: '2024-11', dateKind: 'month', actor: 'MX', kind: 'delivered', origin: 'store' }),
  line({ date: '2025-01', dateKind: 'month', actor: 'MX', kind: 'delivered', origin: 'store', complete: false }),
];
const all = [...asked, ...doses, ...received];

const caveats = (over: Partial<CaveatInput>) => recordCaveats({ all, lines: all, vaccines: doses, received, events, ...over });

describe("the record's caveats", () => {
  it('count and date the "asked" lines shown, never saying there is none (EN and ES)', () => {
    const [a] = caveats({ kind: 'asked', lines: asked });
    expect(a.en).toBe('3 "asked" lines (2019-05-30, 2021-03-01, 2021-03), from the timeline\'s request entries, each with its source: a request that no source reports, or one told only inside another entry (an agreement, a deployment), is not listed as asked.');
    expect(a.es).toBe('3 líneas de "pidió" (2019-05-30, 2021-03-01, 2021-03), de las entradas de solicitud de la cronología, cada una con su fuente: una solicitud que ninguna fuente reporta, o que solo se cuenta dentro de otra entrada (un acuerdo, un despliegue), no figura como "pidió".');
    for (const c of caveats({})) expect(c.en).not.toMatch(/No "asked" line/);
  });

  it('say when the selection has no "asked" line though the record has some, and when the record has none', () => {
    const [none] = caveats({ kind: 'asked', lines: [] });
    expect(none.en).toBe('No "asked" line in this selection; the record has 3 (2019-05-30, 2021-03-01, 2021-03), from 3 timeline entries.');
    expect(none.es).toBe('Ninguna línea de "pidió" en esta selección; el registro tiene 3 (2019-05-30, 2021-03-01, 2021-03), de 3 entradas de la cronología.');
    const [empty] = recordCaveats({ all: [...doses, ...received], lines: [], vaccines: doses, received, events, kind: 'asked' });
    expect(empty.en).toBe('No "asked" line: the timeline has no request entry with a source.');
  });

  it('date the US doses and name their publisher from the lines', () => {
    const c = caveats({ actor: 'US', kind: 'delivered' });
    expect(c.map((x) => x.en)).toEqual(['US doses delivered are the figures of The White House to 3 August 2021 only; later donations are not in the store.']);
    expect(c[0].es).toBe('Las dosis entregadas por EE. UU. son solo las cifras de La Casa Blanca al 3 de agosto de 2021; las donaciones posteriores no están en el almacén.');
    const later = line({ ...doses[0], date: '2022-02-14' });
    expect(caveats({ actor: 'US', kind: 'delivered', vaccines: [...doses, later] })[0].en).toMatch(/ to 14 February 2022 only;/);
    expect(caveats({ actor: 'US', kind: 'delivered', vaccines: [] })[0].en).toBe('No US vaccine doses delivered: the store holds no donation figures (source wh-vaccines).');
  });

  it("give INM's months and how many of their figures lack days", () => {
    const c = caveats({ actor: 'MX', kind: 'delivered' });
    expect(c.map((x) => x.en)).toEqual(['People received from the US come from INM daily files (unofficial, provisional), October 2024 to January 2025; 2 of the 3 monthly figures lack days and may be lower bounds (marked incomplete).']);
    expect(c[0].es).toBe('Las personas recibidas desde EE. UU. provienen de archivos diarios del INM (no oficiales, provisionales), de octubre de 2024 a enero de 2025; a 2 de las 3 cifras mensuales les faltan días y pueden ser cotas inferiores (marcadas incompletas).');
  });

  it('only where the actor and kind asked for can show such lines', () => {
    expect(caveats({ kind: 'committed' })).toEqual([]);
    expect(caveats({ actor: 'MX' }).map((x) => x.en.slice(0, 20))).toEqual(['3 "asked" lines (201', 'People received from']);
    expect(caveats({})).toHaveLength(3);
  });
});
