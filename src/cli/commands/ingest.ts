import type { Command } from 'commander';
import { parseFormat } from '../format.js';
import { renderIn } from '../columns.js';
import { parseLang } from '../lang.js';
import { loadWords } from '../load-words.js';
import { withStore, type GlobalOptions } from '../context.js';
import type { IngestCliOptions } from '../load.js';
import type { SourceOutcome } from '../../ingest/ingest.js';
import type { Store } from '../../store/open.js';
import type { Lang } from '../lang.js';

/** A failed source's latest vintage, the one the store keeps (null: the store never held the source). */
interface Kept {
  source: string;
  vintage: number | null;
  loaded: string | null;
}

async function keptVintages(store: Store, outcomes: SourceOutcome[]): Promise<Kept[]> {
  const { rows } = await import('../../store/open.js');
  const kept: Kept[] = [];
  for (const o of outcomes.filter((x) => x.status === 'failed')) {
    const [v] = await rows<{ id: number; loaded: string }>(
      store.conn,
      "SELECT id, strftime(loaded_at, '%Y-%m-%d %H:%M') AS loaded FROM vintages WHERE source_id = ? ORDER BY id DESC LIMIT 1",
      [o.source],
    );
    kept.push({ source: o.source, vintage: v?.id ?? null, loaded: v?.loaded ?? null });
  }
  return kept;
}

/**
 * What a failed source leaves, said beside the table's error: nothing of it is written, and the
 * vintage the store already held stays, served by a running server. Before, the table said
 * "failed" and why, but not whether the data users see had changed.
 */
export function keptLine(k: Kept, lang: Lang): string {
  if (lang === 'es')
    return k.vintage === null
      ? `${k.source} falló: no se escribió nada de ella, y el almacén no tiene ninguna versión anterior de esta fuente (corrija el archivo que señala el error y ejecute de nuevo "corridor ingest --only ${k.source}")`
      : `${k.source} falló: no se escribió nada de ella; el almacén conserva su versión ${k.vintage} (cargada el ${k.loaded}), la que un servidor en marcha sigue sirviendo (corrija el archivo que señala el error y ejecute de nuevo "corridor ingest --only ${k.source}")`;
  return k.vintage === null
    ? `${k.source} failed: nothing of it was written, and the store holds no earlier vintage of this source (fix the file the error names and run "corridor ingest --only ${k.source}" again)`
    : `${k.source} failed: nothing of it was written; the store keeps its vintage ${k.vintage} (loaded ${k.loaded}), which a running server goes on serving (fix the file the error names and run "corridor ingest --only ${k.source}" again)`;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('load every source into the store (from a local mirror, or downloaded from the publishers), then re-run the reconciliation checks')
    .option('--from <dir>', 'read a local mirror laid out as the shared data folder (default: $CORRIDOR_MIRROR)')
    .option('--only <source...>', 'load only these sources')
    .option('--cache <dir>', 'where downloaded files are kept', '.cache/downloads')
    .option('--refresh', 'download again even when a file is cached')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--lang <lang>', 'en or es', 'en')
    .action(async (opts: IngestCliOptions & { format: string; lang: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const lang = parseLang(opts.lang);
      const { checksLine, loadAndCheck, loadChanged, outcomeRecords, checkIngestOptions, rereadLine } = await import('../load.js');
      // Refused before the store is opened: a misspelt source or folder creates and changes nothing.
      checkIngestOptions(opts);
      // Written to a copy and published at the end: readers and servers keep the previous version meanwhile.
      const report = await withStore(
        cmd.optsWithGlobals<GlobalOptions>(),
        async (store) => {
          const loaded = await loadAndCheck(store, opts);
          return { ...loaded, kept: await keptVintages(store, loaded.outcomes) };
        },
        loadChanged,
      );
      process.stdout.write(`${renderIn(lang, format, outcomeRecords(report.outcomes, lang))}\n`);
      // Said plainly beside the table's statuses: unchanged files read again, and why.
      const reread = rereadLine(report.outcomes, lang);
      if (reread) process.stderr.write(`corridor: ${reread}\n`);
      for (const k of report.kept) process.stderr.write(`corridor: ${keptLine(k, lang)}\n`);
      if (report.checks) process.stderr.write(`corridor: ${loadWords(lang).ranChecks(checksLine(report.checks, lang))}\n`);
      if (report.outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
    });
}
