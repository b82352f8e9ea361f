/**
 * corridor reception plan | alerts | whatif | brief: reception planning for Mexico's northern
 * border cities (docs/RECEPTION.md). Arrivals from INM's files with a forecast, a shipped
 * scenario run by the scenario engine (--scenario NAME, --levers, --quantile), or an arrivals
 * file; beds from a registry file, or the demo registry (UNVERIFIED).
 */
import type { Command } from 'commander';
import { receptionPlan, receptionWhatIf, type Plan } from '../../analysis/reception/run.js';
import { KIND_LABELS, type Alert } from '../../analysis/reception/types.js';
import { dayWords, weekWords, type Bilingual } from '../../model/index.js';
import { UsageError } from '../../errors.js';
import { readStore, type GlobalOptions } from '../context.js';
import { parseFormat, render } from '../format.js';
import { parseLang } from '../lang.js';
import { registerReceptionBrief } from './reception-brief.js';
import { planOptions, withPlanOptions, type CliPlanOptions } from './reception-options.js';

type Lang = 'en' | 'es';

const cityName = (p: Plan, code: string) => p.cities.find((c) => c.code === code)?.name ?? code;

/** Every type of alert (analysis/reception/types.ts Alert.type) as a person reads it; English keeps the type's name. */
export const ALERT_TYPE_LABELS: Record<Alert['type'], Bilingual> = {
  shortfall: { en: 'shortfall', es: 'faltan camas' },
  'site-full': { en: 'site-full', es: 'sitio lleno' },
};

/** The solver's status (analysis/reception/solve.ts SolverReport.status) as a person reads it. */
const STATUS_LABELS: Record<string, Bilingual> = {
  optimal: { en: 'optimal', es: 'óptimo' },
  feasible: { en: 'feasible, not proven optimal', es: 'factible, sin probar que sea óptimo' },
  timeLimit: { en: 'time limit reached', es: 'se alcanzó el límite de tiempo' },
};

export function alertRecords(p: Plan, alerts: Alert[], lang: Lang) {
  const es = lang === 'es';
  return alerts.map((a) => ({
    [es ? 'tipo' : 'type']: ALERT_TYPE_LABELS[a.type]?.[lang] ?? a.type,
    [es ? 'ciudad' : 'city']: cityName(p, a.city),
    [es ? 'quién o dónde' : 'who or where']: a.kind ? KIND_LABELS[a.kind][lang] : p.sites.find((s) => s.id === a.site)?.name ?? a.site ?? '',
    [es ? 'desde' : 'from']: a.week,
    [es ? 'semanas' : 'weeks']: a.weeks,
    [es ? 'personas' : 'people']: a.people ?? null,
    [es ? 'camas que faltan' : 'beds missing']: a.bedsMissing ?? null,
    [es ? 'mensaje' : 'message']: a.message[lang],
  }));
}

function siteRecords(p: Plan, lang: Lang) {
  const es = lang === 'es';
  return p.sites.map((s) => {
    const peak = Math.max(...s.occupancy);
    const t = s.occupancy.indexOf(peak);
    return {
      [es ? 'sitio' : 'site']: s.name,
      [es ? 'ciudad' : 'city']: cityName(p, s.city),
      [es ? 'camas' : 'beds']: Math.max(...s.capacity),
      [es ? 'ocupación máxima' : 'peak occupancy']: Math.round(peak),
      // A site nobody is sent to has no peak week: the first week would be an invented one.
      [es ? 'semana' : 'week']: peak > 0 ? p.weeks[t] : '',
      [es ? 'semanas llenas' : 'weeks full']: s.occupancy.filter((o, i) => s.capacity[i] > 0 && o >= 0.995 * s.capacity[i]).length,
    };
  });
}

/** The occupancy by site and week (CSV): the column names in the reader's language, as the alerts' CSV has them. */
export function occupancyRows(p: Plan, lang: Lang = 'en') {
  const es = lang === 'es';
  return p.sites.flatMap((s) =>
    p.weeks.map((w, i) => ({
      [es ? 'sitio' : 'site']: s.id,
      [es ? 'nombre' : 'name']: s.name,
      [es ? 'ciudad' : 'city']: s.city,
      [es ? 'semana' : 'week']: w,
      [es ? 'capacidad' : 'capacity']: s.capacity[i],
      [es ? 'ocupación' : 'occupancy']: s.occupancy[i],
    })),
  );
}

