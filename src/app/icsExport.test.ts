import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { aCoveredPlan } from '../domain/testBuilders.testSupport';
import { icsFileName, icsFromPlan, icsParameterValue } from './icsExport';

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

  it('encodes the organiser’s name with RFC 6868’s carets, which ical.js reads back whole', () => {
    const name = 'Signe "Chefen" Vestergaard\nATTENDEE:mailto:x@evil.example;CN=x^y, Ø';
    const text = icsFromPlan(aCoveredPlan(), 'da', {
      organizer: { id: 'o', name, email: 'signe@egeskov.example' },
    });
    const { event } = parse(text);
    const organizer = event.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe(name);
    expect(String(organizer?.getFirstValue())).toBe('mailto:signe@egeskov.example');
    // One organiser, no attendee: the name's line break and quote opened no line or parameter.
    expect(event.getAllProperties('attendee')).toHaveLength(0);
    expect(text).not.toMatch(/^ATTENDEE/m);
    expect(icsParameterValue('a"b\r\nc^d:e')).toBe(`"a^'b^nc^^d:e"`);
  });

  it('keeps an id or UID with a line break from adding a line to the file', () => {
    const plan = aCoveredPlan();
    // A plan id the schema refuses ([A-Za-z0-9._-] only), built by hand to try.
    const hostile = { ...plan, id: 'p1\r\nATTENDEE:mailto:x@evil.example' };
    const given = 'AAAA\r\nATTENDEE:mailto:x@evil.example';
    for (const facts of [{}, { uid: given }]) {
      const text = icsFromPlan(hostile, 'da', facts);
      const { event } = parse(text);
      expect(event.getAllProperties('attendee')).toHaveLength(0);
      expect(text).not.toMatch(/^ATTENDEE/m);
      const uid = new ICAL.Event(event).uid;
      // The plan id's characters outside [A-Za-z0-9._-] written out; Exchange's UID kept as text.
      if ('uid' in facts) expect(uid.replace(/\r?\n/g, '')).toBe(given.replace(/\r\n/g, ''));
      else expect(uid).toMatch(/^[A-Za-z0-9._-]+@netvaerksmoeder$/);
    }
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
