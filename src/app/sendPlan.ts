import {
  type BookedMeeting,
  type Finding,
  type Locale,
  type MeetingPlan,
  type PlanningClock,
  sendBlockers,
  validatePlan,
} from '../domain';
import type { NetworkMeetingGraph } from '../graph';
import { describeGraphFailure, type GraphFailure } from './graphFailure';
import { bookPlan } from './meetings';

/** What came of pressing Send. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly meeting: BookedMeeting }
  /** An error stands: nothing was sent. */
  | { readonly kind: 'blocked'; readonly findings: readonly Finding[] }
  /** Graph failed: nothing is lost (the draft stays), and sending again books once. */
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/**
 * Sends plans. Never sends one with an error standing, judged by the clock at the moment of
 * sending (a draft left open past its start is refused); a second press while a send is under
 * way joins it instead of sending again; a plan already sent gives back its meeting. Together
 * with the transaction id Graph de-duplicates on, a double click or a retry books one event.
 */
export class PlanSender {
  private readonly inFlight = new Map<string, Promise<SendOutcome>>();
  private readonly sent = new Map<string, BookedMeeting>();

  /** `clock` reads the present in Copenhagen (`planningClockAt(Date.now())` outside tests). */
  constructor(
    private readonly graph: NetworkMeetingGraph,
    private readonly clock: () => PlanningClock,
  ) {}

  /** Sends a plan, or says why not. */
  send(plan: MeetingPlan, locale: Locale): Promise<SendOutcome> {
    const errors = sendBlockers(validatePlan(plan, this.clock()));
    if (errors.length > 0) return Promise.resolve({ kind: 'blocked', findings: errors });
    const done = this.sent.get(plan.id);
    if (done) return Promise.resolve({ kind: 'sent', meeting: done });
    const running = this.inFlight.get(plan.id);
    if (running) return running;
    const attempt = bookPlan(this.graph, plan, locale)
      .then((meeting): SendOutcome => {
        this.sent.set(plan.id, meeting);
        return { kind: 'sent', meeting };
      })
      .catch((e: unknown): SendOutcome => ({ kind: 'failed', failure: describeGraphFailure(e) }))
      .finally(() => this.inFlight.delete(plan.id));
    this.inFlight.set(plan.id, attempt);
    return attempt;
  }

  /** True while a plan is being sent (the Send button shows progress and stays pressed). */
  isSending(planId: string): boolean {
    return this.inFlight.has(planId);
  }
}
