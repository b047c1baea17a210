// Small hand-made records of one fictional child for the export tests; `today` is 2025-03-15.
import type {
  Agreement,
  Child,
  Contact,
  Evaluation,
  FamilyMember,
  FollowUp,
  Goal,
  Handover,
  RecordMeta,
  StaffMember,
} from '../../../src/domain/types';
import type { SchoolRecord, SchoolRule } from '../../../src/domain/schoolTypes';

export const TODAY = '2025-03-15';
export const MEETING_DATE = '2025-04-01';
export const HOME_NAME = 'Gezinshuis De Linde';

const meta = (id: string): RecordMeta => ({
  id,
  createdAt: '2024-01-15T09:00:00.000Z',
  updatedAt: '2024-01-15T09:00:00.000Z',
  createdBy: 'staff-sanne',
  updatedBy: 'staff-sanne',
});

export const staff: StaffMember[] = [
  { ...meta('staff-sanne'), name: 'Sanne Visser', role: 'mentor', activeFrom: '2023-01-01' },
  { ...meta('staff-pieter'), name: 'Pieter Smit', role: 'mentor', activeFrom: '2020-01-01' },
  { ...meta('staff-ahmed'), name: 'Ahmed El Amrani', role: 'careWorker', activeFrom: '2022-05-01' },
];

export const child: Child = {
  ...meta('child-zoe'),
  name: 'Zoë de Boer',
  birthDate: '2012-04-03',
  placementStart: '2024-01-15',
  placementEnd: '2026-01-15',
  legalFramework: 'supervisionOrder',
  languages: ['Nederlands', 'Papiaments'],
  cultureNotes: 'Eet geen varkensvlees.',
  mentorAssignments: [
    { staffId: 'staff-pieter', from: '2024-01-15', to: '2024-12-31' },
    { staffId: 'staff-sanne', from: '2025-01-01' },
  ],
  contactPersonId: 'staff-sanne',
  contactNormDays: 7,
  evaluationIntervalMonths: 3,
  health: { gp: 'Huisartsenpraktijk Zuid, 030-1234567', dentist: 'Tandarts Öztürk', medication: 'Geen' },
};

const member = (
  id: string,
  fields: Partial<FamilyMember> & Pick<FamilyMember, 'kind' | 'relation' | 'name'>,
) =>
  ({
    ...meta(id),
    childId: child.id,
    hasParentalAuthority: false,
    interpreterNeeded: false,
    receivesReports: false,
    ...fields,
  }) satisfies FamilyMember;

export const familyMembers: FamilyMember[] = [
  member('fm-mother', {
    kind: 'parent',
    relation: 'mother',
    name: "Marieke O'Neill",
    hasParentalAuthority: true,
    phone: '06-12345678',
    email: 'marieke.oneill@example.nl',
    preferredChannel: 'phone',
  }),
  member('fm-father', {
    kind: 'parent',
    relation: 'father',
    name: 'Joël de Boer',
    hasParentalAuthority: true,
    email: 'joel@example.nl',
  }),
  member('fm-stepfather', { kind: 'parent', relation: 'stepParent', name: 'Ruud Mulder' }),
  member('fm-grandma', {
    kind: 'network',
    relation: 'grandparent',
    name: 'Oma Truus',
    supportRole: 'Logeeradres',
  }),
  member('fm-guardian', {
    kind: 'professional',
    relation: 'familyGuardian',
    name: 'Ilse Bakker',
    organisation: 'Jeugdbescherming Regio',
  }),
  member('fm-ggz', {
    kind: 'professional',
    relation: 'mentalHealth',
    name: 'Pieter Ouali',
    organisation: 'GGZ Jeugd De Horizon',
    email: 'p.ouali@ggz-dehorizon.example.org',
  }),
  member('fm-other-child', { childId: 'other', kind: 'parent', relation: 'mother', name: 'Andere Moeder' }),
];

const agreement = (id: string, fields: Partial<Agreement> & Pick<Agreement, 'topic' | 'text' | 'status'>) =>
  ({
    ...meta(id),
    childId: child.id,
    version: 1,
    responsible: [],
    agreedWith: [],
    ...fields,
  }) satisfies Agreement;

