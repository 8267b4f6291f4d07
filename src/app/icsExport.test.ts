import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { aCoveredPlan } from '../domain/testBuilders.testSupport';
import { icsFileName, icsFromPlan } from './icsExport';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { calendar, event };
}

describe('the .ics export', () => {
  it('parses with an iCalendar library and holds the time in Copenhagen and the whole agenda', () => {
    const plan = aCoveredPlan({ date: '2027-06-03' });
    const text = icsFromPlan(plan, 'da', {
      uid: 'AAAA-1',
      organizer: { id: 'o', name: 'Signe Vestergaard', email: 'signe@egeskov.example' },
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
    });
    const { calendar, event } = parse(text);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Copenhagen',
    );
    const start = event.getFirstProperty('dtstart');
    expect(start?.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect(String(start?.getFirstValue())).toBe('2027-06-03T11:00:00');
    const vevent = new ICAL.Event(event);
    expect(vevent.uid).toBe('AAAA-1');
    expect(vevent.summary).toBe(plan.title.da);
    // Summer time: 11.00 in Copenhagen is 09.00 UTC.
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2027-06-03T09:00:00.000Z');
    for (const block of plan.agenda) expect(vevent.description).toContain(block.title.da);
    expect(vevent.description).toContain('https://teams.microsoft.com/l/meetup-join/x');
    expect(String(event.getFirstPropertyValue('organizer'))).toBe('mailto:signe@egeskov.example');
  });

  it('keeps hostile text intact through iCalendar escaping', () => {
    const plan = aCoveredPlan();
    const title = 'Møde; med, komma\\og\nny linje';
    const hostile = {
      ...plan,
      title: { da: title, en: title },
      location: { teams: true, place: 'Sal A; 2. sal, "B"' },
    };
    const event = new ICAL.Event(parse(icsFromPlan(hostile, 'da')).event);
    expect(event.summary).toBe('Møde; med, komma\\og ny linje');
    expect(event.location).toBe('Sal A; 2. sal, "B"');
  });

  it('carries the plan’s revision as SEQUENCE under the same UID, so a calendar replaces it', () => {
    const plan = aCoveredPlan();
    const before = parse(icsFromPlan(plan, 'da', { uid: 'AAAA-1' })).event;
    const after = parse(icsFromPlan({ ...plan, revision: 2 }, 'da', { uid: 'AAAA-1' })).event;
    expect(new ICAL.Event(before).sequence).toBe(0);
    expect(new ICAL.Event(after).sequence).toBe(2);
    expect(new ICAL.Event(after).uid).toBe(new ICAL.Event(before).uid);
  });

  it('names the file by date and title', () => {
    expect(icsFileName(aCoveredPlan({ date: '2027-06-03' }))).toBe(
      '2027-06-03-1-netvaerksmoede-om-social-kapital.ics',
    );
  });
});
