/**
 * Everything a plan needs, gathered from the store and the user's files: the planning
 * assumptions, the receiving cities, the sites (the user's registry or the demo one),
 * and the weekly demand (INM's series with a forecast, the scenario engine's outlook for a
 * shipped scenario, or the user's arrivals file), with the
 * list of assumptions the plan shows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { dayRangeWords, monthRangeWords, weeksWords, weekWords } from '../../model/index.js';
import { DEFAULT_ASSUMPTIONS_FILE, readAssumptions, type PlanningAssumptions } from './assumptions-file.js';
import { receivedWeeks, type ReceivedWeeks } from './arrivals.js';
import { borderCities, STATE_NAMES, type CityCatalogue } from './cities.js';
import { demoRegistry, type OwnRegistry } from './demo-registry.js';
import { forecastWeekly, SHIFT_DEFAULTS } from './forecast-weekly.js';
import { parseRegistry } from './registry.js';
import { addDays, dayFault, mondayOf, readScenarioFile, spreadOverWeeks, type ScenarioRow } from './scenario-file.js';
import { engineArrivals, type EngineArrivals, type EngineOptions } from './scenario-input.js';
import { cityShares, demandOf, maleShareFromStore, meanAdults, meanChildren, scaleFlows, splitKinds, type KindFlows } from './splits.js';
import { type Assumption, type Demand, type PlanInput, type Site } from './types.js';
import { readUserCsv } from './user-file.js';
import { OUTLOOK_WEEKS, storeWeeks, type StoreWeeks } from './store-weeks.js';

export const MAX_WEEKS = 26;

export interface PlanOptions {
  registry?: string;
  /** A user's arrivals file (CSV or JSON rows of period, place, kind, people). */
  scenario?: string;
  /** A shipped scenario run by the scenario engine, its levers optionally changed, at a quantile. */
  engine?: EngineOptions;
  assumptions?: string;
  weeks?: number;
  /** First planned week (any day: its Monday is used). */
  start?: string;
  /** Plan for the forecast's central level or its 80% upper bound. */
  level?: 'central' | 'high';
  /**
   * How the plan's reader supplies their own registry, said in the demo registry's assumption:
   * the command line's --registry (the default), or what a reader of the API and the dashboard,
   * which read no file a client sends, can do instead.
   */
  ownRegistry?: OwnRegistry;
}

/** One forecast series of a plan: its flat level and 80% interval, the weeks the level is the mean of, and the Monday of the first week after a level shift (null: none found). */
export interface ForecastRow { state: string; series: string; level: number; low80: number; high80: number; weeks: number; shiftSince: string | null }

export interface GatheredInput {
  input: PlanInput;
  assumptions: Assumption[];
  /** The forecast behind the demand, by state (store arrivals only). */
  forecast?: ForecastRow[];
  /** The scenario engine's run behind the demand (engine arrivals only). */
  engine?: EngineArrivals;
}

/** --start / start= must be a real calendar day: Date would roll 2021-02-30 over to March, or throw on month 13 (the check a registry's and a scenario file's days share). */
function checkStartDay(text: string): string {
  const fault = dayFault(text);
  if (fault) throw new UsageError(
    /^\d{4}-\d{2}-\d{2}$/.test(text) ? `"${text}" ${fault.en}` : `the start is a day written YYYY-MM-DD, not "${text}"`,
    /^\d{4}-\d{2}-\d{2}$/.test(text) ? `"${text}" ${fault.es}` : `el inicio es un día escrito AAAA-MM-DD, no "${text}"`,
  );
  return text;
}

const a = (id: string, basis: Assumption['basis'], value: unknown, en: string, es: string): Assumption => ({ id, basis, value, text: { en, es } });

