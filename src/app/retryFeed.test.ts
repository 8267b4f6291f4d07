import { describe, expect, it } from 'vitest';
import { RetryFeed } from './retryFeed';

describe('the retry feed', () => {
  it('tells each listener until it stops listening', () => {
    const feed = new RetryFeed();
    const heard: number[] = [];
    const stop = feed.subscribe((p) => heard.push(p.attempt));
    feed.publish({ attempt: 1, maxRetries: 3, seconds: 2 });
    stop();
    feed.publish({ attempt: 2, maxRetries: 3, seconds: 4 });
    expect(heard).toEqual([1]);
  });
});
