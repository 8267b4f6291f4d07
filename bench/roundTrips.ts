import { gzipSync } from 'node:zlib';

/**
 * Counts HTTP requests, the bytes of their answers' bodies (as sent, before any compression on
 * the wire), and sequential round trips: a request's depth is one more than the
 * deepest request that had finished before it started; the deepest is the number of round
 * trips a user waits through, one after another.
 */
export class RoundTripCounter {
  private finished: { end: number; depth: number }[] = [];
  requests = 0;
  bytes = 0;
  gzipBytes = 0;
  maxDepth = 0;
  private clock = 0;

  /** A `fetch` that counts what goes through it. */
  readonly fetch: typeof fetch = async (input, init) => {
    const start = ++this.clock;
    const depth =
      1 + Math.max(0, ...this.finished.filter((f) => f.end < start).map((f) => f.depth));
    this.requests += 1;
    try {
      const response = await fetch(input, init);
      const body = new Uint8Array(await response.clone().arrayBuffer());
      this.bytes += body.byteLength;
      this.gzipBytes += gzipSync(body).byteLength;
      return response;
    } finally {
      this.finished.push({ end: ++this.clock, depth });
      this.maxDepth = Math.max(this.maxDepth, depth);
    }
  };
}