export async function gatherInput(conn: DuckDBConnection, opts: PlanOptions): Promise<GatheredInput> {
  const weeksCount = opts.weeks ?? 12;
  if (!Number.isInteger(weeksCount) || weeksCount < 1 || weeksCount > MAX_WEEKS) throw new UsageError(
    `--weeks takes a whole number from 1 to ${MAX_WEEKS}, not ${opts.weeks}`,
    `--weeks lleva un número entero de 1 a ${MAX_WEEKS}, no ${opts.weeks}`,
  );
  if (opts.start !== undefined) checkStartDay(opts.start);
  const pa = readAssumptions(opts.assumptions ?? DEFAULT_ASSUMPTIONS_FILE);
  const catalogue = await borderCities(conn);
  if (catalogue.cities.length === 0) throw new UsageError(
    'the store has no municipalities of the northern border states (source inegi-places): run "corridor ingest" first',
    'el almacén no tiene municipios de los estados de la frontera norte (fuente inegi-places): ejecute primero "corridor ingest"',
  );
  const assumptions: Assumption[] = [];
  const sites = await gatherSites(conn, opts.registry, catalogue, assumptions, opts.ownRegistry);
  const male = await maleShare(conn, pa, assumptions);
  if (opts.scenario && opts.engine) throw new UsageError(
    'arrivals come from a scenario file or a named scenario, not both',
    'las llegadas vienen de un archivo de escenario o de un escenario con nombre, no de ambos',
  );
  if (opts.engine && opts.level === 'high') throw new UsageError(
    '--level high is for the INM forecast; with a named scenario give --quantile (e.g. 0.9) to plan for a bad case',
    '--level high es para el pronóstico del INM; con un escenario con nombre dé --quantile (p. ej. 0.9) para planear para un caso malo',
  );
  if (opts.scenario && opts.level === 'high') throw new UsageError(
    '--level high is for the INM forecast; a scenario file\'s arrivals are the figures it gives, with no forecast interval to take the upper bound of (to plan for a bad case, raise the people in the file)',
    '--level high es para el pronóstico del INM; las llegadas de un archivo de escenario son las cifras que da, sin intervalo de pronóstico del que tomar el límite superior (para planear para un caso malo, aumente las personas en el archivo)',
  );
  const engine = opts.engine ? await engineArrivals(conn, opts.engine) : undefined;
  const received = opts.scenario || engine ? null : await receivedWeeks(conn);
  const start = opts.start ? mondayOf(opts.start) : received ? addDays(received.weeks.at(-1)!, 7) : undefined;
  let weeks: string[];
  let flowsByCity: Map<string, KindFlows>;
  let forecast: GatheredInput['forecast'];
  if (received) {
    weeks = Array.from({ length: weeksCount }, (_, i) => addDays(start!, 7 * i));
    // Weeks INM recorded are replayed with what it recorded; later ones forecast, never further than the outlook holds.
    const split = storeWeeks({ dataWeeks: received.weeks, firstDay: received.firstDay, lastDay: received.lastDay, planned: weeks, start: opts.start, level: opts.level ?? 'central', window: pa.forecastWindowWeeks });
    ({ flowsByCity, forecast } = await fromStore(conn, received, weeks, split, pa, male, opts.level ?? 'central', assumptions, catalogue));
  } else if (engine) {
    // The first whole week of the scenario's first simulated month, unless --start says otherwise.
    const first = start ?? mondayOnOrAfter(`${engine.months[0]}-01`);
    weeks = Array.from({ length: weeksCount }, (_, i) => addDays(first, 7 * i));
    const last = engine.rows.map((r) => r.to).sort().at(-1);
    if (engine.rows.length && (addDays(weeks.at(-1)!, 6) < `${engine.months[0]}-01` || (last !== undefined && weeks[0] > last))) {
      const simulated = monthRangeWords(engine.months[0], engine.months.at(-1)!);
      const planned = weeksWords(weeks[0], weeks.at(-1)!);
      throw new UsageError(
        `the scenario "${engine.scenario.name}" simulates ${simulated.en}: the planned ${planned.en.replace(/^the /, '')} ${weeks.length === 1 ? 'falls' : 'fall'} outside them (give --start within those months)`,
        `el escenario "${engine.scenario.name}" simula ${simulated.es}: ${planned.es.replace(/^las semanas/, 'las semanas planeadas').replace(/^la semana/, 'la semana planeada')} ${weeks.length === 1 ? 'queda' : 'quedan'} fuera (dé un --start dentro de esos meses)`,
      );
    }
    assumptions.push(engine.assumption);
    flowsByCity = await fromScenario(conn, engine.rows, weeks, pa, male, { engine }, assumptions, catalogue);
  } else {
    const rows = await readScenarioFile(opts.scenario!, catalogue);
    const from = rows.map((r) => r.from).sort()[0];
    const to = rows.map((r) => r.to).sort().at(-1)!;
    const first = start ?? mondayOf(from);
    weeks = Array.from({ length: weeksCount }, (_, i) => addDays(first, 7 * i));
    // Planned weeks the file has nobody in would make a plan of no arrivals, no one without a place and no alert: said, not planned
    // (a what-if with another file takes the base plan's weeks, and its shortfalls would all read as resolved).
    if (addDays(weeks.at(-1)!, 6) < from || weeks[0] > to) {
      const name = opts.scenario!.split(/[\\/]/).pop();
      const span = dayRangeWords(from, to);
      const planned = weeksWords(weeks[0], weeks.at(-1)!);
      throw new UsageError(
        `the arrivals file ${name} has people from ${span.en} only: the planned ${planned.en.replace(/^the /, '')} ${weeks.length === 1 ? 'falls' : 'fall'} outside those days, so nobody would be planned (give --start within them, e.g. --start ${mondayOf(from)})`,
        `el archivo de llegadas ${name} solo tiene personas ${span.es}: ${planned.es.replace(/^las semanas/, 'las semanas planeadas').replace(/^la semana/, 'la semana planeada')} ${weeks.length === 1 ? 'queda' : 'quedan'} fuera de esos días, así que no se planearía a nadie (dé un --start dentro de ellos, p. ej. --start ${mondayOf(from)})`,
      );
    }
    flowsByCity = await fromScenario(conn, rows, weeks, pa, male, { file: opts.scenario! }, assumptions, catalogue);
  }
  const demand: Demand[] = [];
  for (const [city, flows] of flowsByCity) demand.push(...demandOf(city, flows));
  // The figures (INM's weeks, the forecast, a file, a scenario) split into cities and kinds are fractions of people; the plan places
  // whole people and whole families, each series rounded on its own (splits.ts). The difference is said, not left for a reader to find.
  const total = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  const figures = [...flowsByCity.values()].reduce((t, f) => t + total(f.men) + total(f.women) + total(f.minors) + [...f.families].reduce((x, [size, units]) => x + size * total(units), 0), 0);
  const whole = demand.reduce((t, d) => t + d.size * d.units, 0);
  const off = Math.round(whole - figures);
  if (off !== 0) {
    const n = Math.abs(off);
    assumptions.push(
      a(
        'whole-people',
        'default',
        { figures: Math.round(figures * 10) / 10, planned: whole },
        `Arrivals are planned as whole people and whole families, rounded city by city, kind by kind and week by week: the plan has ${fmt(whole)} arrivals where the figures above give ${(Math.round(figures * 10) / 10).toLocaleString('en-US')} (${fmt(n)} ${off < 0 ? 'fewer' : 'more'}).`,
        `Las llegadas se planean como personas y familias enteras, redondeadas por ciudad, tipo y semana: el plan tiene ${fmt(whole)} llegadas donde las cifras de arriba dan ${(Math.round(figures * 10) / 10).toLocaleString('es-MX')} (${fmt(n)} ${off < 0 ? 'menos' : 'más'}).`,
      ),
    );
  }
  const cityCodes = new Set([...flowsByCity.keys(), ...sites.map((s) => s.city)]);
  const cities = [...cityCodes].map((c) => catalogue.get(c)).filter((c) => c !== undefined);
  // Sites with no bed in any planned week (0 beds, or closed throughout) stay in the plan's tables with 0 beds and nobody is sent
  // there: said by name, as a registry's 0 may be a typo for an unknown count.
  const end = addDays(weeks.at(-1)!, 6);
  const idle = sites.filter((s) => s.beds === 0 || (s.closes !== undefined && s.closes < weeks[0]) || (s.opens !== undefined && s.opens > end));
  if (idle.length) {
    const named = idle.map((s) => `${s.name} (${catalogue.get(s.city)?.name ?? s.city})`).join('; ');
    assumptions.push(
      a(
        'sites-without-beds',
        opts.registry ? 'user' : 'data',
        idle.map((s) => s.id),
        `${idle.length === 1 ? 'A site has' : `${idle.length} sites have`} no bed in the planned weeks (0 beds in the registry, or closed throughout), so nobody is sent there: ${named}.`,
        `${idle.length === 1 ? 'Un sitio no tiene' : `${idle.length} sitios no tienen`} camas en las semanas planeadas (0 camas en el registro, o cerrado todo ese tiempo), así que no se envía a nadie ahí: ${named}.`,
      ),
    );
  }
  assumptions.push(
    a('stay', 'default', pa.stayDays, `Average length of stay in a site, days: men ${pa.stayDays.men}, women ${pa.stayDays.women}, families ${pa.stayDays.families}, unaccompanied minors ${pa.stayDays.minors}. A planning estimate, not from data.`, `Estancia media en un sitio, días: hombres ${pa.stayDays.men}, mujeres ${pa.stayDays.women}, familias ${pa.stayDays.families}, menores no acompañados ${pa.stayDays.minors}. Estimación de planeación, no de datos.`),
    a('beds', 'default', 'average occupancy', 'Beds are compared with the average number in use over each week (arrivals spread evenly over the week); on a busy day more may be in use. Sites start the first week empty.', 'Las camas se comparan con el número medio en uso en cada semana (llegadas repartidas por igual en la semana); en un día de mucha llegada puede haber más en uso. Los sitios empiezan vacíos la primera semana.'),
    a('distance', 'default', pa.maxKm, `Nobody is sent more than ${pa.maxKm} km (great-circle) from the city where they are received; among plans with the fewest people left without a place, the one with the fewest person-kilometres is chosen.`, `Nadie es enviado a más de ${pa.maxKm} km (en línea recta) de la ciudad donde es recibido; entre los planes con menos personas sin lugar se elige el de menos personas-kilómetro.`),
    a('rules', 'default', 'minors-dif', 'Unaccompanied minors go only to DIF facilities; families are never split (whole family units only).', 'Los menores no acompañados solo van a instalaciones del DIF; las familias nunca se separan (solo unidades familiares completas).'),
  );
  return { input: { weeks, cities, sites, demand, stayDays: pa.stayDays, maxKm: pa.maxKm }, assumptions, forecast, ...(engine ? { engine } : {}) };
}

