// Generates each child's school records (one child changed school this year), the school contact rules
// and a few sick days, one of them today with the parents not yet told.
import { addDays, addMonths } from '../../domain/dates';
import { schoolYearStart, starterSchoolRules } from '../../domain/school';
import type { SchoolContact, SchoolRecord, SchoolRule, SickReport } from '../../domain/schoolTypes';
import type { Child, IsoDate, SchoolInfo } from '../../domain/types';
import { actorFor, meta, momentOn, type ChildPlan, type FixtureContext } from './context';
import { emailSlug, SCHOOLS } from './names';
import type { Random } from './random';

export interface GeneratedSchool {
  schools: SchoolRecord[];
  schoolRules: SchoolRule[];
  sickReports: SickReport[];
}

/** A weekday on or before `date` (Saturday and Sunday step back to Friday). */
function schoolDayOnOrBefore(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? addDays(date, -2) : weekday === 6 ? addDays(date, -1) : date;
}

const domainOf = (schoolName: string) =>
  `${emailSlug(schoolName.replace(/\(.*\)/, '')).replace(/\./g, '')}.example.nl`;

function contactsOf(rng: Random, legacy: SchoolInfo | undefined, domain: string): SchoolContact[] {
  const teacher = /^(.*?) \(/.exec(legacy?.contact ?? '')?.[1] ?? 'mevrouw Ouali';
  const surname = teacher.split(' ').slice(1).join(' ');
  const contacts: SchoolContact[] = [
    { id: rng.id(), role: 'teacher', name: teacher, email: `${emailSlug(surname || teacher)}@${domain}` },
    { id: rng.id(), role: 'internalSupervisor', name: 'mevrouw Jansen', email: `ib@${domain}` },
    { id: rng.id(), role: 'headteacher', name: 'meneer Visser', email: `directie@${domain}` },
  ];
  if (rng.chance(0.3))
    contacts.push({
      id: rng.id(),
      role: 'attendanceOfficer',
      name: 'mevrouw De Wit',
      email: `leerplicht@regio.example.nl`,
    });
  return contacts;
}

interface SchoolSpec {
  name: string;
  legacy?: SchoolInfo;
  startedOn: IsoDate;
  endedOn?: IsoDate;
  reviewedOn?: IsoDate;
}

function schoolRecord(ctx: FixtureContext, rng: Random, plan: ChildPlan, spec: SchoolSpec): SchoolRecord {
  const { child } = plan;
  const domain = domainOf(spec.name);
  const classYear = /\(mentor (.*?)\)/.exec(spec.legacy?.contact ?? '')?.[1];
  const phone = /(0\d{2}-\d{7})/.exec(spec.legacy?.contact ?? '')?.[1];
  const parents = [...plan.parents, ...plan.professionals.filter((p) => p.hasParentalAuthority)];
  const by = actorFor(
    ctx,
    plan,
    spec.startedOn < child.placementStart ? child.placementStart : spec.startedOn,
  );
  const created = momentOn(
    rng,
    spec.startedOn < child.placementStart ? child.placementStart : spec.startedOn,
  );
  return {
    ...meta(rng.id(), created, by),
    childId: child.id,
    name: spec.name,
    location: rng.pick(['Leiden', 'Leiderdorp', 'Oegstgeest']),
    ...(phone && { mainPhone: phone }),
    attendanceEmail: `verzuim@${domain}`,
    contacts: contactsOf(rng, spec.legacy, domain),
    ...(classYear && { classYear }),
    schoolDays: [1, 2, 3, 4, 5],
    transport: rng.pick([
      'Fietst met een begeleider van de groep.',
      'Taxibus (leerlingenvervoer), 7:45 bij de deur.',
      'Loopt zelf, 10 minuten.',
    ]),
    startedOn: spec.startedOn,
    ...(spec.endedOn && { endedOn: spec.endedOn }),
    ...(spec.legacy?.contactRules && { notes: spec.legacy.contactRules }),
    consents: parents.map((member) => ({
      familyMemberId: member.id,
      schoolMail: member.email !== undefined && rng.chance(0.85),
      contactDetails: rng.chance(0.7),
      givenOn: spec.startedOn < child.placementStart ? child.placementStart : spec.startedOn,
    })),
    ...(spec.reviewedOn && { reviewedOn: spec.reviewedOn }),
  };
}

function rulesFor(rng: Random, plan: ChildPlan, school: SchoolRecord): SchoolRule[] {
  const family = [...plan.parents, ...plan.network, ...plan.professionals];
  return starterSchoolRules(family).map((content) => ({
    ...meta(rng.id(), school.createdAt, school.createdBy),
    ...content,
    ...(content.topic === 'sickReport' && { how: 'Bellen naar de administratie' }),
    ...(content.topic === 'parentMeeting' &&
      plan.parents.length > 1 && {
        byVideo: [{ kind: 'familyMember' as const, familyMemberId: plan.parents[1]!.id }],
      }),
    childId: plan.child.id,
    schoolId: school.id,
  }));
}

function sickDays(
  ctx: FixtureContext,
  rng: Random,
  plan: ChildPlan,
  school: SchoolRecord,
  today: boolean,
): SickReport[] {
  const { child } = plan;
  const reports: SickReport[] = [];
  const from = school.startedOn ?? child.placementStart;
  for (let i = 0; i < rng.int(0, 3); i++) {
    const sickOn = schoolDayOnOrBefore(addDays(plan.lastDay, -rng.int(10, 120)));
    if (sickOn < from || sickOn < child.placementStart) continue;
    const by = actorFor(ctx, plan, sickOn);
    const late = rng.chance(0.2);
    reports.push({
      ...meta(rng.id(), `${sickOn}T06:${late ? '5' : '3'}0:00.000Z`, by),
      childId: child.id,
      schoolId: school.id,
      sickOn,
      reportedToSchoolAt: `${sickOn}T0${late ? 8 : 6}:${late ? '05' : '50'}:00.000Z`,
      reportedBy: rng.chance(0.5) ? { kind: 'bothParents' } : { kind: 'groupStaff' },
      parentsInformedAt: `${sickOn}T09:00:00.000Z`,
      betterOn: schoolDayOnOrBefore(addDays(sickOn, rng.int(1, 3))),
      betterReportedAt: `${sickOn}T16:00:00.000Z`,
    });
  }
  if (today) {
    const by = actorFor(ctx, plan, ctx.today);
    reports.push({
      ...meta(rng.id(), `${ctx.today}T06:40:00.000Z`, by),
      childId: child.id,
      schoolId: school.id,
      sickOn: ctx.today,
      reportedToSchoolAt: `${ctx.today}T06:40:00.000Z`,
      reportedBy: { kind: 'groupStaff' },
    });
  }
  return reports;
}

/**
 * Moves the generated free-text school card (`child.school`) onto school records: today's format. Uses
 * its own random source, so adding schools never changes the rest of a generated home.
 */
export function generateSchool(
  ctx: FixtureContext,
  rng: Random,
  plan: ChildPlan,
  index: number,
): GeneratedSchool {
  const child: Child = plan.child;
  const legacy = child.school;
  delete child.school;
  const yearStart = schoolYearStart(plan.lastDay);
  const out: GeneratedSchool = { schools: [], schoolRules: [], sickReports: [] };
  // The new placement without a contact person has no school recorded yet: the dashboard asks for it.
  if (plan.scenario === 'newPlacement' && !child.contactPersonId) return out;
  const name = legacy?.name ?? rng.pick(SCHOOLS.primary);
  const reviewedOn = index % 4 === 3 ? undefined : addDays(yearStart, rng.int(20, 40));
  const reviewed = reviewedOn && reviewedOn <= plan.lastDay ? reviewedOn : undefined;
  let current: SchoolRecord;
  if (index === 1) {
    // Changed school this school year: the old school and its rules stay as history.
    const changedOn = schoolDayOnOrBefore(addMonths(yearStart, 2));
    const old = schoolRecord(ctx, rng, plan, {
      name: rng.pick(SCHOOLS.secondary),
      startedOn: addMonths(yearStart, -24),
      endedOn: addDays(changedOn, -1),
    });
    current = schoolRecord(ctx, rng, plan, {
      name,
      legacy,
      startedOn: changedOn,
      ...(reviewed && { reviewedOn: reviewed }),
    });
    out.schools.push(old);
    out.schoolRules.push(...rulesFor(rng, plan, old));
  } else {
    current = schoolRecord(ctx, rng, plan, {
      name,
      legacy,
      startedOn: addMonths(yearStart, -12),
      ...(reviewed && { reviewedOn: reviewed }),
    });
  }
  out.schools.push(current);
  // One placement has a school but no rules yet.
  if (plan.scenario !== 'newPlacement') out.schoolRules.push(...rulesFor(rng, plan, current));
  const sickToday =
    plan.scenario === 'regular' &&
    plan.lastDay === ctx.today &&
    index % 3 === 0 &&
    schoolDayOnOrBefore(ctx.today) === ctx.today;
  out.sickReports.push(...sickDays(ctx, rng, plan, current, sickToday));
  return out;
}
