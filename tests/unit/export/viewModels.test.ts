// View-model assembly: grouping, signatures, contact counts since the last evaluation, omitted handover sections.
import { describe, expect, it } from 'vitest';
import {
  agreementsSheetModel,
  handoverModel,
  meetingPrepModel,
  type HandoverInput,
} from '../../../src/export';
import { agreementsInForce, groupByTopic } from '../../../src/domain/agreements';
import { HANDOVER_SECTIONS } from '../../../src/domain/types';
import { MEETING_DATE, TODAY, agreements, child, handover, records, schools } from './sampleRecords';

describe('agreementsSheetModel', () => {
  const model = agreementsSheetModel({ ...records, today: TODAY });
  const texts = model.topics.flatMap((group) => group.agreements.map((item) => item.text));

  it('keeps only the agreements in force of this child', () => {
    expect(texts).toHaveLength(5);
    expect(texts.join()).not.toMatch(/Oude zakgeldafspraak|Voorstel|ander kind/);
  });

  it('groups by topic in starter-topic order, custom topics last by name', () => {
    expect(model.topics.map((group) => group.customTopic ?? group.topic)).toEqual([
      'bedtimes',
      'medication',
      'calls',
      'Muziekles',
      'Zorg voor de hond',
    ]);
  });

  it('groups exactly as the Afspraken tab does, through the domain rule', () => {
    const screen = groupByTopic(agreementsInForce(agreements.filter((item) => item.childId === child.id)));
    expect(model.topics.map((group) => group.agreements.map((item) => item.id))).toEqual(
      screen.map((group) => group.agreements.map((item) => item.id)),
    );
  });

  it('resolves responsible parties and agreedWith to names', () => {
    const bedtimes = model.topics[0]!.agreements[0]!;
    expect(bedtimes.responsible).toEqual([{ kind: 'mentor', name: 'Sanne Visser' }, { kind: 'bothParents' }]);
    expect(bedtimes.agreedWith).toEqual(["Marieke O'Neill", 'Joël de Boer']);
    expect(model.topics[2]!.agreements[0]!.responsible).toEqual([
      { kind: 'familyMember', name: "Marieke O'Neill" },
    ]);
  });

  it('asks for signatures of the parents with parental authority, the youth from 12 and the current mentor', () => {
    expect(model.signatures).toEqual([
      { role: 'parent', name: "Marieke O'Neill", relation: 'mother' },
      { role: 'parent', name: 'Joël de Boer', relation: 'father' },
      { role: 'youth', name: 'Zoë de Boer' },
      { role: 'mentor', name: 'Sanne Visser' },
    ]);
  });

  it('takes the mentor whose assignment covers today', () => {
    const earlier = agreementsSheetModel({ ...records, today: '2024-06-01' });
    expect(earlier.signatures.at(-1)).toEqual({ role: 'mentor', name: 'Pieter Smit' });
  });
});

describe('meetingPrepModel', () => {
  const model = meetingPrepModel({ ...records, today: TODAY, meetingDate: MEETING_DATE });

  it('lists agreements not ended whose review date falls before the next evaluation, oldest first', () => {
    expect(model.reviewBy).toBe('2025-06-30');
    expect(model.agreementsDue.map((item) => item.id)).toEqual(['ag-dentist', 'ag-calls', 'ag-bedtimes']);
    expect(model.withoutReview.map((item) => item.id)).toEqual(['ag-dog', 'ag-music', 'ag-medication']);
  });

  it('weighs the contacts against the norm and takes the rhythm from the calls agreement', () => {
    expect(model.norm).toEqual({ normDays: 7, periods: 6, kept: 5 });
    expect(model.agreedRhythm.map((item) => item.id)).toEqual(['ag-calls']);
  });

  it('counts contacts per channel since the last evaluation held, ignoring planned ones', () => {
    expect(model.contactsSince).toBe('2025-02-01');
    expect(model.contactTotal).toBe(6);
    expect(model.contactCounts).toEqual([
      { channel: 'phone', count: 3 },
      { channel: 'videoCall', count: 1 },
      { channel: 'visitAtGroup', count: 1 },
      { channel: 'meeting', count: 1 },
    ]);
  });

  it('lists open follow-ups with owner and due date, overdue ones marked', () => {
    expect(model.openFollowUps).toEqual([
      { text: 'Rapport opsturen naar vader', owner: 'Ahmed El Amrani', dueOn: '2025-01-10', overdue: true },
      { text: 'Tandartsafspraak plannen', owner: 'Sanne Visser', dueOn: '2025-03-25', overdue: false },
    ]);
  });

  it('shows active goals and goals with progress since the last evaluation, with those notes', () => {
    expect(model.goals.map((goal) => [goal.title, goal.progressNotes.map((note) => note.text)])).toEqual([
      ['Zoë gaat elke dag naar school', ['Drie weken zonder verzuim.']],
      ['Eigen kamer netjes houden', ['Gaat beter met een weekschema.']],
    ]);
  });

  it("carries the previous evaluation's points", () => {
    expect(model.previousEvaluation?.heldOn).toBe('2025-02-01');
    expect(model.previousEvaluation?.goesWell).toBe('Het bellen op woensdag gaat goed.');
  });

  it('counts from the placement start when there was no evaluation yet', () => {
    const first = meetingPrepModel({ ...records, evaluations: [], today: TODAY, meetingDate: MEETING_DATE });
    expect(first.contactsSince).toBe(child.placementStart);
    expect(first.contactTotal).toBe(7);
    expect(first.previousEvaluation).toBeUndefined();
  });
});

