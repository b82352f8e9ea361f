/**
 * Says in words what a rank check found: the figure, the window, what beat or tied it,
 * what could not be compared, and since when it is the highest (or lowest).
 */
import { fromToLabel, periodLabel, rangeLabel, runs, spanLabel } from '../periods.js';
import type { RankResult } from '../rank.js';
import type { Bilingual, Grain, Lang, Point } from '../types.js';
import { figure, num, partsLabel, UNIT } from '../words.js';

/** At most three figures, then how many more. */
function examples(points: Point[], lang: Lang): string {
  const shown = points.slice(0, 3).map((p) => figure(p, lang)).join('; ');
  return points.length > 3 ? `${shown}; ${lang === 'es' ? `y ${points.length - 3} más` : `and ${points.length - 3} more`}` : shown;
}

function one(r: RankResult, grain: Grain, lang: Lang): { short: string; long: string } {
  const es = lang === 'es';
  const [unit, units] = UNIT[grain][lang];
  const more = r.direction === 'max' ? (es ? 'más' : 'more') : es ? 'menos' : 'fewer';
  if (!r.target) return { short: es ? 'el almacén no tiene cifra para ese periodo' : 'the store has no figure for that period', long: es ? 'El almacén no tiene cifra para ese periodo con esta definición.' : 'The store has no figure for that period under this definition.' };
  const t = r.target;
  const head = figure(t, lang);
  if (r.reason === 'suppressed') return { short: es ? 'la cifra está suprimida' : 'the figure is suppressed', long: `${head}.` };
  if (r.reason === 'no-earlier') {
    const msg = es ? `no hay ningún otro ${unit} en el almacén con el que compararlo: sus cifras empiezan en ${periodLabel(t.period, grain, lang)}` : `the store has no other ${unit} to compare it with: its figures start in ${periodLabel(t.period, grain, lang)}`;
    return { short: msg, long: `${head}. ${msg.charAt(0).toUpperCase()}${msg.slice(1)}.` };
  }
  const range = r.first && r.last ? ` (${rangeLabel(r.first, r.last, grain, lang)})` : '';
  const w = r.window;
  const window =
    w.kind === 'years'
      ? es
        ? `los ${w.years === 1 ? 'último año' : `${w.years} años`} anteriores${range}`
        : `the ${w.years === 1 ? 'year' : `${w.years} years`} before it${range}`
      : w.kind === 'months'
        ? es
          ? `los ${w.months === 1 ? 'último mes' : `${w.months} meses`} anteriores${range}`
          : `the ${w.months === 1 ? 'month' : `${w.months} months`} before it${range}`
      : w.kind === 'between'
        ? es
          ? `los ${units} ${w.first === w.last ? `de ${periodLabel(w.first, grain, lang)}` : fromToLabel(w.first, w.last, grain, lang)}`
          : `the ${units} ${w.first === w.last ? `of ${periodLabel(w.first, grain, lang)}` : fromToLabel(w.first, w.last, grain, lang)}`
      : w.kind === 'since'
        ? es
          ? `el lapso desde ${periodLabel(w.period, grain, lang)}${range}`
          : `the span since ${periodLabel(w.period, grain, lang)}${range}`
        : es
          ? `los ${units} anteriores del almacén${range}`
          : `the earlier ${units} in the store${range}`;
  const sinceText = r.since
    ? es
      ? `El último ${unit} con ${r.since.value === t.value ? 'la misma cifra' : `${more}`} fue ${periodLabel(r.since.period, grain, lang)} (${num(r.since.value!)}), ${spanLabel(r.since.period, t.period, grain, lang)} antes.`
      : `The last ${unit} with ${r.since.value === t.value ? 'the same figure' : more} was ${periodLabel(r.since.period, grain, lang)} (${num(r.since.value!)}), ${spanLabel(r.since.period, t.period, grain, lang)} earlier.`
    : r.seriesStart && !r.sinceBlocked
      ? es
        ? `Ningún ${unit} anterior en la serie (desde ${periodLabel(r.seriesStart, grain, lang)}) tuvo ${more}.`
        : `No earlier ${unit} in the series (from ${periodLabel(r.seriesStart, grain, lang)}) had ${more}.`
      : '';
  const partialTarget = t.complete ? '' : es ? ' El periodo está incompleto: su cifra es un mínimo.' : ' The period is incomplete: its figure is a lower bound.';
  const lines: string[] = [`${head}.${partialTarget}`];
  let short = '';
  if (r.status === 'false') {
    const top = [...r.beyond].sort((a, b) => (r.direction === 'max' ? b.value! - a.value! : a.value! - b.value!))[0];
    lines.push(es ? `En ${window}, ${r.beyond.length} ${r.beyond.length === 1 ? unit : units} tuvieron ${more}; el extremo: ${figure(top, lang)}.` : `In ${window}, ${r.beyond.length} ${r.beyond.length === 1 ? unit : units} had ${more}; the extreme: ${figure(top, lang)}.`);
    short = es ? `${r.beyond.length} ${r.beyond.length === 1 ? unit : units} de la ventana tuvieron ${more} (p. ej. ${periodLabel(top.period, grain, lang)}: ${num(top.value!)})` : `${r.beyond.length} ${r.beyond.length === 1 ? unit : units} in the window had ${more} (e.g. ${periodLabel(top.period, grain, lang)}: ${num(top.value!)})`;
  } else if (r.status === 'tied') {
    lines.push(es ? `Empata con ${r.tied.map((p) => figure(p, lang)).join('; ')}.` : `Tied with ${r.tied.map((p) => figure(p, lang)).join('; ')}.`);
    short = es ? `empata con ${r.tied.map((p) => periodLabel(p.period, grain, lang)).join(', ')}` : `tied with ${r.tied.map((p) => periodLabel(p.period, grain, lang)).join(', ')}`;
  } else if (r.status === 'true') {
    lines.push(r.span ? (es ? `Ningún ${unit} de ${window} tuvo ${more}.` : `No ${unit} in ${window} had ${more}.`) : es ? 'Es el primer periodo de la serie.' : 'It is the first period of the series.');
    const start = r.seriesStart ? periodLabel(r.seriesStart, grain, lang) : '';
    short = w.kind === 'between'
      ? es
        ? `${num(t.value!)}, ${r.direction === 'max' ? 'más' : 'menos'} que cada uno de ${window}`
        : `${num(t.value!)}, ${r.direction === 'max' ? 'more' : 'fewer'} than every one of ${window}`
      : r.since ? (es ? `el ${r.direction === 'max' ? 'más alto' : 'más bajo'} desde ${periodLabel(r.since.period, grain, lang)} (${num(r.since.value!)}), ${spanLabel(r.since.period, t.period, grain, lang)} antes` : `the ${r.direction === 'max' ? 'highest' : 'lowest'} since ${periodLabel(r.since.period, grain, lang)} (${num(r.since.value!)}), ${spanLabel(r.since.period, t.period, grain, lang)} earlier`) : es ? `ningún ${unit} anterior en el almacén (desde ${start}) tuvo ${more}` : `no earlier ${unit} in the store (from ${start}) had ${more}`;
  } else {
    const why: string[] = [];
    if (r.missing.length) {
      const gaps = runs(r.missing, grain).map(([a, b]) => rangeLabel(a, b, grain, lang)).join(', ');
      why.push(es ? `${r.missing.length} ${r.missing.length === 1 ? unit : units} de la ventana no tienen cifra con esta definición (${gaps})` : `${r.missing.length} ${r.missing.length === 1 ? unit : units} of the window have no figure under this definition (${gaps})`);
    }
    if (r.nulls.length) why.push(es ? `${r.nulls.length} cifras suprimidas` : `${r.nulls.length} suppressed figures`);
    if (r.unknown.length && !t.complete) {
      why.push(es ? `el periodo está incompleto (${partsLabel(t, lang)}) y su cifra completa podría pasar a ${r.unknown.length} ${r.unknown.length === 1 ? unit : units} de la ventana (p. ej. ${examples(r.unknown, lang)})` : `the period is incomplete (${partsLabel(t, lang)}) and its full figure could pass ${r.unknown.length} ${r.unknown.length === 1 ? unit : units} of the window (e.g. ${examples(r.unknown, lang)})`);
    } else if (r.unknown.length) {
      why.push(es ? `${r.unknown.length} ${r.unknown.length === 1 ? unit : units} de la ventana están incompletos y no se pueden comparar (${examples(r.unknown, lang)})` : `${r.unknown.length} ${r.unknown.length === 1 ? unit : units} of the window are incomplete and cannot be compared (${examples(r.unknown, lang)})`);
    }
    if (r.tied.length) why.push(es ? `a lo sumo empataría con ${examples(r.tied, lang)}` : `at best it ties with ${examples(r.tied, lang)}`);
    if (r.close.length) why.push(es ? `la diferencia está dentro del redondeo del editor: ${examples(r.close, lang)}` : `the difference is within the publishers' rounding: ${examples(r.close, lang)}`);
    lines.push(es ? `Ningún periodo con cifra completa de ${window} tuvo ${more}, pero ${why.join('; ')}.` : `No period with a complete figure in ${window} had ${more}, but ${why.join('; ')}.`);
    short = why.join('; ');
  }
  if (r.later.length) {
    const top = [...r.later].sort((a, b) => (r.direction === 'max' ? b.value! - a.value! : a.value! - b.value!))[0];
    lines.push(es ? `Después, ${r.later.length} ${r.later.length === 1 ? unit : units} tuvieron ${more}; el extremo: ${figure(top, lang)}.` : `Later, ${r.later.length} ${r.later.length === 1 ? unit : units} had ${more}; the extreme: ${figure(top, lang)}.`);
  }
  if (sinceText && r.status !== 'true') lines.push(sinceText);
  if (r.status === 'true' && r.since) lines.push(sinceText);
  return { short, long: lines.join(' ') };
}

export function explainRank(r: RankResult, grain: Grain): { short: Bilingual; long: Bilingual } {
  const en = one(r, grain, 'en');
  const es = one(r, grain, 'es');
  return { short: { en: en.short, es: es.short }, long: { en: en.long, es: es.long } };
}