/** Sites from a registry file (for a what-if that opens sites). */
export async function readSites(conn: DuckDBConnection, path: string): Promise<Site[]> {
  return parseRegistry(await readUserCsv(path), await borderCities(conn));
}

async function gatherSites(conn: DuckDBConnection, registry: string | undefined, catalogue: CityCatalogue, assumptions: Assumption[], own?: OwnRegistry): Promise<Site[]> {
  if (!registry) {
    const demo = await demoRegistry(conn, own);
    if (demo.sites.length === 0) throw new UsageError(
      'no registry given and the store has no demo shelters (source mx-shelters): give --registry FILE',
      'no se dio registro y el almacén no tiene albergues de demostración (fuente mx-shelters): dé --registry FILE',
    );
    assumptions.push(demo.assumption);
    return demo.sites;
  }
  const sites = parseRegistry(await readUserCsv(registry), catalogue);
  assumptions.push(a('registry', 'user', { sites: sites.length, beds: sites.reduce((x, s) => x + s.beds, 0) }, `Registry supplied by the user: ${sites.length} site${sites.length === 1 ? '' : 's'}.`, `Registro dado por el usuario: ${sites.length} sitio${sites.length === 1 ? '' : 's'}.`));
  return sites;
}

async function maleShare(conn: DuckDBConnection, pa: PlanningAssumptions, assumptions: Assumption[]): Promise<number> {
  if (pa.maleShare !== null) {
    assumptions.push(a('male-share', 'user', pa.maleShare, `Share of men among single adults: ${pct(pa.maleShare)} (assumptions file).`, `Proporción de hombres entre adultos solos: ${pct(pa.maleShare)} (archivo de supuestos).`));
    return pa.maleShare;
  }
  const found = await maleShareFromStore(conn);
  if (!found) throw new UsageError(
    'no share of men among returned adults: the store has no ICE removals by sex (source ice-foia); set "maleShare" in the assumptions file',
    'no hay proporción de hombres entre los adultos devueltos: el almacén no tiene remociones de ICE por sexo (fuente ice-foia); fije "maleShare" en el archivo de supuestos',
  );
  assumptions.push(
    a('male-share', 'data', found, `Share of men among single adults: ${pct(found.share)}, from ICE removals of Mexican citizens by sex, FY2016-FY2019 (ice-foia: ${found.men.toLocaleString('en-US')} men, ${found.women.toLocaleString('en-US')} women). INM's files do not give sex.`, `Proporción de hombres entre adultos solos: ${pct(found.share)}, de las remociones de ICE de ciudadanos mexicanos por sexo, años fiscales 2016-2019 (ice-foia: ${found.men.toLocaleString('es-MX')} hombres, ${found.women.toLocaleString('es-MX')} mujeres). Los archivos del INM no dan el sexo.`),
  );
  return found.share;
}

