import { act } from '@testing-library/react';
import { bookPlan } from '../app/meetings';
import type { BookedMeeting } from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import type { EmulatorHarness } from '../emulator/harness.testSupport';

let booked = 0;

/** A meeting the demo organiser booked on the harness's emulator, a fresh plan each time. */
export async function bookedMeeting(h: EmulatorHarness): Promise<BookedMeeting> {
  booked += 1;
  const plan = demoPlan(h.emulator.core.tenant, { id: `hook-${booked}`, date: '2027-04-22' });
  return bookPlan(h.graph('organiser'), plan, 'da');
}

/** A promise and the function that settles it: holds an answer back until a test lets it go. */
export function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets answers released by a gate reach the hook under test. */
export const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