/** The plan's first line and the solver's; `asked`, the start as the user gave it, is named when its week begins on another day. */
export function summary(p: Plan, lang: Lang, asked?: string): string {
  const people = p.arrivals.reduce((a, x) => a + x.people, 0);
  const es = lang === 'es';
  const moved = asked !== undefined && asked !== p.weeks[0];
  // The first week in words ("the week of 25 May 2026"); a start on another day is named, with its week's Monday.
  const from = moved ? (es ? `la semana del ${dayWords(asked).es} (lunes ${dayWords(p.weeks[0]).es})` : `the week of ${dayWords(asked).en} (Monday ${dayWords(p.weeks[0]).en})`) : weekWords(p.weeks[0])[lang];
  const cities = new Set(p.arrivals.map((a) => a.city)).size;
  const n = (x: number) => x.toLocaleString('en-US');
  // Singular and plural agree with the number, in both languages ("1 site", "1 sitio").
  const of = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;
  const lines = [
    es
      ? `Plan de ${of(p.weeks.length, 'semana', 'semanas')} desde ${from}: ${of(people, 'llegada', 'llegadas')} en ${of(cities, 'ciudad', 'ciudades')}, ${of(p.sites.length, 'sitio', 'sitios')}; ${of(p.solver.unmetPeople, 'persona', 'personas')} sin lugar; ${of(p.solver.personKm, 'persona-km', 'personas-km')}.`
      : `Plan of ${of(p.weeks.length, 'week', 'weeks')} from ${from}: ${of(people, 'arrival', 'arrivals')} in ${of(cities, 'city', 'cities')}, ${of(p.sites.length, 'site', 'sites')}; ${of(p.solver.unmetPeople, 'person', 'people')} without a place; ${of(p.solver.personKm, 'person-km', 'person-km')}.`,
    `HiGHS: ${STATUS_LABELS[p.solver.status]?.[lang] ?? p.solver.status}, ${p.solver.variables} ${es ? 'variables' : 'variables'}, ${p.solver.rows} ${es ? 'restricciones' : 'rows'}, ${p.solver.seconds.toFixed(2)} s.`,
  ];
  // A plan of weeks INM already recorded says so at once: it is a replay of the past, not the outlook.
  const replay = p.assumptions.find((a) => a.id === 'replay');
  if (replay) lines.splice(1, 0, replay.text[lang]);
  return lines.join('\n');
}

/** The replay note of a plan of weeks INM recorded (empty otherwise), as a line to print before a table. */
const replayLine = (p: Plan, lang: Lang) => {
  const replay = p.assumptions.find((a) => a.id === 'replay');
  return replay ? `${replay.text[lang]}\n` : '';
};

function assumptionLines(p: Plan, lang: Lang): string {
  return p.assumptions.map((a) => `- ${a.text[lang]}`).join('\n');
}