async function fromStore(conn: DuckDBConnection, r: ReceivedWeeks, weeks: string[], split: StoreWeeks, pa: PlanningAssumptions, male: number, level: 'central' | 'high', assumptions: Assumption[], names: CityCatalogue) {
  const flowsByCity = new Map<string, KindFlows>();
  const forecast: NonNullable<GatheredInput['forecast']> = [];
  const shifts: { state: string; series: string; since: string; weeks: number; level: number; before: number }[] = [];
  const dataIndex = new Map(r.weeks.map((w, i) => [w, i]));
  for (const s of r.states) {
    const series = { adults: s.adults, accompaniedMinors: s.accompaniedMinors, unaccompaniedMinors: s.unaccompaniedMinors };
    // The interval is measured over as many weeks ahead as the plan forecasts (at least 1).
    const f = Object.fromEntries(Object.entries(series).map(([k, xs]) => [k, forecastWeekly(xs, pa.forecastWindowWeeks, { horizon: split.ahead?.[1] ?? 1 })]));
    // The forecast is listed only when some planned week uses it.
    if (split.forecast.length) {
      for (const [k, x] of Object.entries(f)) {
        const since = x.shiftWeeks === null ? null : r.weeks[r.weeks.length - x.shiftWeeks];
        forecast.push({ state: s.state, series: k, level: round1(x.level), low80: round1(x.low80), high80: round1(x.high80), weeks: x.shiftWeeks ?? x.window, shiftSince: since });
        if (since) shifts.push({ state: s.state, series: k, since, weeks: x.shiftWeeks!, level: x.level, before: mean(series[k as keyof typeof series].slice(-x.shiftWeeks! - x.window, -x.shiftWeeks!)) });
      }
    }
    const pick = (k: keyof typeof series) => (level === 'high' ? f[k].high80 : f[k].level);
    // A week INM recorded: what it recorded (a replay); a week after the data: the forecast.
    const byWeek = (k: keyof typeof series) => weeks.map((w) => (dataIndex.has(w) ? series[k][dataIndex.get(w)!] : pick(k)));
    const adults = byWeek('adults');
    const acc = byWeek('accompaniedMinors');
    const uc = byWeek('unaccompaniedMinors');
    if ([...adults, ...acc, ...uc].every((x) => x === 0)) continue;
    const flows = splitKinds(adults, acc, uc, pa.familyComposition, male);
    await toCities(conn, s.state, flows, pa, flowsByCity, assumptions, names);
  }
  const w = pa.forecastWindowWeeks;
  // Weeks in words, by their Mondays: "the planned weeks of 25 May to 15 June 2026", "las semanas planeadas del 25 de mayo al 15 de junio de 2026".
  const span = (xs: string[]) => dayRangeWords(xs[0], xs.at(-1)!);
  const weeksEn = (xs: string[], planned = 'planned ') => `the ${planned}week${xs.length === 1 ? '' : 's'} of ${span(xs).en}`;
  const weeksEs = (xs: string[], planned = true) => (xs.length === 1 ? `la semana${planned ? ' planeada' : ''}` : `las semanas${planned ? ' planeadas' : ''}`) + ` ${span(xs).es}`;
  const replayEn = split.replay.length ? ` ${cap(weeksEn(split.replay))} use${split.replay.length === 1 ? 's' : ''} the arrivals INM recorded in ${split.replay.length === 1 ? 'it' : 'them'} (a replay).` : '';
  const replayEs = split.replay.length ? ` ${cap(weeksEs(split.replay))} ${split.replay.length === 1 ? 'usa' : 'usan'} las llegadas que el INM registró en ${split.replay.length === 1 ? 'ella' : 'ellas'} (una repetición).` : '';
  const ahead = split.ahead;
  const aheadEn = ahead ? (ahead[0] === ahead[1] ? `week ${ahead[0]}` : `weeks ${ahead[0]} to ${ahead[1]}`) : '';
  const aheadEs = ahead ? (ahead[0] === ahead[1] ? `la semana ${ahead[0]}` : `las semanas ${ahead[0]} a ${ahead[1]}`) : '';
  const SERIES_EN: Record<string, string> = { adults: 'adults', accompaniedMinors: 'minors in families', unaccompaniedMinors: 'unaccompanied minors' };
  const SERIES_ES: Record<string, string> = { adults: 'adultos', accompaniedMinors: 'menores en familia', unaccompaniedMinors: 'menores no acompañados' };
  const shiftsEn = shifts.map((x) => `${STATE_NAMES[x.state]} ${SERIES_EN[x.series]} since ${weekWords(x.since).en} (${x.weeks} weeks, ${fmt(x.level)} a week against ${fmt(x.before)} in the ${w} weeks before)`).join('; ');
  const shiftsEs = shifts.map((x) => `${STATE_NAMES[x.state]} ${SERIES_ES[x.series]} desde ${weekWords(x.since).es} (${x.weeks} semanas, ${fmt(x.level)} por semana frente a ${fmt(x.before)} en las ${w} semanas anteriores)`).join('; ');
  const horizon = ahead?.[1] ?? 1;
  const forecastEn = split.forecast.length
    ? ` Forecast for ${weeksEn(split.forecast)} (${aheadEn} after the data; it is held for at most ${OUTLOOK_WEEKS}), flat: for each state and series the mean of the last ${w} weeks, unless the series shifted level within them (its last ${SHIFT_DEFAULTS.minShiftWeeks} to ${w - 1} weeks all outside the range of the ${w} weeks before them, and their mean at least ${SHIFT_DEFAULTS.shiftFactor} times or at most 1/${SHIFT_DEFAULTS.shiftFactor} of those weeks' mean): then the mean of the weeks since the shift.` +
      (shifts.length ? ` Level shifts found: ${shiftsEn}. A level seen for a few weeks may not last (INM's weeks had dips of 2 to 3 weeks that recovered): the 80% interval includes such misses.` : ' No level shift found.') +
      ` 80% interval: the 10th and 90th percentiles of the ratio of what happened 1 to ${horizon} week${horizon === 1 ? '' : 's'} later to what this method forecast then, at every past week. In a back-test on INM's weeks (bench/reception-forecast.ts, horizons 1 to 12) about two thirds of the weeks fell inside such an interval, not 80%: read it as a narrow range. The plan uses the ${level === 'high' ? '80% upper bound' : 'central level'}.`
    : ' No forecast is used.';
  const forecastEs = split.forecast.length
    ? ` Pronóstico para ${weeksEs(split.forecast)} (${aheadEs} después de los datos; se mantiene a lo más ${OUTLOOK_WEEKS}), constante: para cada estado y serie, la media de las últimas ${w} semanas, salvo que la serie haya cambiado de nivel dentro de ellas (sus últimas ${SHIFT_DEFAULTS.minShiftWeeks} a ${w - 1} semanas todas fuera del rango de las ${w} semanas anteriores, y su media al menos ${SHIFT_DEFAULTS.shiftFactor} veces o a lo más 1/${SHIFT_DEFAULTS.shiftFactor} de la media de esas semanas): entonces la media de las semanas desde el cambio.` +
      (shifts.length ? ` Cambios de nivel encontrados: ${shiftsEs}. Un nivel visto pocas semanas puede no durar (las semanas del INM tuvieron caídas de 2 a 3 semanas que se recuperaron): el intervalo de 80% incluye esos errores.` : ' No se encontró cambio de nivel.') +
      ` Intervalo de 80%: los percentiles 10 y 90 de la razón entre lo que ocurrió de 1 a ${horizon} semana${horizon === 1 ? '' : 's'} después y lo que este método pronosticaba entonces, en cada semana pasada. En una prueba retrospectiva con las semanas del INM (horizontes de 1 a 12) cerca de dos tercios de las semanas cayeron dentro de un intervalo así, no el 80%: léalo como un rango estrecho. El plan usa ${level === 'high' ? 'el límite superior de 80%' : 'el nivel central'}.`
    : ' No se usa pronóstico.';
  const replayOne = split.replay.length === 1;
  if (split.replay.length) {
    assumptions.push(
      a('replay', 'data', { replayWeeks: split.replay, forecastWeeks: split.forecast }, `Replay: ${replayOne ? `${weeksEn(split.replay)} is in INM's data, so its arrivals are what INM recorded in that week` : `${weeksEn(split.replay)} are in INM's data, so their arrivals are what INM recorded in those weeks`}, not a forecast.` + (split.forecast.length ? ` ${cap(weeksEn(split.forecast, ''))} ${split.forecast.length === 1 ? 'comes' : 'come'} after the data and ${split.forecast.length === 1 ? 'is' : 'are'} forecast.` : ''), `Repetición: ${replayOne ? `${weeksEs(split.replay)} está en los datos del INM, así que sus llegadas son las que el INM registró esa semana` : `${weeksEs(split.replay)} están en los datos del INM, así que sus llegadas son las que el INM registró esas semanas`}, no un pronóstico.` + (split.forecast.length ? ` ${cap(weeksEs(split.forecast, false))} ${split.forecast.length === 1 ? 'es posterior a los datos y se pronostica' : 'son posteriores a los datos y se pronostican'}.` : '')),
    );
  }
  assumptions.push(
    a('arrivals', 'data', { source: r.source, firstDay: r.firstDay, lastDay: r.lastDay, weeksOfData: r.weeks.length, outlookUntil: split.outlookUntil, replayWeeks: split.replay, forecastWeeks: split.forecast, weeksAhead: ahead, level, forecast }, `Arrivals: people received from the US by Mexico's northern border states, INM daily files (${r.source}; unofficial, provisional; events, not people), ${weeksEn(r.weeks, 'complete ')}.${replayEn}${forecastEn}`, `Llegadas: personas recibidas desde EE. UU. por los estados de la frontera norte, archivos diarios del INM (${r.source.replace(' vintage ', ', versión ')}; no oficiales, provisionales; eventos, no personas), ${r.weeks.length === 1 ? 'la semana completa' : 'las semanas completas'} ${span(r.weeks).es}.${replayEs}${forecastEs}`),
    familyAssumption(pa, 'INM gives adults, minors and (for Mexicans) unaccompanied minors; the other minors are taken to travel in family units', 'el INM da adultos, menores y (para mexicanos) menores no acompañados; los demás menores se suponen en unidades familiares'),
  );
  return { flowsByCity, forecast };
}

