import type { Command } from 'commander';
import { listSources, sourceText } from '../../store/catalog.js';
import { diffLatestVintages } from '../../store/diff.js';
import { showPeriod } from '../../store/query/periods.js';
import { parseFormat, render } from '../format.js';
import { readStore, type GlobalOptions } from '../context.js';
import { parseLang } from '../lang.js';
import { rows } from '../../store/open.js';
import type { DuckDBConnection } from '@duckdb/node-api';

const WORDS = {
  en: {
    source: 'source', publisher: 'publisher', coverage: 'coverage', observations: 'observations', vintages: 'vintages', loaded: 'loaded',
    thirdPartyCol: 'third_party', url: 'url', yes: 'yes', to: 'to', thirdParty: 'third party', provisional: 'provisional',
    licence: 'licence', rows: 'rows', data: 'data', older: 'vintages', none: 'No source has more than one vintage yet.',
    // The columns of --diff, one per count of cells of a table.
    dataset: 'dataset', added: 'added', removed: 'removed', revised: 'revised', unchanged: 'unchanged',
    /** A source with no period: what it holds instead (boundaries for maps), or nothing yet. */
    noPeriod: (shapes: number) => (shapes > 0 ? `no period: ${shapes} boundar${shapes === 1 ? 'y' : 'ies'} for maps, no figures` : 'no period: no figures'),
    json: 'File names, URLs and sha256 of every vintage: corridor sources --format json',
    rowsLine: (n: string, v: number, latest: number, at: string, rereadOf: number | null) =>
      `${n} observations; ${v} vintage(s), latest ${latest}, loaded ${at}${rereadOf === null ? '' : ` (vintage ${rereadOf}'s files, read again by a newer reader of this source in corridor)`}`,
    locale: 'en-US',
  },
  es: {
    source: 'fuente', publisher: 'editor', coverage: 'cobertura', observations: 'observaciones', vintages: 'versiones', loaded: 'cargada',
    thirdPartyCol: 'de_terceros', url: 'url', yes: 'sí', to: 'a', thirdParty: 'de terceros', provisional: 'provisional',
    licence: 'licencia', rows: 'filas', data: 'datos', older: 'versiones', none: 'Ninguna fuente tiene todavía más de una versión.',
    dataset: 'tabla', added: 'añadidas', removed: 'quitadas', revised: 'revisadas', unchanged: 'sin cambios',
    noPeriod: (shapes: number) => (shapes > 0 ? `sin periodo: ${shapes} límite${shapes === 1 ? '' : 's'} para mapas, sin cifras` : 'sin periodo: sin cifras'),
    json: 'Nombres de archivo, URL y sha256 de cada versión: corridor sources --format json',
    rowsLine: (n: string, v: number, latest: number, at: string, rereadOf: number | null) =>
      `${n} observaciones; ${v} versión(es), la última ${latest}, cargada ${at}${rereadOf === null ? '' : ` (los archivos de la versión ${rereadOf}, leídos de nuevo por un lector más reciente de esta fuente en corridor)`}`,
    locale: 'es-MX',
  },
};

export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('list each source: publisher, URL, licence, coverage, rows, vintages, when loaded')
    .option('--diff', 'show what the newest vintage of each source changed from the one before')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or es', 'en')
    .action(async (opts: { diff?: boolean; format: string; lang: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang = parseLang(opts.lang);
      const w = WORDS[lang];
      await readStore(cmd.optsWithGlobals<GlobalOptions>(), async (store) => {
        const sources = await listSources(store.conn);
        if (!opts.diff) {
          const shapes = await shapesBySource(store.conn);
          // The months of its figures; a source without figures (the states' boundaries) says what it holds instead.
          const span = (s: (typeof sources)[number]) =>
            s.first_period && s.last_period ? `${showPeriod(s.first_period, 'month')} ${w.to} ${showPeriod(s.last_period, 'month')}` : w.noPeriod(shapes.get(s.id) ?? 0);
          const records = sources.map((s) => ({
            [w.source]: s.id,
            [w.publisher]: sourceText(s, 'publisher')[lang],
            [w.coverage]: span(s),
            [w.observations]: s.observations,
            [w.vintages]: s.vintages,
            [w.loaded]: s.loaded_at,
            [w.thirdPartyCol]: s.third_party ? w.yes : '',
            [w.url]: s.landing_page,
          }));
          const full = sources.map((s) => ({ ...s }));
          if (format !== 'table') {
            process.stdout.write(`${render(format, records, full)}\n`);
            return;
          }
          // One block per source: the licence notes and coverage texts are too long for columns.
          const label = (word: string) => `${word}:`.padEnd(12);
          for (const s of sources) {
            process.stdout.write(
              [
                `${s.id}${s.third_party ? ` (${w.thirdParty})` : ''}${s.provisional ? ` (${w.provisional})` : ''}: ${lang === 'es' ? s.title_es : s.title_en}`,
                `  ${label(w.publisher)}${sourceText(s, 'publisher')[lang]}`,
                `  ${label(w.url)}${s.landing_page}`,
                `  ${label(w.licence)}${sourceText(s, 'licence')[lang]}`,
                `  ${label(w.coverage)}${sourceText(s, 'coverage')[lang]} [${s.first_period ? `${w.data} ` : ''}${span(s)}]`,
                `  ${label(w.rows)}${w.rowsLine(s.observations.toLocaleString(w.locale), s.vintages, s.latest_vintage, s.loaded_at, s.latest_reread_of === null ? null : Number(s.latest_reread_of))}`,
                '',
              ].join('\n'),
            );
          }
          process.stdout.write(`${w.json}\n`);
          return;
        }
        const diffs = [];
        for (const s of sources) {
          const d = await diffLatestVintages(store.conn, s.id);
          if (d) diffs.push(d);
        }
        // Every column in the language asked for (JSON keeps the field names: it is for programs).
        const records = diffs.flatMap((d) =>
          d.tables.map((t) => ({
            [w.source]: d.source,
            [w.older]: `${d.older} -> ${d.newer}`,
            [w.dataset]: t.dataset,
            [w.added]: t.added,
            [w.removed]: t.removed,
            [w.revised]: t.revised,
            [w.unchanged]: t.unchanged,
          })),
        );
        if (format === 'table' && diffs.length === 0) process.stdout.write(`${w.none}\n`);
        else process.stdout.write(`${render(format, records, diffs)}\n`);
      });
    });
}

/** How many boundaries (place_shapes) each source holds: what a source of maps holds instead of figures. */
async function shapesBySource(conn: DuckDBConnection): Promise<Map<string, number>> {
  const found = await rows<{ source: string; n: number }>(conn, 'SELECT source_id AS source, count(*)::INT AS n FROM place_shapes GROUP BY source_id');
  return new Map(found.map((r) => [r.source, Number(r.n)]));
}