export function registerReception(program: Command): void {
  const reception = program.command('reception').description('reception planning for Mexico\'s northern border cities: arrivals, beds, shortfalls (HiGHS)');
  registerReceptionBrief(reception);

  withPlanOptions(reception.command('plan').description('assign the coming weeks\' arrivals to sites: occupancy by site and week, unmet need, alerts, assumptions')).action(
    async (o: CliPlanOptions, cmd: Command) => {
      const format = parseFormat(o.format);
      const lang: Lang = parseLang(o.lang);
      // The options are checked before the store is opened (levers named twice, a bad --weeks, ...).
      const opts = planOptions(o);
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const p = await receptionPlan(store.conn, opts);
        if (format === 'json') process.stdout.write(`${JSON.stringify(p, null, 2)}\n`);
        else if (format === 'csv') process.stdout.write(`${render('csv', occupancyRows(p, lang))}\n`);
        else {
          const heading = (en: string, es: string) => `\n${lang === 'es' ? es : en}\n`;
          process.stdout.write(`${summary(p, lang, o.start)}\n`);
          process.stdout.write(`${heading('Sites', 'Sitios')}${render('table', siteRecords(p, lang))}\n`);
          process.stdout.write(`${heading('Alerts', 'Alertas')}${p.alerts.length ? render('table', alertRecords(p, p.alerts, lang)) : lang === 'es' ? '(ninguna)' : '(none)'}\n`);
          process.stdout.write(`${heading('Assumptions', 'Supuestos')}${assumptionLines(p, lang)}\n`);
        }
      });
    },
  );

  withPlanOptions(reception.command('alerts').description('where and when beds run out, and how many are missing')).action(async (o: CliPlanOptions, cmd: Command) => {
    const format = parseFormat(o.format);
    const lang: Lang = parseLang(o.lang);
    const opts = planOptions(o);
    await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
      const p = await receptionPlan(store.conn, opts);
      if (format === 'json') process.stdout.write(`${JSON.stringify({ weeks: p.weeks, alerts: p.alerts, assumptions: p.assumptions }, null, 2)}\n`);
      else process.stdout.write(`${format === 'table' ? replayLine(p, lang) : ''}${p.alerts.length ? render(format, alertRecords(p, p.alerts, lang)) : lang === 'es' ? '(ninguna alerta)' : '(no alerts)'}\n`);
    });
  });

  withPlanOptions(reception.command('whatif').description('the plan again with more beds, new sites or another scenario, and what changes'))
    .option('--add-beds <site=n...>', 'beds added at a site (its id or name), e.g. --add-beds "campo-crea=300"')
    .option('--open <file>', 'a registry CSV of sites to open')
    .option('--with-scenario <file>', 'another arrivals file for the changed plan')
    .action(async (o: CliPlanOptions & { addBeds?: string[]; open?: string; withScenario?: string }, cmd: Command) => {
      const format = parseFormat(o.format);
      const lang: Lang = parseLang(o.lang);
      const addBeds = (o.addBeds ?? []).map((t) => {
        const m = /^(.+)=(-?\d+)$/.exec(t);
        if (!m) throw new UsageError(
          `--add-beds takes SITE=N (a whole number), not "${t}"`,
          `--add-beds lleva SITIO=N (un número entero), no "${t}"`,
        );
        return { site: m[1].trim(), beds: Number(m[2]) };
      });
      if (addBeds.length === 0 && !o.open && !o.withScenario) throw new UsageError(
        'a what-if needs --add-beds, --open or --with-scenario',
        'un escenario hipotético (what-if) necesita --add-beds, --open o --with-scenario',
      );
      const opts = planOptions(o);
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const r = await receptionWhatIf(store.conn, opts, { addBeds, open: o.open, scenario: o.withScenario });
        if (format === 'json') {
          const { plans, ...rest } = r;
          process.stdout.write(`${JSON.stringify({ ...rest, weeks: plans.changed.weeks }, null, 2)}\n`);
          return;
        }
        const es = lang === 'es';
        const records = [
          { [es ? 'plan' : 'plan']: es ? 'base' : 'base', [es ? 'personas sin lugar' : 'people without a place']: r.base.unmetPeople, [es ? 'personas-km' : 'person-km']: r.base.personKm, [es ? 'alertas' : 'alerts']: r.base.alerts },
          { [es ? 'plan' : 'plan']: es ? 'con cambios' : 'what-if', [es ? 'personas sin lugar' : 'people without a place']: r.changed.unmetPeople, [es ? 'personas-km' : 'person-km']: r.changed.personKm, [es ? 'alertas' : 'alerts']: r.changed.alerts },
        ];
        process.stdout.write(`${format === 'table' ? replayLine(r.plans.base, lang) : ''}${render(format, records)}\n`);
        if (format === 'table') {
          // A city named in either plan: one the changed plan no longer has (nobody arrives there) keeps its name, not its code.
          const named = (code: string) => [r.plans.changed, r.plans.base].map((x) => x.cities.find((c) => c.code === code)?.name).find((n) => n !== undefined) ?? code;
          for (const note of r.notes) process.stdout.write(`\n${note[lang]}\n`);
          if (r.resolved.length) process.stdout.write(`\n${es ? 'Alertas resueltas' : 'Alerts resolved'}\n${r.resolved.map((a) => `- ${a.message[lang]}`).join('\n')}\n`);
          if (r.appeared.length) process.stdout.write(`\n${es ? 'Alertas nuevas' : 'New alerts'}\n${r.appeared.map((a) => `- ${a.message[lang]}`).join('\n')}\n`);
          if (r.unmet.length) process.stdout.write(`\n${render('table', r.unmet.map((u) => ({ [es ? 'ciudad' : 'city']: named(u.city), [es ? 'tipo' : 'kind']: KIND_LABELS[u.kind as keyof typeof KIND_LABELS][lang], [es ? 'antes' : 'before']: u.before, [es ? 'después' : 'after']: u.after })))}\n`);
        }
      });
    });
}