async function fromScenario(conn: DuckDBConnection, rows: ScenarioRow[], weeks: string[], pa: PlanningAssumptions, male: number, origin: { file: string } | { engine: EngineArrivals }, assumptions: Assumption[], names: CityCatalogue) {
  const zero = () => weeks.map(() => 0);
  const byPlace = new Map<string, { adults: number[]; acc: number[]; uc: number[]; men: number[]; women: number[]; famPeople: number[] }>();
  let outside = 0;
  let mix: { adults: number; acc: number; uc: number } | null = null;
  for (const row of rows) {
    const perWeek = spreadOverWeeks(row, weeks);
    outside += row.people - perWeek.reduce((x, y) => x + y, 0);
    const key = 'state' in row.place ? `state:${row.place.state}` : `city:${row.place.city}`;
    const p = byPlace.get(key) ?? { adults: zero(), acc: zero(), uc: zero(), men: zero(), women: zero(), famPeople: zero() };
    byPlace.set(key, p);
    const add = (xs: number[], share = 1) => perWeek.forEach((v, i) => (xs[i] += v * share));
    if (row.kind === 'men') add(p.men);
    else if (row.kind === 'women') add(p.women);
    else if (row.kind === 'minors') add(p.uc);
    else if (row.kind === 'families') add(p.famPeople);
    else if (row.kind === 'adults') add(p.adults);
    else {
      mix ??= await kindMix(conn, pa.forecastWindowWeeks);
      add(p.adults, mix.adults);
      add(p.acc, mix.acc);
      add(p.uc, mix.uc);
    }
  }
  const flowsByCity = new Map<string, KindFlows>();
  const meanSize = meanAdults(pa.familyComposition) + meanChildren(pa.familyComposition);
  for (const [key, p] of byPlace) {
    const flows = splitKinds(p.adults, p.acc, p.uc, pa.familyComposition, male);
    p.men.forEach((v, i) => (flows.men[i] += v));
    p.women.forEach((v, i) => (flows.women[i] += v));
    for (const f of pa.familyComposition) {
      const size = f.adults + f.children;
      const xs = flows.families.get(size)!;
      p.famPeople.forEach((v, i) => (xs[i] += (v / meanSize) * f.share));
    }
    const [kind, code] = key.split(':');
    if (kind === 'city') merge(flowsByCity, code, flows);
    else await toCities(conn, code, flows, pa, flowsByCity, assumptions, names, 'engine' in origin ? STATE_ONLY.engine : STATE_ONLY.file);
  }
  const splitEn = mix ? `split as INM's files split the last ${pa.forecastWindowWeeks} weeks: adults ${pct(mix.adults)}, minors in families ${pct(mix.acc)}, unaccompanied minors ${pct(mix.uc)}.` : '';
  const splitEs = mix ? `como en los archivos del INM de las últimas ${pa.forecastWindowWeeks} semanas: adultos ${pct(mix.adults)}, menores en familia ${pct(mix.acc)}, menores no acompañados ${pct(mix.uc)}.` : '';
  if ('engine' in origin) {
    const m = origin.engine.months;
    assumptions.push(
      a(
        'arrivals',
        'data',
        { scenario: origin.engine.scenario.name, quantile: origin.engine.quantile, stateMonths: rows.length, outsideHorizon: Math.round(outside), byKind: Object.fromEntries(Object.entries(origin.engine.byKind).map(([k, v]) => [k, Math.round(v)])), mix },
        `Arrivals: the scenario engine's people sent back into each northern border state each month (see the scenario above), ${monthRangeWords(m[0], m.at(-1)!).en}, spread evenly over the days of each month. ${fmt(outside)} of them fall outside the planned weeks and are not planned. ${engineKinds(origin.engine, 'en')}${mix ? ` The people sent under Title 8 (the level the engine holds outside Title 42, without demographics) are ${splitEn}` : ''}`,
        `Llegadas: las personas que el motor de escenarios devuelve a cada estado de la frontera norte cada mes (ver el escenario arriba), ${monthRangeWords(m[0], m.at(-1)!).es}, repartidas por igual entre los días de cada mes. ${fmt(outside)} de ellas caen fuera de las semanas planeadas y no se planean. ${engineKinds(origin.engine, 'es')}${mix ? ` Las personas enviadas bajo el Título 8 (el nivel que el motor mantiene fuera del Título 42, sin grupos demográficos) se reparten ${splitEs}` : ''}`,
      ),
      familyAssumption(pa, 'family people are split into units by this composition', 'las personas en familia se reparten en unidades según esta composición'),
    );
    return flowsByCity;
  }
  const file = origin.file;
  assumptions.push(
    a('arrivals', 'user', { file: file.split(/[\\/]/).pop(), rows: rows.length, outsideHorizon: Math.round(outside), mix }, `Arrivals: the user's scenario file (${rows.length} row${rows.length === 1 ? '' : 's'}); months are spread evenly over their days. ${fmt(outside)} ${Math.round(outside) === 1 ? 'person falls' : 'people fall'} outside the planned weeks and ${Math.round(outside) === 1 ? 'is' : 'are'} not planned.${mix ? ` Rows of kind "all" are ${splitEn}` : ''}`, `Llegadas: el archivo de escenario del usuario (${rows.length} fila${rows.length === 1 ? '' : 's'}); los meses se reparten por igual entre sus días. ${fmt(outside)} ${Math.round(outside) === 1 ? 'persona cae' : 'personas caen'} fuera de las semanas planeadas y no se ${Math.round(outside) === 1 ? 'planea' : 'planean'}.${mix ? ` Las filas de tipo "all" se reparten ${splitEs}` : ''}`),
    familyAssumption(pa, 'family people are split into units by this composition', 'las personas en familia se reparten en unidades según esta composición'),
  );
  return flowsByCity;
}