export const agreements: Agreement[] = [
  agreement('ag-calls', {
    topic: 'calls',
    text: 'Moeder belt op woensdag om 19.00 uur; Zoë mag één keer per week extra bellen.',
    status: 'agreed',
    responsible: [{ kind: 'familyMember', familyMemberId: 'fm-mother' }],
    agreedOn: '2024-02-01',
    agreedWith: ['fm-mother'],
    reviewOn: '2025-03-20',
  }),
  agreement('ag-bedtimes', {
    topic: 'bedtimes',
    text: 'Doordeweeks om 21.00 uur naar bed, in het weekend om 22.00 uur.',
    status: 'agreed',
    responsible: [{ kind: 'mentor' }, { kind: 'bothParents' }],
    agreedOn: '2024-02-01',
    agreedWith: ['fm-mother', 'fm-father'],
    reviewOn: '2025-06-01',
    outcome: 'worked',
  }),
  agreement('ag-dog', {
    topic: 'custom',
    customTopic: 'Zorg voor de hond',
    text: 'Zoë laat de hond uit op zaterdag.',
    status: 'agreed',
    responsible: [{ kind: 'child' }],
    agreedOn: '2024-05-01',
  }),
  agreement('ag-music', {
    topic: 'custom',
    customTopic: 'Muziekles',
    text: 'Vader brengt Zoë naar gitaarles.',
    status: 'agreed',
    responsible: [{ kind: 'familyMember', familyMemberId: 'fm-father' }],
    agreedOn: '2024-09-01',
    agreedWith: ['fm-father'],
  }),
  agreement('ag-medication', {
    topic: 'medication',
    text: 'Zoë krijgt methylfenidaat bij het ontbijt; de groep tekent af.',
    status: 'agreed',
    responsible: [{ kind: 'groupStaff' }],
    agreedOn: '2024-03-01',
    agreedWith: ['fm-mother'],
  }),
  agreement('ag-pocket-old', {
    topic: 'pocketMoney',
    text: 'Oude zakgeldafspraak: vijf euro per week via moeder.',
    status: 'ended',
    agreedOn: '2024-02-01',
    reviewOn: '2024-06-01',
    outcome: 'didNotWork',
  }),
  agreement('ag-dentist', {
    topic: 'dentist',
    text: 'Voorstel: vader gaat mee naar de halfjaarlijkse controle.',
    status: 'proposed',
    responsible: [{ kind: 'familyMember', familyMemberId: 'fm-father' }],
    reviewOn: '2025-03-01',
  }),
  agreement('ag-other-child', {
    childId: 'other',
    topic: 'bedtimes',
    text: 'Afspraak van een ander kind',
    status: 'agreed',
  }),
];

const note = (on: string, text: string) => ({ on, text, by: 'staff-sanne' });

const goal = (id: string, fields: Partial<Goal> & Pick<Goal, 'title' | 'status' | 'progressNotes'>) =>
  ({ ...meta(id), childId: child.id, ...fields }) satisfies Goal;

export const goals: Goal[] = [
  goal('goal-school', {
    title: 'Zoë gaat elke dag naar school',
    targetDate: '2025-03-01',
    parentsWords: 'Dat ze haar diploma haalt.',
    childWords: 'Ik wil niet meer te laat komen.',
    status: 'active',
    progressNotes: [note('2025-01-10', 'Oude notitie'), note('2025-03-01', 'Drie weken zonder verzuim.')],
  }),
  goal('goal-swim', {
    title: 'Zwemdiploma A',
    status: 'achieved',
    progressNotes: [note('2024-10-01', 'Diploma gehaald!')],
  }),
  goal('goal-sleep', {
    title: 'Zelf inslapen zonder hulp',
    status: 'achieved',
    infoCategory: 'health',
    progressNotes: [],
  }),
  goal('goal-room', {
    title: 'Eigen kamer netjes houden',
    status: 'partlyAchieved',
    progressNotes: [note('2025-02-20', 'Gaat beter met een weekschema.')],
  }),
];

const contact = (id: string, at: string, channel: Contact['channel'], followUps: Contact['followUps'] = []) =>
  ({
    ...meta(id),
    childId: child.id,
    at,
    familyMemberIds: ['fm-mother'],
    channel,
    staffId: 'staff-sanne',
    summary: 'Contact',
    followUps,
  }) satisfies Contact;