describe('handoverModel', () => {
  const input = (overrides: Partial<HandoverInput> = {}): HandoverInput => ({
    ...records,
    handover,
    sections: [...HANDOVER_SECTIONS],
    legalGroundConfirmed: {},
    today: TODAY,
    ...overrides,
  });

  it('leaves out selected sections without consent and says why', () => {
    const model = handoverModel(
      input({ sections: HANDOVER_SECTIONS.filter((section) => section !== 'followUp') }),
    );
    expect(model.sections.map((section) => section.section)).toEqual([
      'reason',
      'childAndPlacement',
      'agreements',
      'school',
      'parentsMessage',
      'involvement',
    ]);
    expect(model.omitted).toEqual([
      { section: 'familyAndNetwork', reason: 'noConsent' },
      { section: 'goals', reason: 'noConsent' },
      { section: 'health', reason: 'noConsent' },
      { section: 'childStory', reason: 'noConsent' },
      { section: 'followUp', reason: 'notSelected' },
    ]);
  });

  it('includes a section without consent only when its recorded legal ground is confirmed', () => {
    const model = handoverModel(
      input({ legalGroundConfirmed: { familyAndNetwork: true, goals: true, childStory: true } }),
    );
    const family = model.sections.find((section) => section.section === 'familyAndNetwork');
    expect(family?.basis).toEqual({
      kind: 'legalGround',
      legalGround: 'Art. 7.3.11 Jeugdwet (noodzakelijk voor de zorg)',
    });
    // goals has no ground recorded, childStory has no consent entry at all: both stay out.
    expect(model.omitted.map((entry) => entry.section)).toEqual(['goals', 'health', 'childStory']);
  });

  it('does not accept a blank legal ground', () => {
    const blank = {
      ...handover,
      consent: { ...handover.consent, health: { parentsConsent: false, legalGround: '  ' } },
    };
    const model = handoverModel(input({ handover: blank, legalGroundConfirmed: { health: true } }));
    expect(model.omitted).toContainEqual({ section: 'health', reason: 'noConsent' });
  });

  it('leaves out the school section when nothing is recorded about the school', () => {
    const blank = { ...schools[1]!, name: ' ', contacts: [], notes: undefined, contactNote: undefined };
    const model = handoverModel(input({ schools: [blank], schoolRules: [] }));
    expect(model.omitted).toContainEqual({ section: 'school', reason: 'noData' });
    expect(handoverModel(input({ schools: [] })).omitted).toContainEqual({
      section: 'school',
      reason: 'noData',
    });
  });

  it('counts the contact pattern over the last three months and keeps agreement outcomes', () => {
    const model = handoverModel(input());
    const agreements = model.sections.find((section) => section.section === 'agreements');
    if (agreements?.section !== 'agreements') throw new Error('agreements section missing');
    expect(agreements.contactPattern.from).toBe('2024-12-15');
    expect(agreements.contactPattern.total).toBe(6);
    expect(agreements.agreements.map((item) => item.id)).not.toContain('ag-dentist');
    expect(agreements.agreements.find((item) => item.id === 'ag-pocket-old')?.outcome).toBe('didNotWork');
  });

  it('looks back from the move when the handover is exported after it', () => {
    const model = handoverModel(input({ handover: { ...handover, moveDate: '2025-02-15' } }));
    const agreements = model.sections.find((section) => section.section === 'agreements');
    if (agreements?.section !== 'agreements') throw new Error('agreements section missing');
    expect(agreements.contactPattern).toMatchObject({ from: '2024-11-15', to: '2025-02-15', total: 4 });
  });

  it('carries no data of sections or categories that are left out', () => {
    const model = JSON.stringify(handoverModel(input()));
    expect(model).not.toContain('Oma Truus');
    expect(model).not.toContain('Tandarts Öztürk');
    expect(model).not.toContain('methylfenidaat');
    expect(model).not.toContain('Pieter Ouali');
    expect(model).not.toContain('Zelf inslapen');
  });

  it('notes per shared section which categories had items left out', () => {
    const model = handoverModel(input({ legalGroundConfirmed: { familyAndNetwork: true } }));
    const withheld = Object.fromEntries(model.sections.map((section) => [section.section, section.withheld]));
    expect(withheld.familyAndNetwork).toEqual(['health']);
    expect(withheld.agreements).toEqual(['health']);
    expect(withheld.reason).toEqual([]);
    expect(model.consent.find((line) => line.category === 'health')?.withheldIn).toEqual([
      'familyAndNetwork',
      'agreements',
    ]);
  });

  it('resolves who consented to names, the youth included', () => {
    const consent = {
      ...handover.consent,
      school: {
        parentsConsent: true,
        givenBy: [child.id, 'fm-mother'],
        givenOn: '2025-03-02',
        method: 'phone' as const,
      },
    };
    const model = handoverModel(input({ handover: { ...handover, consent } }));
    expect(model.consent.find((line) => line.category === 'school')).toMatchObject({
      basis: { kind: 'consent' },
      givenBy: ['Zoë de Boer', "Marieke O'Neill"],
      givenOn: '2025-03-02',
      method: 'phone',
    });
  });
});
