/**
 * How a serving command ends on SIGTERM or SIGINT (kill, Ctrl-C): stop listening, close
 * the connections, close the store, exit. If closing takes longer than `graceMs`, or a
 * second signal comes, the process exits at once: it never lingers holding the store
 * or the port.
 */
export function stopOnSignals(close: () => Promise<void>, graceMs = 4_000): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stderr.write(`corridor: ${signal}: stopping\n`);
    setTimeout(() => {
      process.stderr.write(`corridor: not closed within ${graceMs / 1000} s: exiting anyway\n`);
      process.exit(1);
    }, graceMs);
    close().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`corridor: while stopping: ${(e as Error)?.message ?? String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