const followUp = (id: string, text: string, ownerStaffId: string, fields: Partial<FollowUp>): FollowUp => ({
  id,
  text,
  ownerStaffId,
  done: false,
  ...fields,
});

export const contacts: Contact[] = [
  contact('c-old', '2024-11-20T12:00:00.000Z', 'phone', [
    followUp('fu-old', 'Rapport opsturen naar vader', 'staff-ahmed', { dueOn: '2025-01-10' }),
  ]),
  contact('c1', '2025-02-01T12:00:00.000Z', 'meeting'),
  contact('c2', '2025-02-05T12:00:00.000Z', 'phone'),
  contact('c3', '2025-02-12T12:00:00.000Z', 'phone', [
    followUp('fu-done', 'Schoolrapport delen', 'staff-sanne', { done: true, doneOn: '2025-02-14' }),
  ]),
  contact('c4', '2025-02-20T12:00:00.000Z', 'visitAtGroup'),
  contact('c5', '2025-03-05T12:00:00.000Z', 'phone', [
    followUp('fu-open', 'Tandartsafspraak plannen', 'staff-sanne', { dueOn: '2025-03-25' }),
  ]),
  contact('c6', '2025-03-10T12:00:00.000Z', 'videoCall'),
  { ...contact('c-other', '2025-03-10T12:00:00.000Z', 'homeVisit'), childId: 'other' },
];

const evaluation = (id: string, heldOn: string, goesWell: string) =>
  ({
    ...meta(id),
    childId: child.id,
    heldOn,
    parentsExperience: 'Moeder voelt zich gehoord.',
    childExperience: 'Zoë vindt het fijn dat mama vaker belt.',
    staffExperience: 'Afspraken worden goed nagekomen.',
    goesWell,
    shouldChange: 'Vader meer betrekken.',
    revisedAgreementIds: [],
  }) satisfies Evaluation;

export const evaluations: Evaluation[] = [
  evaluation('ev-1', '2024-11-01', 'Eerste evaluatie'),
  evaluation('ev-2', '2025-02-01', 'Het bellen op woensdag gaat goed.'),
  evaluation('ev-future', '2025-05-01', 'Nog niet gehouden'),
];

export const handover: Handover = {
  ...meta('handover-1'),
  childId: child.id,
  newInstitution: 'Gezinshuis Het Anker',
  moveDate: '2025-04-15',
  reasonForMove: 'Zoë wil dichter bij haar moeder wonen.',
  howDecided: 'Besloten in een gesprek met ouders, Zoë en de gezinsvoogd.',
  parentsView: 'Moeder is blij; vader twijfelt.',
  parentViews: [
    { familyMemberId: 'fm-mother', text: 'Eindelijk dichterbij, dan kan ik vaker langskomen.' },
    { familyMemberId: 'fm-father', text: 'Ik twijfel nog, want het is ver van mijn werk.' },
  ],
  handoverMeetingOn: '2025-04-10',
  handoverMeetingAttendees: 'Moeder, vader, Zoë, Sanne Visser en Kees de Wit',
  childView: 'Zoë kijkt ernaar uit.',
  childStory: 'Ik heb hier veel geleerd en ik ga mijn vriendinnen missen.',
  parentsMessage:
    'Zoë heeft tijd nodig om iemand te vertrouwen.\nGeef haar die tijd — en bel ons als er iets is.',
  parentsInvolved: true,
  childInvolved: true,
  involvementNotes: 'Beide ouders waren bij het overdrachtsgesprek.',
  contactOldPlace: 'Sanne Visser, 030-7654321',
  contactNewPlace: 'Kees de Wit',
  firstEvaluationAfterMove: '2025-07-15',
  consent: {
    reason: {
      parentsConsent: true,
      givenBy: ['fm-mother', 'fm-father'],
      givenOn: '2025-03-01',
      method: 'inPerson',
    },
    childAndPlacement: { parentsConsent: true },
    familyAndNetwork: {
      parentsConsent: false,
      legalGround: 'Art. 7.3.11 Jeugdwet (noodzakelijk voor de zorg)',
    },
    agreements: { parentsConsent: true },
    goals: { parentsConsent: false },
    school: { parentsConsent: true },
    health: { parentsConsent: false, legalGround: 'WGBO' },
    parentsMessage: { parentsConsent: true },
    involvement: { parentsConsent: true },
    followUp: { parentsConsent: true },
  },
};

