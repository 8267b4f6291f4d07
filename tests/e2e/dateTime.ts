import type { Locator } from 'playwright-core';
import {
  formatDateField,
  formatTime,
  type Locale,
  type PlainDateString,
  type WallTime,
} from '../../src/domain';

/** Types a date into a date field as a person would in that language ("15.04.2027"), then leaves it. */
export async function typeDate(
  field: Locator,
  date: PlainDateString,
  locale: Locale = 'da',
): Promise<void> {
  await field.fill(formatDateField(date, locale));
  await field.press('Tab');
}

/** Types a time into a time field as a person would in that language ("11.15"), then leaves it. */
export async function typeTime(
  field: Locator,
  time: WallTime,
  locale: Locale = 'da',
): Promise<void> {
  await field.fill(formatTime(time, locale));
  await field.press('Tab');
}

/** What a date field shows for a date: "15.04.2027" / "15 Apr 2027". */
export const shownDate = formatDateField;

/** What a time field shows for a time: "11.15" / "11:15". */
export const shownTime = formatTime;
