/**
 * The real files from the data mirror: labels, published checks, the repository's own
 * monthly reshaping (DERIVED, an independent cross-check), and what the data-quality
 * notes say.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeMirror, mirrorPath } from '../../../test/mirror.js';
import { contextFor, parseWith } from '../../../test/parse-context.js';
import { countryCode } from '../../store/dimensions/countries.js';
import { mexicanState } from '../../store/dimensions/mexico.js';
import { normaliseLabel } from '../../store/dimensions/normalise.js';
import type { Observation } from '../types.js';
import { DAILY_TABLES } from './daily-specs.js';
import { CARAVAN_NAMES, DATASET } from './datasets.js';
import adapter from './index.js';
import { CATEGORY } from './measures.js';
import { CARAVAN_HEADER } from './parse-caravanas.js';
import { NATIONALITY_COLUMNS } from './parse-encuentros.js';
import { readTable } from './read-table.js';
import { KNOWN_REPEATS } from './repeats.js';

const paths = () => Object.fromEntries(adapter.describe.files.map((f) => [f.id, mirrorPath(f.mirrorPath)]));
const sum = (obs: Observation[]) => obs.reduce((s, o) => s + (o.value ?? 0), 0);
const month = (o: Observation) => o.period.slice(0, 7);

describeMirror('inm-ianami on the mirror files', () => {
  let obs: Observation[];
  let seconds: number;
  const of = (dataset: string, dims: Partial<Record<'citizenship' | 'demographic' | 'category' | 'component', string>> = {}) =>
    obs.filter(
      (o) =>
        o.dataset === dataset &&
        (['demographic', 'category'] as const).every((d) => o[d] === (dims[d] ?? 'ALL')) &&
        (['citizenship', 'component'] as const).every((d) => !dims[d] || o[d] === dims[d]),
    );

  beforeAll(async () => {
    const start = performance.now();
    obs = await parseWith(adapter, paths());
    seconds = (performance.now() - start) / 1000;
    console.log(`inm-ianami: ${obs.length.toLocaleString('en')} observations from ${adapter.describe.files.length} files in ${seconds.toFixed(1)} s`);
  });

  it('parses every file', () => {
  });

  it('every nationality label of every file maps to a country or an explicit group', async () => {
    const labels = new Map<string, Set<string>>();
    const add = (label: string, file: string) => labels.set(label.trim(), (labels.get(label.trim()) ?? new Set()).add(file));
    const ctx = await contextFor(paths());
    try {
      for (const spec of DAILY_TABLES.filter((s) => s.nationality)) {
        const t = await readTable(ctx, spec);
        for (const row of t.rows) add(row[2] ?? '', t.file);
      }
    } finally {
      ctx.close();
    }
    NATIONALITY_COLUMNS.forEach((l) => add(l, 'Encuentros.csv'));
    CARAVAN_HEADER.slice(17).forEach((l) => add(l, 'Caravanas_2019_2026.csv'));
    const unknown = [...labels].filter(([label]) => countryCode(label) === undefined).map(([label, files]) => `"${label}" (${[...files].join(', ')})`);
    console.log(`inm-ianami: ${labels.size} distinct nationality labels, ${new Set([...labels.keys()].map((l) => countryCode(l))).size} codes`);
    expect(unknown).toEqual([]);
  });

  it('monthly sums equal the repository\'s DERIVED monthly file for every indicator it has', () => {
    const derived = new Map<string, number>();
    const text = readFileSync(mirrorPath('mx/inm_ianami_daily/ianami_monthly_by_indicator_state_nationality.csv'), 'utf8');
    for (const line of text.trim().split('\n').slice(1)) {
      const [m, indicator, estado, nacionalidad, value] = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, ''));
      const key = [indicator, m, mexicanState(estado), countryCode(nacionalidad)].join('|');
      derived.set(key, (derived.get(key) ?? 0) + Number(value));
    }
    const INDICATORS: [string, string, Partial<Record<'demographic' | 'category', string>>][] = [
      ['presentados', DATASET.presented, {}],
      ['rescatados_total', DATASET.rescued, {}],
      ['rescatados_presentados_en_em', DATASET.rescuedOutcome, { category: CATEGORY.presentedEm }],
      ['rescatados_canalizados_dif', DATASET.rescuedOutcome, { category: CATEGORY.difReferral }],
      ['canalizados_total', DATASET.difReferrals, {}],
      ['retornados_total', DATASET.returns, {}],
      ['retornados_deportados', DATASET.returns, { category: CATEGORY.deportation }],
      ['retornados_retorno_asistido', DATASET.returns, { category: CATEGORY.assisted }],
      ['extranjeros_recibidos_de_eeuu', DATASET.foreignersReceived, {}],
      ['inadmitidos', DATASET.inadmissions, {}],
      ['mexicanos_repatriados_total', DATASET.mexicansReceived, {}],
      ['mexicanos_repatriados_terrestre', DATASET.mexicansReceived, { category: CATEGORY.land }],
      ['mexicanos_repatriados_vuelos_prim', DATASET.mexicansReceived, { category: CATEGORY.prim }],
      ['mexicanos_repatriados_nna_no_acompanados', DATASET.mexicansReceived, { demographic: 'UC' }],
    ];
    const ours = new Map<string, number>();
    for (const [indicator, dataset, dims] of INDICATORS) {
      for (const o of obs) {
        if (o.dataset !== dataset || o.demographic !== (dims.demographic ?? 'ALL') || o.category !== (dims.category ?? 'ALL')) continue;
        const key = [indicator, month(o), o.geography, o.citizenship].join('|');
        ours.set(key, (ours.get(key) ?? 0) + (o.value ?? 0));
      }
    }
    expect(new Set([...derived.keys()].map((k) => k.split('|')[0]))).toEqual(new Set(INDICATORS.map(([i]) => i)));
    const differences = [...new Set([...derived.keys(), ...ours.keys()])]
      .filter((k) => (derived.get(k) ?? 0) !== (ours.get(k) ?? 0))
      .map((k) => `${k}: DERIVED ${derived.get(k) ?? 0}, parsed ${ours.get(k) ?? 0}`);
    expect(differences).toEqual([]);
    console.log(`inm-ianami: ${derived.size.toLocaleString('en')} DERIVED month × state × nationality cells over ${INDICATORS.length} indicators, all equal`);
  });

  it('matches the manifest\'s checks: USBP encounters, Mexicans repatriated, rescues, returns', () => {
    const usbp = of(DATASET.usEncounters, { component: 'USBP', category: CATEGORY.usbp, citizenship: 'ALL' });
    const usbpIn = (m: string) => sum(usbp.filter((o) => month(o) === m));
    expect([usbpIn('2024-10'), usbpIn('2025-02'), usbpIn('2025-03')]).toEqual([56_942, 8_062, 7_136]);
    const mexicans = of(DATASET.mexicansReceived, { citizenship: 'MEX' });
    expect(sum(mexicans.filter((o) => month(o) === '2024-10'))).toBe(19_194);
    expect(sum(mexicans.filter((o) => o.period.startsWith('2025-')))).toBe(160_192);
    expect(sum(of(DATASET.rescued).filter((o) => month(o) === '2024-10'))).toBe(172_879);
    const returned = (c: string) => sum(of(DATASET.returns).filter((o) => o.citizenship === c));
    expect([returned('GTM'), returned('HND'), returned('SLV')]).toEqual([10_367, 7_412, 856]);
  });

  it('keeps the two "presentados" apart: Presentados.csv vs PRESENTADOS EN EM', () => {
    const presented = sum(of(DATASET.presented));
    const inStation = sum(obs.filter((o) => o.dataset === DATASET.rescuedOutcome && o.category === CATEGORY.presentedEm));
    console.log(`inm-ianami: Presentados.csv ${presented.toLocaleString('en')} vs PRESENTADOS EN EM ${inStation.toLocaleString('en')}`);
    expect(presented).toBe(136_256);
    expect(inStation).toBe(585_732);
  });

  it('data quality as the notes say: rescues, DIF referrals, returns, Mexicans received', () => {
    const cells = (dataset: string) => {
      const m = new Map<string, Map<string, number | null>>();
      for (const o of obs.filter((x) => x.dataset === dataset)) {
        const key = [o.period, o.geography, o.citizenship].join('|');
        if (!m.has(key)) m.set(key, new Map());
        m.get(key)!.set(`${o.demographic}/${o.category}`, o.value);
      }
      return [...m.values()];
    };
    const rescued = cells(DATASET.rescued);
    const firstIsTotal = rescued.every((c) => c.get('ALL/ALL') === c.get(`ALL/${CATEGORY.firstTime}`));
    const repeatAbove = rescued.filter((c) => c.get(`ALL/${CATEGORY.repeat}`)! > c.get('ALL/ALL')!).length;
    const northSouth = rescued.filter((c) => c.get(`ALL/${CATEGORY.northSouth}`) !== null).length;
    console.log(`inm-ianami: rescues: total = first-time in every cell: ${firstIsTotal}; repeats > total in ${repeatAbove} of ${rescued.length} cells; north-south given in ${northSouth}`);
    expect(firstIsTotal).toBe(true);
    expect(repeatAbove).toBeGreaterThan(0);
    expect(northSouth).toBe(0);
    const total = new Map(of(DATASET.rescued).map((o) => [`${o.period}|${o.geography}|${o.citizenship}`, o.value]));
    const outcomeSums = new Map<string, number>();
    for (const o of obs.filter((x) => x.dataset === DATASET.rescuedOutcome)) {
      const k = `${o.period}|${o.geography}|${o.citizenship}`;
      outcomeSums.set(k, (outcomeSums.get(k) ?? 0) + o.value!);
    }
    expect([...outcomeSums].filter(([k, v]) => total.get(k) !== v)).toEqual([]);

    const dif = cells(DATASET.difReferrals);
    const split = dif.filter((c) => c.get('ADULTS/ALL')! + c.get('MINORS/ALL')! === c.get('ALL/ALL')).length;
    console.log(`inm-ianami: DIF referrals: adults + minors = total in ${split} of ${dif.length} cells`);
    expect(split / dif.length).toBeLessThan(0.5);

    const returns = cells(DATASET.returns);
    expect(returns.filter((c) => c.get(`ALL/${CATEGORY.deportation}`)! + c.get(`ALL/${CATEGORY.assisted}`)! !== c.get('ALL/ALL'))).toEqual([]);
    const foreigners = cells(DATASET.foreignersReceived);
    expect(foreigners.filter((c) => c.get('ADULTS/ALL')! + c.get('MINORS/ALL')! !== c.get('ALL/ALL'))).toEqual([]);

    const mexicans = cells(DATASET.mexicansReceived);
    const modeOff = mexicans.filter((c) => c.get(`ALL/${CATEGORY.land}`)! + c.get(`ALL/${CATEGORY.prim}`)! !== c.get('ALL/ALL')).length;
    const blanks = obs.filter((o) => (o.dataset === DATASET.mexicansReceived || o.dataset === DATASET.mexicanMinors) && o.value === null).length;
    console.log(`inm-ianami: Mexicans received: land + PRIM != total in ${modeOff} of ${mexicans.length} rows; ${blanks} blank cells (NULL)`);
    expect(modeOff).toBe(7);
    const minors = new Map(obs.filter((o) => o.dataset === DATASET.mexicansReceived && o.demographic === 'MINORS').map((o) => [`${o.period}|${o.geography}`, o.value]));
    const company = new Map<string, (number | null)[]>();
    for (const o of obs.filter((x) => x.dataset === DATASET.mexicanMinors)) {
      const k = `${o.period}|${o.geography}`;
      company.set(k, [...(company.get(k) ?? []), o.value]);
    }
    const companyOff = [...company].filter(([k, v]) => v.every((x) => x !== null) && (v as number[]).reduce((a, b) => a + b, 0) !== minors.get(k));
    expect(companyOff).toEqual([]);
  });

  it('US encounters: every row adds up (checked while parsing); the blank Mexico cells are one unreported day', () => {
    const enc = obs.filter((o) => o.dataset === DATASET.usEncounters);
    const blank = enc.filter((o) => o.value === null);
    console.log(`inm-ianami: US encounters: ${enc.length.toLocaleString('en')} cells; NULL: ${blank.length} (${[...new Set(blank.map((o) => `${o.period} ${o.citizenship}`))].join(', ')})`);
    expect(blank).toHaveLength(13);
    expect(new Set(blank.map((o) => `${o.period}|${o.citizenship}`))).toEqual(new Set(['2025-12-03|MEX']));
    expect(sum(enc.filter((o) => o.period === '2025-12-03'))).toBe(0);
    const cbpOne = enc.filter((o) => o.category === CATEGORY.cbpOne && o.citizenship === 'ALL');
    expect(cbpOne.map((o) => o.period).sort().at(-1)).toBe('2025-01-22');
    expect(new Set(enc.map((o) => o.geography)).size).toBe(9 + 4);
  });

  it('caravans: the names in the notes are the file\'s; the two caravan files agree but for two entries', async () => {
    const ctx = await contextFor(paths());
    try {
      const t = await readTable(ctx, { fileId: 'caravanas', header: CARAVAN_HEADER });
      const named = t.rows.filter((r) => (r[4] ?? '').trim()).map((r) => [r[1]!.split('/').reverse().join('-'), r[4]!.trim()]);
      expect(named).toEqual(CARAVAN_NAMES);
    } finally {
      ctx.close();
    }
    const days = (dataset: string) => new Set(obs.filter((o) => o.dataset === dataset).map((o) => o.period));
    const sizes = days(DATASET.caravans);
    const listed = days(DATASET.caravanList);
    expect([...listed].filter((d) => !sizes.has(d))).toEqual(['2025-01-10']);
    expect([...sizes].filter((d) => d >= '2024-10-01' && !listed.has(d)).sort()).toEqual(['2025-01-08', '2026-04-20']);
    expect(sum(obs.filter((o) => o.dataset === DATASET.caravanList))).toBe(17);
  });

  it('the known repeated rows are real repeats in the files', async () => {
    const ctx = await contextFor(paths());
    try {
      for (const spec of DAILY_TABLES) {
        const listed = KNOWN_REPEATS[spec.fileId] ?? [];
        if (!listed.length) continue;
        const t = await readTable(ctx, spec);
        const keys = t.rows.map((r) => normaliseLabel(spec.keyColumns.map((c) => r[c] ?? '').join('|')));
        for (const text of listed) expect(keys.filter((k) => k === normaliseLabel(text)).length, `${spec.fileId}: ${text}`).toBe(2);
      }
    } finally {
      ctx.close();
    }
  });
});
