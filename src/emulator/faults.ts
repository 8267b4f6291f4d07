/** A fault to inject: an error status, a delay, or a dropped connection. */
export interface FaultRule {
  /** Only for this method (any when absent). */
  readonly method?: string | undefined;
  /** Only for paths matching this regular expression (after `/v1.0`). */
  readonly path?: string | undefined;
  /** Answer with this status (429, 503, 504, ...) instead of handling the request. */
  readonly status?: number | undefined;
  /**
   * With `status`: handle the request (commit its effect) and answer with the status all the
   * same, as a gateway that stopped waiting for Exchange does (a 504, or a 503, after the work).
   */
  readonly commit?: boolean | undefined;
  /** `Retry-After` seconds to send with the status. */
  readonly retryAfter?: number | undefined;
  /** Wait this long before handling. */
  readonly delayMs?: number | undefined;
  /** Handle the request (commit its effect), then drop the connection without answering. */
  readonly dropAfterCommit?: boolean | undefined;
  /** Let this many matching requests through before the rule applies (default 0): fails the second write of a pair. */
  readonly after?: number | undefined;
  /** How many matching requests the rule applies to (default 1). */
  readonly times?: number | undefined;
  /**
   * Apply to `$batch` sub-requests too (default true); dropping applies only at the top (a rule
   * for `^/\$batch$` drops, or fails, the whole batch).
   */
  readonly inBatch?: boolean | undefined;
}

interface ActiveRule {
  readonly rule: FaultRule;
  left: number;
  /** Matching requests still to let through. */
  skip: number;
  readonly pattern: RegExp | undefined;
}

/** The fault rules in force, each used up after its number of matches. */
export class Faults {
  private rules: ActiveRule[] = [];

  /** Replaces the rules. */
  set(rules: readonly FaultRule[]): void {
    this.rules = rules.map((rule) => ({
      rule,
      left: rule.times ?? 1,
      skip: rule.after ?? 0,
      pattern: rule.path ? new RegExp(rule.path) : undefined,
    }));
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** The first rule that matches, counting it as used. */
  take(method: string, path: string, inBatch: boolean): FaultRule | undefined {
    for (const active of this.rules) {
      if (active.left <= 0) continue;
      if (active.rule.method && active.rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (active.pattern && !active.pattern.test(path)) continue;
      // A batch as a whole is failed only by a rule that names it, not by one for any path.
      if (!active.pattern && path === '/$batch' && !inBatch) continue;
      if (inBatch && active.rule.inBatch === false) continue;
      if (inBatch && active.rule.dropAfterCommit) continue;
      if (active.skip > 0) {
        active.skip -= 1;
        continue;
      }
      active.left -= 1;
      return active.rule;
    }
    return undefined;
  }
}

/** Graph's error codes for the statuses faults inject. */
export const FAULT_CODES: Readonly<Record<number, [string, string]>> = {
  429: ['TooManyRequests', 'Too many requests. Please try again later.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please try again later.'],
  504: ['GatewayTimeout', 'The gateway timed out. Please try again later.'],
};
