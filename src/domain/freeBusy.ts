import type { WallTime } from './wallTime';

/** How busy a person is in a slot, as free/busy reports it. */
export type BusyStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** One busy period in someone's calendar. */
export interface BusyInterval {
  /** ISO date-times with offset. */
  readonly start: string;
  readonly end: string;
  readonly status: Exclude<BusyStatus, 'free' | 'unknown'>;
}

/** A person's availability over a range; `known: false` when it could not be read. */
export interface Availability {
  readonly email: string;
  readonly known: boolean;
  readonly busy: readonly BusyInterval[];
  /** Working hours as wall-clock times in Copenhagen, when the mailbox says. */
  readonly workingHours?:
    | { readonly days: readonly string[]; readonly start: WallTime; readonly end: WallTime }
    | undefined;
}
