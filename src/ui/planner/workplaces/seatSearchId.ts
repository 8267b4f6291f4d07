import type { TrioSeat } from '../../../domain';

/**
 * The id of a TRIO seat's search field, where a fix jumps to. A file of its own, so the Outlook
 * pane can name the field without loading the workplace card.
 */
export function seatSearchId(workplaceId: string, seat: TrioSeat): string {
  return `seat-${workplaceId}-${seat}`;
}

/** The id of the choice among the people a group gave for one seat (`SeatChoices`). */
export function seatChoiceId(workplaceId: string, seat: TrioSeat): string {
  return `seat-choice-${workplaceId}-${seat}`;
}
