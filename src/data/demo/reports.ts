// Demo reports: per current placement an earlier report made final with the parents' reactions (or
// the recorded absence of one), and a recent one waiting for a reaction, past its period, or a draft.
import { addDays, daysBetween } from '../../domain/dates';
import {
  goalsOfPeriod,
  reactionDueOn,
  reportContent,
  reportRecipients,
  type Report,
  type ReportReaction,
  type ReportShare,
  type ReportVersion,
} from '../../domain/reports';
import type { Goal, IsoDate } from '../../domain/types';
import { fillText, meta, momentOn, staffOn, type ChildPlan, type FixtureContext } from './context';

const FACTS = [
  '{naam} ging deze periode elke schooldag naar school, op twee ziektedagen na. Het weekendverlof bij moeder liep volgens afspraak.',
  '{naam} heeft zich aangemeld bij de voetbalclub en traint twee keer per week. Er waren drie conflicten op de groep, alle drie rond bedtijd.',
];
const YOUTH = [
  'Ik vind het hier beter dan in het begin. Ik wil wel vaker naar huis.',
  'School gaat goed. Ik wil zelf mijn telefoon houden na negen uur.',
];
const PARENT = [
  'Ik zie dat {naam} rustiger is als {hij} thuiskomt. Ik wil meer meebeslissen over school.',
  'Het gaat de goede kant op, maar ik hoor te weinig van de groep.',
];
const INTERPRETATION = [
  '{naam} lijkt meer houvast te hebben aan een vaste dagstructuur. De samenwerking met de ouders is open; over de bedtijden verschillen we nog van mening.',
  'De doelen rond school zijn grotendeels gehaald. {naam} heeft steun nodig bij het omgaan met spanning in het weekend.',
];
const NEXT = [
  'Oudergesprek over bedtijden plannen; de mentor belt moeder elke vrijdag.',
  'Evaluatie van de weekendafspraken over zes weken, samen met beide ouders.',
];
const REACTIONS = [
  'Ik ben het eens met wat er staat over school.\nMaar over het weekend zie ik het anders: het gaat thuis juist goed.',
  'Klopt. Fijn dat het zo goed gaat.',
];

interface DemoReports {
  reports: Report[];
  reportVersions: ReportVersion[];
  reportReactions: ReportReaction[];
}

function content(
  ctx: FixtureContext,
  plan: ChildPlan,
  goals: Goal[],
  from: IsoDate,
  to: IsoDate,
  authorId: string,
) {
  const { rng } = ctx;
  const parents = plan.parents.filter((parent) => parent.hasParentalAuthority);
  return reportContent({
    kind: 'progress',
    periodFrom: from,
    periodTo: to,
    facts: fillText(rng.pick(FACTS), plan),
    youthView: fillText(rng.pick(YOUTH), plan),
    parentsViews: parents.slice(0, 1).map((parent) => ({
      familyMemberId: parent.id,
      text: fillText(rng.pick(PARENT), plan),
    })),
    interpretation: fillText(rng.pick(INTERPRETATION), plan),
    nextSteps: rng.pick(NEXT),
    goals: goalsOfPeriod(goals, from, to),
    authorId,
  });
}

