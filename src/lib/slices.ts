/**
 * @module
 * Long work split into slices of about a millisecond, with the other callbacks waiting on
 * the event loop run between slices. A server has one thread: a 5,000-row answer built in
 * one go holds every other request (each a fraction of a millisecond) behind it for
 * 10-30 ms (issue 15, bench/api-distinct.ts). Giving way puts the rest of the long work
 * behind what is waiting (sockets with a request ready), not in front of it. Elsewhere (a
 * command with nothing else to do) a slice costs one turn of the loop, a few microseconds.
 */
export class Slices {
  private start = performance.now();

  constructor(private readonly ms = 1) {}

  /** True when the current slice has run its time: `await giveWay()` then. */
  get due(): boolean {
    return performance.now() - this.start >= this.ms;
  }

  /** Lets the callbacks waiting on the event loop run, then starts a new slice. */
  async giveWay(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.start = performance.now();
  }
}
