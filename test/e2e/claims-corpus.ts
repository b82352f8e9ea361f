/**
 * A corpus of claims in English and Spanish, one group per class of issue 12, each with
 * its expected verdict worked out here by SQL straight on the publishers' tables (never
 * through the query engine or the claim checker). Claims are written from a few phrasings
 * per class around figures the SQL finds, so a figure on the edge of a stated number is
 * never used: every stated number is at least 5% away from the figure (10% for OHSS's
 * rounded tables), and compared categories differ by more than their rounding.
 */
import { rows, type Store } from '../../src/store/open.js';

export type Expected = 'true' | 'false' | 'partly true' | 'undetermined';
export interface CorpusClaim {
  cls: 1 | 2 | 3 | 4 | 5 | 6;
  lang: 'en' | 'es';
  text: string;
  expected: Expected;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const monthEn = (p: string) => `${MONTHS_EN[Number(p.slice(5, 7)) - 1]} ${p.slice(0, 4)}`;
const monthEs = (p: string) => `${MONTHS_ES[Number(p.slice(5, 7)) - 1]} de ${p.slice(0, 4)}`;
const en = (n: number) => Math.round(n).toLocaleString('en-US');
const es = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, '.');
/** A round number `f` times the figure, to two significant digits. */
const near = (v: number, f: number) => {
  const x = v * f;
  const mag = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.round(x / mag) * mag;
};

const NAMES: Record<string, [string, string]> = {
  HND: ['Hondurans', 'hondureños'], GTM: ['Guatemalans', 'guatemaltecos'], SLV: ['Salvadorans', 'salvadoreños'], MEX: ['Mexicans', 'mexicanos'],
  VEN: ['Venezuelans', 'venezolanos'], CUB: ['Cubans', 'cubanos'], HTI: ['Haitians', 'haitianos'], NIC: ['Nicaraguans', 'nicaragüenses'],
  COL: ['Colombians', 'colombianos'], ECU: ['Ecuadorians', 'ecuatorianos'],
};
const SECTORS: Record<string, string> = { 'USBP-RGV': 'the Rio Grande Valley', 'USBP-DRT': 'Del Rio', 'USBP-EPT': 'El Paso', 'USBP-TCA': 'Tucson', 'USBP-SDC': 'San Diego', 'USBP-YUM': 'Yuma', 'USBP-LRT': 'Laredo' };

