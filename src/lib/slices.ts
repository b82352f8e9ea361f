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
  private work = 0;

  /**
   * @param ms the length of a slice
   * @param checkEvery units of work (`spent`) between two looks at the clock
   */
  constructor(
    private readonly ms = 1,
    private readonly checkEvery = 16_384,
  ) {}

  /**
   * Counts some work done (a unit is about what reading one cell costs, a few
   * nanoseconds); true when the slice has run its time: `await giveWay()` then.
   */
  spent(units: number): boolean {
    this.work += units;
    if (this.work < this.checkEvery) return false;
    this.work = 0;
    return performance.now() - this.start >= this.ms;
  }

  /** Lets the callbacks waiting on the event loop run, then starts a new slice. */
  async giveWay(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.start = performance.now();
    this.work = 0;
  }
}
