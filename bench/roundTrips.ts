/**
 * Counts HTTP requests and sequential round trips: a request's depth is one more than the
 * deepest request that had finished before it started; the deepest is the number of round
 * trips a user waits through, one after another.
 */
export class RoundTripCounter {
  private finished: { end: number; depth: number }[] = [];
  requests = 0;
  maxDepth = 0;
  private clock = 0;

  /** A `fetch` that counts what goes through it. */
  readonly fetch: typeof fetch = async (input, init) => {
    const start = ++this.clock;
    const depth =
      1 + Math.max(0, ...this.finished.filter((f) => f.end < start).map((f) => f.depth));
    this.requests += 1;
    try {
      return await fetch(input, init);
    } finally {
      this.finished.push({ end: ++this.clock, depth });
      this.maxDepth = Math.max(this.maxDepth, depth);
    }
  };
}