/** One report over [from, to], written the day after, checked two days later, shared on `sharedOn` (if any). */
function report(
  ctx: FixtureContext,
  plan: ChildPlan,
  goals: Goal[],
  period: { from: IsoDate; to: IsoDate; sharedOn?: IsoDate },
  out: DemoReports,
): Report {
  const { rng } = ctx;
  const writtenOn = addDays(period.to, 1);
  const author = rng.pick(staffOn(ctx, writtenOn, ['mentor'])).id;
  const checker = rng.pick(staffOn(ctx, writtenOn, ['behaviouralScientist']));
  const base = content(ctx, plan, goals, period.from, period.to, author);
  const record: Report = {
    ...meta(rng.id(), momentOn(rng, writtenOn), author),
    ...base,
    childId: plan.child.id,
    status: 'draft',
    version: 1,
    shares: [],
  };
  if (!period.sharedOn || checker.role !== 'behaviouralScientist' || checker.id === author) return record;
  const checkedOn = addDays(writtenOn, 2);
  const recipients = reportRecipients(plan.child, [...plan.parents], period.sharedOn);
  const shares: ReportShare[] = recipients.map((recipient) => ({
    personId: recipient.personId,
    personKind: recipient.personKind,
    sharedOn: period.sharedOn!,
    channel:
      recipient.personKind === 'youth' ? 'meeting' : rng.pick(['email', 'post', 'handedOver'] as const),
    sharedBy: author,
    reactionDueOn: reactionDueOn(period.sharedOn!),
  }));
  // Nobody to share with (no one with authority, a youth under 12): it stays checked.
  if (shares.length === 0) return { ...record, status: 'checked', checkedBy: checker.id, checkedOn };
  const shared: Report = { ...record, status: 'shared', checkedBy: checker.id, checkedOn, shares };
  out.reportVersions.push({
    id: rng.id(),
    reportId: record.id,
    childId: plan.child.id,
    version: 1,
    content: base,
    checkedBy: checker.id,
    checkedOn,
    frozenAt: momentOn(rng, period.sharedOn),
    frozenBy: author,
    shares,
  });
  return { ...shared, ...meta(record.id, record.createdAt, author, momentOn(rng, period.sharedOn), author) };
}

export function generateReports(
  ctx: FixtureContext,
  plans: readonly ChildPlan[],
  goals: readonly Goal[],
): DemoReports {
  const out: DemoReports = { reports: [], reportVersions: [], reportReactions: [] };
  const { rng, today } = ctx;
  const eligible = plans.filter(
    (plan) => plan.scenario !== 'ended' && daysBetween(plan.child.placementStart, today) >= 200,
  );
  eligible.forEach((plan, index) => {
    const childGoals = goals.filter((goal) => goal.childId === plan.child.id);
    // An earlier report, shared, reacted on (or its absence recorded) and made final.
    const earlier = report(
      ctx,
      plan,
      childGoals,
      { from: addDays(today, -200), to: addDays(today, -110), sharedOn: addDays(today, -100) },
      out,
    );
    if (earlier.status === 'shared') {
      const finalOn = addDays(today, -60);
      earlier.shares.forEach((share, shareIndex) => {
        const reacted = shareIndex === 0;
        const receivedOn = reacted
          ? addDays(share.sharedOn, rng.int(5, 20))
          : addDays(share.reactionDueOn, 3);
        out.reportReactions.push({
          ...meta(rng.id(), momentOn(rng, receivedOn), earlier.createdBy),
          reportId: earlier.id,
          childId: plan.child.id,
          version: 1,
          personId: share.personId,
          personKind: share.personKind,
          outcome: reacted ? 'reacted' : 'noReaction',
          sections: reacted
            ? {
                facts: { choice: 'agrees', text: '' },
                interpretation: { choice: 'partly', text: fillText(rng.pick(REACTIONS), plan) },
              }
            : {},
          receivedOn,
          ...(reacted ? { source: rng.pick(['meeting', 'phone', 'returnedDocument'] as const) } : {}),
        });
      });
      const version = out.reportVersions.find((v) => v.reportId === earlier.id);
      if (version) version.finalizedOn = finalOn;
      Object.assign(earlier, { status: 'final', finalizedOn: finalOn, finalizedBy: earlier.createdBy });
    }
    out.reports.push(earlier);
    // A recent one: waiting for a reaction, past its period without one, or still a draft.
    const recent =
      index % 3 === 0
        ? { from: addDays(today, -100), to: addDays(today, -12), sharedOn: addDays(today, -8) }
        : index % 3 === 1
          ? { from: addDays(today, -109), to: addDays(today, -45), sharedOn: addDays(today, -35) }
          : { from: addDays(today, -109), to: addDays(today, -3) };
    out.reports.push(report(ctx, plan, childGoals, recent, out));
  });
  return out;
}