/** The kinds the engine's demographics give, in words: the people it expels keep them. */
function engineKinds(e: EngineArrivals, lang: 'en' | 'es'): string {
  const k = (kind: 'adults' | 'families' | 'minors') => fmt(e.byKind[kind] ?? 0);
  return lang === 'en'
    ? `The people the engine expels keep its demographics: ${k('adults')} single adults (men and women by the share of men), ${k('families')} people in family units, ${k('minors')} unaccompanied children (over all states and months).`
    : `Las personas que el motor expulsa conservan sus grupos demográficos: ${k('adults')} adultos solos (hombres y mujeres según la proporción de hombres), ${k('families')} personas en unidades familiares, ${k('minors')} menores no acompañados (en todos los estados y meses).`;
}

/** Shares of adults, minors in families and unaccompanied minors over INM's last weeks (all northern border states). */
async function kindMix(conn: DuckDBConnection, window: number) {
  const r = await receivedWeeks(conn);
  const sum = (pick: (s: ReceivedWeeks['states'][number]) => number[]) => r.states.reduce((x, s) => x + pick(s).slice(-window).reduce((p, q) => p + q, 0), 0);
  const adults = sum((s) => s.adults);
  const acc = sum((s) => s.accompaniedMinors);
  const uc = sum((s) => s.unaccompaniedMinors);
  const total = adults + acc + uc;
  return { adults: adults / total, acc: acc / total, uc: uc / total };
}

