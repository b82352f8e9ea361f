/**
 * @module
 * Long work split into slices of a few milliseconds, with the other callbacks waiting on
 * the event loop run between slices. A server has one thread: a 5,000-row answer built in
 * one go holds every other request (each a fraction of a millisecond) behind it for
 * 10-30 ms (issue 15, bench/api-distinct.ts). Giving way puts the rest of the long work
 * behind what is waiting (sockets with a request ready), not in front of it. Elsewhere (a
 * command with nothing else to do) a slice costs one turn of the loop, a few microseconds.
 */

/**
 * The length of a slice. Each time a request gives way it waits for one turn of every
 * request ready behind it (10-15 ms on a busy 2-core server with 20 connections), so a
 * request of a few milliseconds cut into 1 ms slices waited that turn four or five times.
 * A replay of the distinct query mix's measured costs through such a loop (20 connections,
 * one thread) put the p99 at 74 ms with 1 ms slices and 30-33 ms with 5-12 ms; measured
 * (bench/api-distinct.ts, seed 15, 8 December 2026, noisy machine): 36-41 ms with 4-8 ms
 * against 41-73 ms with 1 ms. With 8 ms, 99% of that mix finishes in one slice, and a short
 * request waits behind at most one slice of each long one.
 */
export const SLICE_MS = 8;

export class Slices {
  private start = performance.now();
  private work = 0;

  /**
   * @param ms the length of a slice
   * @param checkEvery units of work (`spent`) between two looks at the clock
   */
  constructor(
    private readonly ms = SLICE_MS,
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
