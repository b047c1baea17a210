// The .ics export: parsed back with ical.js, the fixed moments repeat weekly at the home's wall-clock
// time, evaluations are all-day, and no child's or parent's full name is in the calendar text.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarFileName, calendarModel, hideNames } from '../../../src/export/calendar';
import { aChild } from '../domain/builders';
import { aMoment } from '../domain/rosterBuilders';
import { exportT } from './docxTestHelpers';

const child = aChild({
  id: 'child-1',
  name: 'Zoë de Vries',
  placementStart: '2026-06-01',
  placementEnd: '2027-06-01',
  evaluationIntervalMonths: 3,
});
const moment = aMoment('child-1', {
  id: 'moment-1',
  weekday: 2,
  time: '19:00',
  durationMinutes: 30,
  from: '2026-06-15',
  note: 'Beeldbellen met moeder Fatima, Zoë laat haar tekening zien',
});

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

async function build(language: 'nl' | 'en' = 'nl') {
  const model = calendarModel({
    homeName: 'De Linde',
    families: [{ child, moments: [moment], evaluations: [], familyNames: ['Fatima de Vries'] }],
    today: '2026-11-25',
    exportedAt: new Date('2026-11-25T10:00:00Z'),
    channelLabel: (channel) => (channel === 'videoCall' ? 'beeldbellen' : channel),
  });
  return buildCalendar(model, await exportT(language), language);
}

describe('buildCalendar', () => {
  it('repeats a fixed moment every week from its next occurrence, at 19:00 local time', async () => {
    const text = await build();
    const [event] = parse(text);
    expect(event!.uid).toBe('moment-1@gedeeld');
    expect(event!.summary).toBe('Vast contactmoment ZdV (beeldbellen)');
    expect(event!.startDate.toString()).toBe('2026-12-01T19:00:00');
    expect(event!.endDate.toString()).toBe('2026-12-01T19:30:00');
    // Floating: no time zone, so it stays 19:00 on the wall clock through daylight saving.
    expect(text).toContain('DTSTART:20261201T190000\r\n');
    expect(text).not.toContain('TZID');
    expect(event!.isRecurring()).toBe(true);
    const iterator = event!.iterator();
    const dates = [iterator.next(), iterator.next(), iterator.next()].map((time) => time!.toString());
    expect(dates).toEqual(['2026-12-01T19:00:00', '2026-12-08T19:00:00', '2026-12-15T19:00:00']);
  });

  it('keeps 19:00 on the wall clock whatever time zone the computer is in', async () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo']) {
        process.env.TZ = zone;
        expect(await build(), zone).toContain('DTSTART:20261201T190000\r\n');
      }
    } finally {
      process.env.TZ = original;
    }
  });

  it('lists the next evaluations as all-day events within the placement', async () => {
    const evaluations = parse(await build()).filter((event) => event.summary.startsWith('Evaluatie'));
    expect(
      evaluations.map((event) => [event.summary, event.startDate.toString(), event.startDate.isDate]),
    ).toEqual([
      ['Evaluatie samenwerking ZdV', '2026-09-01', true],
      ['Evaluatie samenwerking ZdV', '2026-12-01', true],
      ['Evaluatie samenwerking ZdV', '2027-03-01', true],
      ['Evaluatie samenwerking ZdV', '2027-06-01', true],
    ]);
  });

  it("never puts the child's or a parent's name in the calendar text", async () => {
    const text = await build();
    expect(text).not.toMatch(/Zoë|Vries|Fatima/i);
    const [event] = parse(text);
    expect(event!.description).toBe('Beeldbellen met moeder …, … laat haar tekening zien');
  });

  it('is written in English when asked, and named with initials only', async () => {
    const [event] = parse(await build('en'));
    expect(event!.summary).toBe('Fixed contact moment ZdV (beeldbellen)');
    expect(calendarFileName(['Zoë de Vries'], '2026-11-25', 'nl')).toBe('contactmomenten-ZdV-2026-11-25.ics');
    expect(calendarFileName(['A B', 'C D'], '2026-11-25', 'en')).toBe('contact-moments-2026-11-25.ics');
  });

  it('leaves out moments that have ended and families whose placement ended', async () => {
    const model = calendarModel({
      homeName: 'De Linde',
      families: [
        { child, moments: [{ ...moment, to: '2026-11-01' }], evaluations: [], familyNames: [] },
        {
          child: { ...child, placementEndedOn: '2026-10-01' },
          moments: [],
          evaluations: [],
          familyNames: [],
        },
      ],
      today: '2026-11-25',
      exportedAt: new Date('2026-11-25T10:00:00Z'),
      channelLabel: String,
    });
    expect(model.moments).toEqual([]);
    expect(model.evaluations).toHaveLength(4);
  });

  it('hides whole words of names only, case-insensitively', () => {
    expect(hideNames('Bel ZOË, niet Zoëlla', ['Zoë de Vries'])).toBe('Bel …, niet Zoëlla');
  });
});