/** Who gives the arrivals by state only, which is why they are split to cities by population. */
const STATE_ONLY = {
  inm: { en: 'INM reports only the state', es: 'el INM solo informa el estado' },
  engine: { en: 'the scenario engine gives only the state', es: 'el motor de escenarios solo da el estado' },
  file: { en: 'the arrivals file gives only the state', es: 'el archivo de llegadas solo da el estado' },
};

async function toCities(conn: DuckDBConnection, state: string, flows: KindFlows, pa: PlanningAssumptions, out: Map<string, KindFlows>, assumptions: Assumption[], names: CityCatalogue, given = STATE_ONLY.inm) {
  const points = pa.receivingPoints[state];
  if (!points) throw new UsageError(
    `arrivals in ${STATE_NAMES[state] ?? state} (${state}) but no receiving point for it in the assumptions file ("receivingPoints")`,
    `hay llegadas en ${STATE_NAMES[state] ?? state} (${state}) pero ningún punto de recepción para ese estado en el archivo de supuestos ("receivingPoints")`,
  );
  const { shares, basis } = await cityShares(conn, points, pa.cityShares);
  for (const [city, share] of shares) merge(out, city, scaleFlows(flows, share));
  const list = [...shares].map(([c, s]) => `${names.get(c)?.name ?? c} ${pct(s)}`).join(', ');
  if (!assumptions.some((x) => x.id === `city-shares:${state}`)) {
    assumptions.push(
      a(`city-shares:${state}`, basis, Object.fromEntries(shares), `${STATE_NAMES[state]}: arrivals split among its receiving points ${basis === 'data' ? `by 2020 census population (INEGI), a proxy: ${given.en}` : 'by the shares in the assumptions file'}: ${list}.`, `${STATE_NAMES[state]}: llegadas repartidas entre sus puntos de recepción ${basis === 'data' ? `según la población del censo 2020 (INEGI), una aproximación: ${given.es}` : 'según las proporciones del archivo de supuestos'}: ${list}.`),
    );
  }
}