export async function buildCorpus(store: Store): Promise<CorpusClaim[]> {
  const sql = <T>(q: string, p: unknown[] = []) => rows<T>(store.conn, q, p);
  const out: CorpusClaim[] = [];
  const add = (cls: CorpusClaim['cls'], lang: 'en' | 'es', text: string, expected: Expected) => out.push({ cls, lang, text, expected });

  // Border Patrol at the southwest border, CBP's exact legacy monthly table (FY2000-FY2020).
  const bp = new Map(
    (await sql<{ p: string; v: number }>(`SELECT strftime(period, '%Y-%m-%d') AS p, value AS v FROM observations WHERE dataset_id = 'cbp-legacy-monthly/regions' AND geography = 'US-SWB' ORDER BY 1`)).map((r) => [r.p, r.v]),
  );
  const bpFy = (y: number) => [...bp].filter(([p]) => p >= `${y - 1}-10-01` && p < `${y}-10-01`).reduce((s, [, v]) => s + v, 0);
  // All CBP encounters at the southwest border, CBP's exact by-state table (FY2020-FY2023): every cell is a breakdown.
  const cbp = new Map(
    (await sql<{ p: string; v: number }>(`SELECT strftime(period, '%Y-%m-%d') AS p, sum(value) AS v FROM observations WHERE dataset_id = 'cbp-state/monthly-region-state' AND geography LIKE 'US-SWB/%' GROUP BY 1 ORDER BY 1`)).map((r) => [r.p, r.v]),
  );
  const cbpFy = (y: number) => [...cbp].filter(([p]) => p >= `${y - 1}-10-01` && p < `${y}-10-01`).reduce((s, [, v]) => s + v, 0);

  // ---- Class 3: the reading the words name ("encounters" = all of CBP; "Border Patrol", "apprehensions" = Border Patrol).
  // Years and months where ports of entry add more than 10%, so one number is true for one reading and false for the other.
  for (const y of [2022, 2023]) {
    const c = cbpFy(y);
    const x = near(c, 0.95);
    const u = await usbpFyOhss(sql, y);
    if (u > x * 0.95) continue;
    add(3, 'en', `There were more than ${en(x)} southwest border encounters in fiscal year ${y}`, 'true');
    add(3, 'en', `Border Patrol apprehended more than ${en(x)} migrants at the southwest border in FY${y}`, 'false');
    add(3, 'es', `Hubo más de ${es(x)} encuentros en la frontera suroeste en el año fiscal ${y}`, 'true');
    add(3, 'es', `La Patrulla Fronteriza registró más de ${es(x)} detenciones en la frontera suroeste en el año fiscal ${y}`, 'false');
  }
  for (const p of ['2023-03-01', '2023-06-01', '2023-07-01', '2023-09-01']) {
    const c = cbp.get(p)!;
    add(3, 'en', `${monthEn(p)} saw ${en(c)} encounters at the southwest border`, 'true');
    add(3, 'en', `CBP recorded about ${en(near(c, 0.8))} southwest border encounters in ${monthEn(p)}`, 'false');
    add(3, 'es', `En ${monthEs(p)} hubo ${es(c)} encuentros en la frontera suroeste`, 'true');
  }

  // ---- Class 5: common phrasings (counts with "topped", "surpassed", numbers in words; changes by halves and multiples).
  for (const y of [2005, 2012, 2019]) {
    const v = bpFy(y);
    add(5, 'en', `Border Patrol apprehensions at the southwest border topped ${en(near(v, 0.9))} in FY${y}`, 'true');
    add(5, 'en', `Southwest border apprehensions surpassed ${en(near(v, 1.1))} in fiscal year ${y}`, 'false');
    add(5, 'es', `Las detenciones de la Patrulla Fronteriza en la frontera suroeste superaron las ${es(near(v, 0.9))} en el año fiscal ${y}`, 'true');
    add(5, 'es', `Las detenciones en la frontera suroeste rebasaron los ${es(near(v, 1.1))} en el año fiscal ${y}`, 'false');
    const millions = Number(((v * 1.2) / 1e6).toFixed(1));
    add(5, 'en', `Border Patrol made fewer than ${millions} million apprehensions at the southwest border in FY${y}`, millions * 1e6 > v ? 'true' : 'false');
  }
  const changes: [string, string][] = [['2019-05-01', '2019-07-01'], ['2019-06-01', '2019-09-01'], ['2017-01-01', '2017-04-01'], ['2020-03-01', '2020-04-01'], ['2018-10-01', '2019-05-01'], ['2012-03-01', '2012-12-01']];
  for (const [a, b] of changes) {
    const va = bp.get(a)!;
    const vb = bp.get(b)!;
    const ratio = vb / va;
    const exp = (ok: boolean): Expected => (ok ? 'true' : 'false');
    if (ratio < 1) {
      add(5, 'en', `Border Patrol apprehensions at the southwest border fell by more than half from ${monthEn(a)} to ${monthEn(b)}`, exp(ratio < 0.5));
      add(5, 'es', `Las detenciones en la frontera suroeste cayeron más de la mitad de ${monthEs(a)} a ${monthEs(b)}`, exp(ratio < 0.5));
    } else {
      add(5, 'en', `Southwest border apprehensions more than doubled from ${monthEn(a)} to ${monthEn(b)}`, exp(ratio > 2));
      add(5, 'es', `Las detenciones en la frontera suroeste se duplicaron con creces entre ${monthEs(a)} y ${monthEs(b)}`, exp(ratio > 2));
    }
  }
  // Unreadable claims say what was understood: "cannot be checked".
  add(5, 'en', 'Border crossings were a disaster in 2021', 'undetermined');
  add(5, 'en', 'Migration is out of control', 'undetermined');
  add(5, 'es', 'La frontera está colapsada por la migración', 'undetermined');
  add(5, 'en', 'Southwest border encounters averaged 8,000 a day in December 2023', 'undetermined');
  add(5, 'es', 'Los encuentros en la frontera suroeste promediaron 8,000 al día en diciembre de 2023', 'undetermined');

  // ---- Class 1: across categories of one period (nationalities, sectors, groups), not over time.
  const nat = await sql<{ fy: number; c: string; v: number }>(
    `SELECT year(period) + 1 AS fy, citizenship AS c, value AS v FROM observations WHERE dataset_id = 'ohss-monthly/swb-encounters-citizenship-fy' AND component = 'ALL' AND demographic = 'ALL' AND citizenship IN (${Object.keys(NAMES).map((c) => `'${c}'`).join(', ')}) AND year(period) + 1 BETWEEN 2015 AND 2019`,
  );
  for (const fy of [2015, 2016, 2017, 2018, 2019]) {
    const list = nat.filter((r) => r.fy === fy).sort((a, b) => b.v - a.v);
    const [first, second, third] = list;
    if (first.v - second.v > 100) {
      add(1, 'en', `${NAMES[first.c][0]} were the most encountered nationality at the southwest border in FY${fy}`, 'true');
      add(1, 'en', `${NAMES[second.c][0]} were the largest nationality encountered at the southwest border in fiscal year ${fy}`, 'false');
      add(1, 'es', `Los ${NAMES[first.c][1]} fueron la nacionalidad con más encuentros en la frontera suroeste en el año fiscal ${fy}`, 'true');
    }
    if (second.v - third.v > 100) {
      add(1, 'en', `${NAMES[second.c][0]} outnumbered ${NAMES[third.c][0]} at the southwest border in FY${fy}`, 'true');
      add(1, 'en', `${NAMES[third.c][0]} outnumbered ${NAMES[second.c][0]} among southwest border encounters in FY${fy}`, 'false');
      add(1, 'es', `Los ${NAMES[third.c][1]} superaron a los ${NAMES[second.c][1]} en los encuentros en la frontera suroeste en el año fiscal ${fy}`, 'false');
      add(1, 'es', `Los ${NAMES[second.c][1]} rebasaron a los ${NAMES[third.c][1]} en la frontera suroeste en el año fiscal ${fy}`, 'true');
    }
  }
  const sectors = await sql<{ fy: number; g: string; v: number }>(
    `SELECT year(period) + 1 AS fy, geography AS g, sum(value) AS v FROM observations WHERE dataset_id = 'ohss-monthly/swb-encounters-sector-fy' AND geography LIKE 'USBP-%' AND year(period) + 1 BETWEEN 2016 AND 2023 GROUP BY ALL`,
  );
  for (const fy of [2016, 2018, 2020, 2022]) {
    const list = sectors.filter((r) => r.fy === fy && SECTORS[r.g]).sort((a, b) => b.v - a.v);
    if (list[0].v - list[1].v > 200) {
      add(1, 'en', `${cap(SECTORS[list[0].g])} was the busiest Border Patrol sector in FY${fy}`, 'true');
      add(1, 'en', `${cap(SECTORS[list[1].g])} was the busiest sector for Border Patrol apprehensions in FY${fy}`, 'false');
      add(1, 'es', `El sector ${SECTORS[list[1].g].replace(/^the /, '')} fue el sector con más detenciones de la Patrulla Fronteriza en el año fiscal ${fy}`, 'false');
    }
  }
  const fam = await sql<{ p: string; d: string; v: number }>(
    `SELECT strftime(period, '%Y-%m-%d') AS p, demographic AS d, value AS v FROM observations WHERE dataset_id = 'ohss-monthly/swb-encounters-family' AND component = 'ALL' AND demographic IN ('FMUA', 'SA', 'UC', 'ALL') AND period IN ('2019-05-01', '2021-03-01', '2022-05-01', '2017-04-01')`,
  );
  for (const p of ['2019-05-01', '2021-03-01', '2022-05-01', '2017-04-01']) {
    const v = (d: string) => fam.find((r) => r.p === p && r.d === d)!.v;
    if (Math.abs(v('FMUA') - v('SA')) > 200) {
      const more = v('FMUA') > v('SA');
      add(1, 'en', `Families outnumbered single adults at the southwest border in ${monthEn(p)}`, more ? 'true' : 'false');
      add(1, 'es', `Las familias superaron a los adultos solos en la frontera suroeste en ${monthEs(p)}`, more ? 'true' : 'false');
    }
    const share = v('FMUA') / v('ALL');
    if (Math.abs(share - 0.5) > 0.03) {
      add(5, 'en', `Families made up more than half of southwest border encounters in ${monthEn(p)}`, share > 0.5 ? 'true' : 'false');
      add(5, 'es', `Las familias fueron más de la mitad de los encuentros en la frontera suroeste en ${monthEs(p)}`, share > 0.5 ? 'true' : 'false');
    }
    const uc = v('UC') / v('ALL');
    add(1, 'en', `Unaccompanied children accounted for about ${Math.round(uc * 100)}% of southwest border encounters in ${monthEn(p)}`, 'true');
  }

  // ---- Class 2: qualifiers ("for the first time", "a record", "since", "more than any month of").
  const bpMonths = [...bp].filter(([p]) => p <= '2020-09-01');
  for (const p of ['2019-05-01', '2019-03-01', '2017-04-01', '2014-06-01', '2005-03-01', '2020-04-01']) {
    const v = bp.get(p)!;
    const y = Number(p.slice(0, 4));
    const prevYear = bpMonths.filter(([q]) => q.startsWith(String(y - 1)));
    const maxPrev = Math.max(...prevYear.map(([, x]) => x));
    const minPrev = Math.min(...prevYear.map(([, x]) => x));
    add(2, 'en', `Border Patrol apprehensions at the southwest border in ${monthEn(p)} were higher than in any month of ${y - 1}`, v > maxPrev ? 'true' : 'false');
    add(2, 'es', `Las detenciones de la Patrulla Fronteriza en ${monthEs(p)} fueron más altas que en cualquier mes de ${y - 1}`, v > maxPrev ? 'true' : 'false');
    add(2, 'en', `Southwest border apprehensions in ${monthEn(p)} were lower than in any month of ${y - 1}`, v < minPrev ? 'true' : 'false');
    // "the highest since <year>": no month after that year and before the target had more.
    const since = y - 6;
    const after = bpMonths.filter(([q]) => q > `${since}-12-01` && q < p);
    add(2, 'en', `Border Patrol apprehensions in ${monthEn(p)} were the highest since ${since}`, after.every(([, x]) => x < v) ? 'true' : 'false');
    add(2, 'es', `Las detenciones de la Patrulla Fronteriza en ${monthEs(p)} fueron las más altas desde ${since}`, after.every(([, x]) => x < v) ? 'true' : 'false');
    // "a record": no earlier month in the table had more.
    const earlier = bpMonths.filter(([q]) => q < p);
    add(2, 'en', `${monthEn(p)} set a record for Border Patrol apprehensions at the southwest border`, earlier.every(([, x]) => x < v) ? 'true' : 'false');
    // "for the first time since": passing a threshold no month after the start year had passed.
    const threshold = near(v, 0.95);
    const passedSince = bpMonths.some(([q, x]) => q > `${since}-12-01` && q < p && x > threshold);
    add(2, 'en', `Border Patrol apprehensions topped ${en(threshold)} in ${monthEn(p)} for the first time since ${since}`, v > threshold && !passedSince ? 'true' : 'false');
  }

  // ---- Class 4: Mexico's measures, UNHCR's asylum figures, vaccine doses.
  const returns = await sql<{ c: string; v: number }>(
    `SELECT citizenship AS c, sum(value) AS v FROM observations WHERE dataset_id = 'inm-ianami/returns' AND category = 'ALL' AND geography LIKE 'MX-%' AND year(period) = 2025 AND citizenship IN ('HND', 'GTM', 'SLV', 'VEN', 'CUB', 'NIC', 'ECU', 'COL') GROUP BY 1 ORDER BY 2 DESC`,
  );
  for (const r of returns.slice(0, 4)) {
    add(4, 'en', `Mexico returned more than ${en(near(r.v, 0.9))} ${NAMES[r.c][0]} in 2025`, 'true');
    add(4, 'es', `México retornó a más de ${es(near(r.v, 0.9))} ${NAMES[r.c][1]} en 2025`, 'true');
  }
  // March 2025 has every day in INM's files: a number above the month's figure is false, not merely unproven.
  const march = await sql<{ c: string; v: number }>(
    `SELECT citizenship AS c, sum(value) AS v FROM observations WHERE dataset_id = 'inm-ianami/returns' AND category = 'ALL' AND geography LIKE 'MX-%' AND period BETWEEN DATE '2025-03-01' AND DATE '2025-03-31' AND citizenship IN ('HND', 'GTM', 'SLV', 'VEN') GROUP BY 1`,
  );
  for (const r of march) {
    add(4, 'en', `Mexico deported more than ${en(near(r.v, 1.3))} ${NAMES[r.c][0]} in March 2025`, 'false');
    add(4, 'es', `México devolvió a menos de ${es(near(r.v, 1.3))} ${NAMES[r.c][1]} en marzo de 2025`, 'true');
  }
  add(4, 'en', `${NAMES[returns[0].c][0]} were the nationality Mexico returned most in 2025`, 'true');
  add(4, 'es', `Los ${NAMES[returns[1].c][1]} fueron la nacionalidad más retornada por México en 2025`, 'false');
  add(4, 'en', `Mexico returned more ${NAMES[returns[0].c][0]} than ${NAMES[returns[2].c][0]} in 2025`, 'true');
  const byState = await sql<{ g: string; v: number }>(`SELECT geography AS g, sum(value) AS v FROM observations WHERE dataset_id = 'inm-ianami/returns' AND category = 'ALL' AND citizenship = 'ALL' AND year(period) = 2025 GROUP BY 1 ORDER BY 2 DESC`);
  if (byState.length && byState[0].g === 'MX-07') add(4, 'en', 'Chiapas had the most returns of any Mexican state in 2025', 'true');
  const asylum = await sql<{ y: number; v: number }>(`SELECT year(period) AS y, sum(value) AS v FROM observations WHERE dataset_id = 'unhcr/asylum-applications' AND geography = 'MX' AND year(period) BETWEEN 2017 AND 2023 GROUP BY 1 ORDER BY 1`);
  for (const a of asylum) {
    add(4, 'en', `Asylum applications in Mexico topped ${en(near(a.v, 0.9))} in ${a.y}`, 'true');
    add(4, 'es', `Las solicitudes de asilo en México superaron las ${es(near(a.v, 1.15))} en ${a.y}`, 'false');
  }
  const pres = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'upm-boletin/presentados-by-state' AND year(period) = 2019`);
  add(4, 'en', `Mexico apprehended more than ${en(near(pres[0].v, 0.9))} migrants in 2019`, 'true');
  add(4, 'es', `México detuvo a más de ${es(near(pres[0].v, 1.2))} migrantes en 2019`, 'false');
  add(4, 'en', 'Mexico apprehended more than 100,000 migrants in 2010', 'undetermined');
  add(4, 'es', 'México detuvo a más de 100.000 migrantes en 2010', 'undetermined');
  const received = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE dataset_id = 'inm-ianami/foreigners-received' AND citizenship = 'ALL' AND demographic = 'ALL' AND year(period) = 2025`);
  if (received[0].v) add(4, 'en', `Mexico received more than ${en(near(received[0].v, 0.9))} non-Mexicans from the US in 2025`, 'true');

  // ---- Class 4 (continued): what the words count, where, and for whom (a QA pass: COMAR, Mexico's returns
  // before INM's daily files, the Darién, Spanish phrasings about Mexico's own counts). Latest vintages only.
  const latest = (ds: string) => `dataset_id = '${ds}' AND vintage_id = (SELECT max(vintage_id) FROM observations WHERE dataset_id = '${ds}')`;
  // UNHCR's applications lodged in Mexico are those COMAR receives (the manifest: 131,418 in 2021; COMAR's own 131,448).
  const comar = await sql<{ y: number; v: number }>(`SELECT year(period) AS y, sum(value) AS v FROM observations WHERE ${latest('unhcr/asylum-applications')} AND geography = 'MX' AND year(period) IN (2019, 2021, 2023) GROUP BY 1 ORDER BY 1`);
  for (const a of comar) {
    add(4, 'en', `COMAR received fewer than ${en(near(a.v, 1.15))} asylum requests in ${a.y}`, 'true');
    add(4, 'es', `La COMAR recibió menos de ${Math.round(near(a.v, 1.15) / 1000)} mil solicitudes de asilo en ${a.y}`, 'true');
    add(4, 'en', `COMAR received more than ${en(near(a.v, 1.15))} asylum applications in ${a.y}`, 'false');
  }
  // No country named: the United States' figure is read, and said (the test checks the assumption).
  const [usAsylum] = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE ${latest('unhcr/asylum-applications')} AND geography = 'US' AND year(period) = 2021`);
  add(4, 'en', `Asylum applications topped ${en(near(usAsylum.v, 0.9))} in 2021`, 'true');
  add(4, 'es', `Las solicitudes de asilo superaron las ${es(near(usAsylum.v, 1.15))} en 2021`, 'false');
  // Mexico's returns before INM's daily files (October 2024): UPM's table 3.2.4, every kind of return summed.
  const upm = await sql<{ y: number; v: number }>(`SELECT year(period) AS y, sum(value) AS v FROM observations WHERE ${latest('iom/upm-returns-by-nationality')} AND year(period) BETWEEN 2015 AND 2024 GROUP BY 1 ORDER BY 1`);
  for (const r of upm.filter((x) => [2016, 2019, 2021, 2023].includes(x.y))) {
    add(4, 'en', `Mexico returned ${en(r.v)} people in ${r.y}`, 'true');
    add(4, 'es', `México devolvió ${es(r.v)} extranjeros en ${r.y}`, 'true');
    add(4, 'en', `Mexico deported more than ${en(near(r.v, 1.1))} foreigners in ${r.y}`, 'false');
  }
  const upm2024 = upm.find((x) => x.y === 2024);
  // 2024 is whole in UPM's table and only its last quarter in INM's files.
  if (upm2024) add(4, 'en', `Mexico returned more than ${en(near(upm2024.v, 0.9))} people in 2024`, 'true');
  const upmNat = await sql<{ y: number; c: string; v: number }>(`SELECT year(period) AS y, citizenship AS c, sum(value) AS v FROM observations WHERE ${latest('iom/upm-returns-by-nationality')} AND year(period) IN (2019, 2021) AND citizenship IN ('HND', 'GTM', 'SLV') GROUP BY 1, 2`);
  for (const y of [2019, 2021]) {
    const [a, b] = upmNat.filter((r) => r.y === y).sort((x, z) => z.v - x.v);
    if (!a || !b || a.v - b.v < 100) continue;
    add(4, 'en', `Mexico deported more ${NAMES[a.c][0]} than ${NAMES[b.c][0]} in ${y}`, 'true');
    add(4, 'en', `Mexico returned more ${NAMES[b.c][0]} than ${NAMES[a.c][0]} in ${y}`, 'false');
    add(4, 'es', `México devolvió más ${NAMES[a.c][1]} que ${NAMES[b.c][1]} en ${y}`, 'true');
    add(4, 'es', `devoluciones de ${NAMES[a.c][1]} por México en ${y} fueron ${es(a.v)}`, 'true');
  }
  // The Darién: Panama's count of irregular transits (SNM, via IOM), never Border Patrol encounters.
  const darien = await sql<{ y: number; v: number; ven: number }>(
    `SELECT year(period) AS y, sum(value) AS v, sum(value) FILTER (WHERE citizenship = 'VEN') AS ven FROM observations WHERE ${latest('iom/darien-by-nationality')} AND year(period) BETWEEN 2021 AND 2024 GROUP BY 1 ORDER BY 1`,
  );
  for (const d of darien) {
    add(4, 'en', `Darien crossings were ${en(d.v)} in ${d.y}`, 'true');
    add(4, 'en', `More than ${en(near(d.v, 0.9))} people crossed the Darién in ${d.y}`, 'true');
    add(4, 'es', `Los cruces por el Darién superaron los ${es(near(d.v, 1.1))} en ${d.y}`, 'false');
    const share = d.ven / d.v;
    if (Math.abs(share - 0.5) > 0.03) add(4, 'en', `Venezuelans were more than half of Darién transits in ${d.y}`, share > 0.5 ? 'true' : 'false');
  }
  const d2023 = darien.find((d) => d.y === 2023);
  if (d2023) {
    add(4, 'en', `Crossings in the Darién topped ${en(near(d2023.v, 0.9))} in 2023`, 'true');
    add(4, 'es', `Más de ${es(near(d2023.v, 0.9))} personas cruzaron el Darién en 2023`, 'true');
  }
  // Border Patrol named in the Darién: a refusal, said once (the test checks the words).
  add(4, 'en', 'Border Patrol apprehensions in the Darién were 1,000 in FY2023', 'undetermined');
  // "detenciones de hondureños en México": Mexico's count, with the nationality between its words.
  const presNat = await sql<{ y: number; c: string; v: number }>(`SELECT year(period) AS y, citizenship AS c, sum(value) AS v FROM observations WHERE ${latest('iom/upm-presentados-by-nationality')} AND year(period) IN (2019, 2021) AND citizenship IN ('HND', 'GTM') GROUP BY 1, 2`);
  for (const p of presNat) {
    add(4, 'es', `detenciones de ${NAMES[p.c][1]} en México en ${p.y} fueron ${es(p.v)}`, 'true');
    add(4, 'es', `Las detenciones de ${NAMES[p.c][1]} en México superaron las ${es(near(p.v, 1.15))} en ${p.y}`, 'false');
    add(4, 'en', `Mexico apprehended ${en(p.v)} ${NAMES[p.c][0]} in ${p.y}`, 'true');
  }
  // "desde Estados Unidos": where the people Mexico received came from, not their nationality. January 2025 lacks two days
  // (a lower bound); its files give nationalities only, every one of them (no total row), so they are summed.
  const [jan] = await sql<{ v: number }>(`SELECT sum(value) AS v FROM observations WHERE ${latest('inm-ianami/foreigners-received')} AND citizenship <> 'ALL' AND demographic = 'ALL' AND period >= DATE '2025-01-01' AND period < DATE '2025-02-01'`);
  if (jan.v) {
    add(4, 'es', `En enero de 2025 México recibió a más de ${es(near(jan.v, 0.85))} extranjeros desde Estados Unidos`, 'true');
    add(4, 'en', `In January 2025 Mexico received more than ${en(near(jan.v, 0.85))} foreigners from the United States`, 'true');
  }

  // US vaccine doses: a running total (the White House's of 3 August 2021), ranked among the recipients on that day;
  // a stated total above it can still be reached later in the year (cannot be checked), one below it is already passed.
  const doses = await sql<{ g: string; v: number }>(`SELECT geography AS g, value AS v FROM observations WHERE ${latest('wh-vaccines/doses-by-recipient')} AND category = 'donor:USA' ORDER BY v DESC`);
  const mxDoses = doses.find((d) => d.g === 'MX');
  if (mxDoses) {
    const first = doses[0].g === 'MX' && doses[0].v > (doses[1]?.v ?? 0) * 1.01;
    add(4, 'en', 'Mexico received more US vaccine doses than any other country in 2021', first ? 'true' : 'false');
    add(4, 'es', 'México recibió más vacunas de Estados Unidos que cualquier otro país en 2021', first ? 'true' : 'false');
    add(4, 'en', `The US donated more than ${en(near(mxDoses.v, 1.5))} vaccine doses to Mexico in 2021`, 'undetermined');
    add(4, 'en', `The US donated more than ${en(near(mxDoses.v, 0.8))} vaccine doses to Mexico in 2021`, 'true');
  }
  // "The most apprehended nationality in Mexico": Border Patrol's word, Mexico's count (UPM's, by nationality).
  const topPres = await sql<{ c: string; v: number }>(`SELECT citizenship AS c, sum(value) AS v FROM observations WHERE ${latest('iom/upm-presentados-by-nationality')} AND year(period) = 2021 AND citizenship NOT IN ('ALL', 'OTHER') GROUP BY 1 ORDER BY 2 DESC LIMIT 2`);
  if (topPres.length === 2 && topPres[0].v > topPres[1].v * 1.05) {
    add(4, 'en', 'Hondurans were the most apprehended nationality in Mexico in 2021', topPres[0].c === 'HND' ? 'true' : 'false');
    add(4, 'es', 'Los guatemaltecos fueron la nacionalidad más detenida en México en 2021', topPres[0].c === 'GTM' ? 'true' : 'false');
  }

  // The National Guard's troops (a level): in June 2020 in all of Mexico; "its southern border" is Mexico's southern
  // border states (the store's place_parents), not the US southwest border where the Guard is not counted.
  const guard = await sql<{ g: string; v: number }>(
    `SELECT CASE WHEN pp.parent = 'MX-SB' THEN 'MX-SB' ELSE 'MX' END AS g, sum(value) AS v FROM observations o LEFT JOIN place_parents pp ON pp.code = o.geography AND pp.parent = 'MX-SB'
      WHERE ${latest('gn-despliegue/deployed-by-state')} AND period = DATE '2020-06-01' GROUP BY ROLLUP (1)`,
  );
  const allMx = guard.find((r) => r.g === null)?.v;
  const south = guard.find((r) => r.g === 'MX-SB')?.v;
  if (allMx && south) {
    add(4, 'en', `Mexico had more than ${en(near(allMx, 0.9))} National Guard troops deployed in June 2020`, 'true');
    add(4, 'en', `Mexico had more than ${en(near(allMx, 1.15))} National Guard troops deployed in June 2020`, 'false');
    add(4, 'en', `Mexico deployed more than ${en(near(south, 1.2))} National Guard troops to its southern border in June 2020`, 'false');
    add(4, 'en', `Mexico deployed more than ${en(near(south, 0.8))} National Guard troops to its southern border in June 2020`, 'true');
  }

  // "frontera sur" alone: the US one for encounters, Mexico's southern border states for a count made only in Mexico.
  if (south) {
    add(4, 'es', `México desplegó más de ${es(near(south, 0.8))} elementos de la Guardia Nacional en su frontera sur en junio de 2020`, 'true');
    add(4, 'es', `México desplegó más de ${es(near(south, 1.2))} elementos de la Guardia Nacional en su frontera sur en junio de 2020`, 'false');
  }
  const southPres = await sql<{ y: number; v: number }>(
    `SELECT year(period) AS y, sum(value) AS v FROM observations o JOIN place_parents pp ON pp.code = o.geography AND pp.parent = 'MX-SB'
      WHERE ${latest('upm-boletin/presentados-by-state')} AND year(period) IN (2019, 2020) GROUP BY 1 ORDER BY 1`,
  );
  if (southPres.length === 2 && Math.abs(southPres[1].v / southPres[0].v - 1) > 0.05) {
    add(4, 'es', 'Las detenciones en la frontera sur de México bajaron en 2020', southPres[1].v < southPres[0].v ? 'true' : 'false');
    add(4, 'en', 'Apprehensions in southern Mexico rose in 2020', southPres[1].v > southPres[0].v ? 'true' : 'false');
  }

  // ---- Class 6: the verdict reads naturally (checked on the summary text by the test).
  add(6, 'en', `Border Patrol apprehensions at the southwest border were ${en(bpFy(2019))} in FY2019`, 'true');
  add(6, 'en', `Southwest border apprehensions halved from ${monthEn('2019-05-01')} to ${monthEn('2019-09-01')}`, Math.abs(bp.get('2019-09-01')! / bp.get('2019-05-01')! - 0.5) <= 0.1 ? 'true' : 'false');
  add(6, 'es', `Las detenciones en la frontera suroeste cayeron a la mitad de ${monthEs('2019-05-01')} a ${monthEs('2019-09-01')}`, Math.abs(bp.get('2019-09-01')! / bp.get('2019-05-01')! - 0.5) <= 0.1 ? 'true' : 'false');
  add(6, 'en', `Border Patrol apprehensions at the southwest border in May 2019 were ${en(bp.get('2019-05-01')!)}`, 'true');
  add(6, 'es', `En mayo de 2019 la Patrulla Fronteriza tuvo ${es(bp.get('2019-05-01')!)} detenciones en la frontera suroeste`, 'true');
  return out;
}

/** Border Patrol southwest border encounters by fiscal year from OHSS's agency table (rounded to 10). */
async function usbpFyOhss(sql: <T>(q: string, p?: unknown[]) => Promise<T[]>, y: number): Promise<number> {
  const [r] = await sql<{ v: number }>(`SELECT value AS v FROM observations WHERE dataset_id = 'ohss-monthly/swb-encounters-agency-fy' AND component = 'USBP' AND geography = 'US-SWB' AND period = CAST(? AS DATE)`, [`${y - 1}-10-01`]);
  return r.v;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
