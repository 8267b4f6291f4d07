/** One wait before Graph is asked again, as the user is told about it. */
export interface RetryProgress {
  readonly attempt: number;
  readonly maxRetries: number;
  readonly seconds: number;
}

/**
 * Tells the UI when the Graph client waits to try again (throttled, unavailable), so a slow send
 * shows "retrying in 4 s" rather than a spinner that says nothing.
 */
export class RetryFeed {
  private readonly listeners = new Set<(progress: RetryProgress) => void>();

  /** Called by the Graph client's retry policy. */
  publish(progress: RetryProgress): void {
    for (const listener of this.listeners) listener(progress);
  }

  /** Listens until the returned function is called. */
  subscribe(listener: (progress: RetryProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