function merge(out: Map<string, KindFlows>, city: string, f: KindFlows) {
  const prev = out.get(city);
  if (!prev) {
    out.set(city, f);
    return;
  }
  const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]);
  prev.men = add(prev.men, f.men);
  prev.women = add(prev.women, f.women);
  prev.minors = add(prev.minors, f.minors);
  for (const [size, xs] of f.families) prev.families.set(size, prev.families.has(size) ? add(prev.families.get(size)!, xs) : xs);
}

function familyAssumption(pa: PlanningAssumptions, whyEn: string, whyEs: string): Assumption {
  const list = pa.familyComposition.map((f) => `${f.adults}+${f.children} ${pct(f.share)}`).join(', ');
  return a('families', 'default', pa.familyComposition, `Family units (adults + children, share of units): ${list}; ${whyEn}. Their adults are taken out of the single adults. A planning estimate, not from data.`, `Unidades familiares (adultos + menores, proporción de unidades): ${list}; ${whyEs}. Sus adultos se restan de los adultos solos. Estimación de planeación, no de datos.`);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const mondayOnOrAfter = (day: string) => (mondayOf(day) === day ? day : addDays(mondayOf(day), 7));
const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: number[]) => xs.reduce((p, q) => p + q, 0) / xs.length;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

/** A sentence's first letter in capitals (a phrase that opens a sentence). */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
