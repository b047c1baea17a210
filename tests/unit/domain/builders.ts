// Minimal domain records for rule tests: sensible defaults, override what the test is about.
import type {
  Agreement,
  AgreementRevision,
  Child,
  Contact,
  Evaluation,
  FamilyMember,
  FollowUp,
  IsoDate,
  RecordMeta,
  StaffMember,
} from '../../../src/domain/types';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

const meta = (prefix: string): RecordMeta => ({
  id: nextId(prefix),
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  createdBy: 'staff-0',
  updatedBy: 'staff-0',
});

export function aStaffMember(overrides: Partial<StaffMember> = {}): StaffMember {
  return { ...meta('staff'), name: 'Anouk de Groot', role: 'mentor', activeFrom: '2020-01-01', ...overrides };
}

export function aChild(overrides: Partial<Child> = {}): Child {
  return {
    ...meta('child'),
    name: 'Zoë de Vries',
    birthDate: '2014-05-03',
    placementStart: '2026-01-05',
    legalFramework: 'voluntary',
    languages: ['Nederlands'],
    mentorAssignments: [],
    contactPersonId: 'staff-0',
    contactNormDays: 7,
    evaluationIntervalMonths: 3,
    ...overrides,
  };
}

/** Noon local time on `date`: the same calendar day wherever the tests run. */
export function localNoon(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, 12).toISOString();
}

export function aContact(child: Pick<Child, 'id'>, on: IsoDate, overrides: Partial<Contact> = {}): Contact {
  return {
    ...meta('contact'),
    childId: child.id,
    at: localNoon(on),
    familyMemberIds: [],
    channel: 'phone',
    staffId: 'staff-0',
    summary: 'Moeder gebeld.',
    followUps: [],
    ...overrides,
  };
}

/** The id of the mother `aFamilyMember(child)` gives. */
export const motherOf = (child: Pick<Child, 'id'>) => `mother-of-${child.id}`;

/** A family member of a child; by default the child's mother (a parent, so contact counts for the norm). */
export function aFamilyMember(child: Pick<Child, 'id'>, overrides: Partial<FamilyMember> = {}): FamilyMember {
  return {
    ...meta('family'),
    id: motherOf(child),
    childId: child.id,
    kind: 'parent',
    relation: 'mother',
    name: 'Ingrid de Vries',
    hasParentalAuthority: true,
    interpreterNeeded: false,
    receivesReports: true,
    ...overrides,
  };
}

export function aFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return { id: nextId('followUp'), text: 'Terugbellen', ownerStaffId: 'staff-0', done: false, ...overrides };
}

export function anEvaluation(child: Pick<Child, 'id'>, heldOn: IsoDate): Evaluation {
  return {
    ...meta('evaluation'),
    childId: child.id,
    heldOn,
    parentsExperience: 'Goed',
    childExperience: '',
    staffExperience: '',
    goesWell: '',
    shouldChange: '',
    revisedAgreementIds: [],
  };
}

export function anAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    ...meta('agreement'),
    childId: 'child-x',
    version: 1,
    topic: 'bedtimes',
    text: 'Bedtijd doordeweeks 21:00.',
    responsible: [{ kind: 'groupStaff' }],
    status: 'agreed',
    agreedOn: '2026-02-01',
    agreedWith: [],
    ...overrides,
  };
}

export function aRevision(
  agreement: Agreement,
  version: number,
  changes: Partial<Agreement> = {},
): AgreementRevision {
  const { topic, customTopic, text, responsible, status, agreedOn, agreedWith, reviewOn, outcome } = {
    ...agreement,
    ...changes,
  };
  return {
    id: nextId('revision'),
    agreementId: agreement.id,
    childId: agreement.childId,
    version,
    content: { topic, customTopic, text, responsible, status, agreedOn, agreedWith, reviewOn, outcome },
    changedAt: `2026-0${version}-01T10:00:00.000Z`,
    changedBy: 'staff-0',
    basedOnVersion: version - 1,
  };
}

/** A contact with the child's mother (`aFamilyMember(child)`): it counts for the contact norm. */
export function aParentContact(
  child: Pick<Child, 'id'>,
  on: IsoDate,
  overrides: Partial<Contact> = {},
): Contact {
  return aContact(child, on, { familyMemberIds: [motherOf(child)], ...overrides });
}