const week = [1, 2, 3, 4, 5] as SchoolRecord['schoolDays'];

/** Zoë changed school when she came to the home: the old school is history, Het Baken is current. */
export const schools: SchoolRecord[] = [
  {
    ...meta('school-old'),
    childId: child.id,
    name: 'De Kleine Wereld',
    attendanceEmail: 'verzuim@kleinewereld.example.nl',
    contacts: [],
    schoolDays: week,
    startedOn: '2020-08-24',
    endedOn: '2024-07-12',
    consents: [],
  },
  {
    ...meta('school-baken'),
    childId: child.id,
    name: 'Het Baken',
    location: 'Utrecht',
    mainPhone: '030-7654321',
    attendanceEmail: 'verzuim@hetbaken.example.nl',
    classYear: 'klas 2b',
    contacts: [
      { id: 'sc-jansen', role: 'schoolMentor', name: 'Mevr. Jansen', email: 'jansen@hetbaken.example.nl' },
      { id: 'sc-ib', role: 'internalSupervisor', name: 'Dhr. Kok', phone: '030-7654322' },
    ],
    schoolDays: week,
    transport: 'Fietst met een begeleider van de groep.',
    startedOn: '2024-08-26',
    contactNote: 'Mevr. Jansen (mentor)',
    notes: 'Moeder in CC bij e-mails.',
    sharingNotes: "Geen foto's van Zoë op de website.",
    consents: [
      { familyMemberId: 'fm-mother', schoolMail: true, contactDetails: true },
      { familyMemberId: 'fm-father', schoolMail: false, contactDetails: false },
    ],
    reviewedOn: '2024-09-10',
  },
  {
    ...meta('school-other'),
    childId: 'other',
    name: 'School van een ander kind',
    contacts: [],
    schoolDays: week,
    consents: [],
  },
];

const rule = (id: string, schoolId: string, fields: Partial<SchoolRule> & Pick<SchoolRule, 'topic'>) =>
  ({
    ...meta(id),
    childId: child.id,
    schoolId,
    responsible: [],
    cc: [],
    byVideo: [],
    ...fields,
  }) satisfies SchoolRule;

export const schoolRules: SchoolRule[] = [
  rule('sr-old-sick', 'school-old', {
    topic: 'sickReport',
    responsible: [{ kind: 'bothParents' }],
    deadline: '07:45',
  }),
  rule('sr-sick', 'school-baken', {
    topic: 'sickReport',
    responsible: [{ kind: 'groupStaff' }],
    backup: { kind: 'familyMember', familyMemberId: 'fm-mother' },
    deadline: '08:15',
    how: 'Bellen naar de administratie',
    cc: ['fm-mother', 'fm-father'],
  }),
  rule('sr-meeting', 'school-baken', {
    topic: 'parentMeeting',
    responsible: [{ kind: 'familyMember', familyMemberId: 'fm-mother' }, { kind: 'mentor' }],
    byVideo: [{ kind: 'familyMember', familyMemberId: 'fm-father' }],
    cc: ['fm-mother', 'fm-father'],
  }),
  rule('sr-reports', 'school-baken', {
    topic: 'reports',
    responsible: [{ kind: 'mentor' }],
    cc: ['fm-mother', 'fm-father', 'fm-gone'],
  }),
  rule('sr-mail', 'school-baken', {
    topic: 'emailCc',
    responsible: [{ kind: 'mentor' }],
    cc: ['fm-mother', 'fm-father', 'fm-grandma'],
  }),
  rule('sr-leave', 'school-baken', {
    topic: 'leaveRequest',
    responsible: [{ kind: 'familyMember', familyMemberId: 'fm-mother' }],
    byWhen: 'Acht weken van tevoren',
  }),
];

/** All records as the data layer would hand them over: the home's arrays, not only this child's. */
export const records = {
  homeName: HOME_NAME,
  child,
  familyMembers,
  agreements,
  goals,
  contacts,
  evaluations,
  staff,
  schools,
  schoolRules,
};
