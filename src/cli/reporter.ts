/**
 * Ingest progress: a progress bar on a terminal, structured logs (pino, on stderr)
 * everywhere else, so CI logs and pipes stay quiet and parseable. Both are loaded
 * when an ingest starts, so that the other commands never load them.
 */
import type { IngestReporter, SourceOutcome } from '../ingest/ingest.js';

export async function makeReporter(tty = Boolean(process.stderr.isTTY)): Promise<IngestReporter> {
  if (!tty) {
    const { default: pino } = await import('pino');
    const log = pino({ level: process.env.CORRIDOR_LOG_LEVEL ?? 'info' }, pino.destination(2));
    return {
      begin: (sources) => log.info({ sources }, 'ingest started'),
      step: (source, what, fraction) => { if (fraction === undefined) log.debug({ source, what }, 'ingest step'); },
      end: (o: SourceOutcome) =>
        o.error
          ? log.error({ source: o.source, seconds: o.seconds, error: o.error.message }, 'source failed')
          : log.info({ source: o.source, status: o.status, vintage: o.vintage, ...(o.reread ? { reread_of: o.reread.of } : {}), observations: o.observations, seconds: o.seconds }, 'source done'),
    };
  }
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} sources | {source} {what}', hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  return {
    begin: (sources) => bar.start(sources.length, 0, { source: '', what: '' }),
    step: (source, what, fraction) => bar.update({ source, what: fraction === undefined ? what : `${what} ${Math.round(fraction * 100)}%` }),
    end: (o) => {
      bar.increment(1, { source: o.source, what: o.status });
      if (bar.getProgress() >= 1) bar.stop();
    },
  };
}
