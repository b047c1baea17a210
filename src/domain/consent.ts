// Consent per category of information: which categories may be shared, and which items belong to which.
import { ageOn } from './dates';
import type {
  AgreementTopic,
  Child,
  FamilyMember,
  Goal,
  Handover,
  HandoverSection,
  Id,
  IsoDate,
  Relation,
} from './types';

/** The categories the consent screen offers: one per handover section. */
export type ConsentCategory = HandoverSection;

/** From this age a youth consents to sharing their own information (WGBO). */
export const YOUTH_CONSENT_AGE = 16;

/** Why a category may be shared: the parents consented, or staff confirmed the recorded legal ground. */
export type SharingBasis = { kind: 'consent' } | { kind: 'legalGround'; legalGround: string };

/**
 * The basis on which a category may be shared, or undefined when it may not: consent of the parents
 * (or the youth), or a recorded legal ground that staff confirmed for this export.
 */
export function sharingBasis(
  handover: Pick<Handover, 'consent'> | null | undefined,
  category: ConsentCategory,
  legalGroundConfirmed: Partial<Record<ConsentCategory, boolean>>,
): SharingBasis | undefined {
  const consent = handover?.consent[category];
  if (consent?.parentsConsent === true) return { kind: 'consent' };
  const ground = consent?.legalGround?.trim();
  if (legalGroundConfirmed[category] === true && ground) return { kind: 'legalGround', legalGround: ground };
  return undefined;
}

/** The categories among `categories` that may not be shared. */
export function categoriesWithoutBasis(
  handover: Pick<Handover, 'consent'> | null | undefined,
  categories: readonly ConsentCategory[],
  legalGroundConfirmed: Partial<Record<ConsentCategory, boolean>>,
): ConsentCategory[] {
  return categories.filter((category) => !sharingBasis(handover, category, legalGroundConfirmed));
}

/** Who may give consent: the parents with authority, and the youth from 16. */
export interface ConsentGiver {
  id: Id;
  name: string;
  kind: 'parent' | 'youth';
  relation?: Relation;
}

export function consentGivers(
  child: Pick<Child, 'id' | 'name' | 'birthDate'>,
  familyMembers: readonly FamilyMember[],
  today: IsoDate,
): ConsentGiver[] {
  const parents = familyMembers
    .filter((member) => member.hasParentalAuthority)
    .map((member): ConsentGiver => ({
      id: member.id,
      name: member.name,
      kind: 'parent',
      relation: member.relation,
    }));
  const youth: ConsentGiver[] =
    ageOn(child.birthDate, today) >= YOUTH_CONSENT_AGE
      ? [{ id: child.id, name: child.name, kind: 'youth' }]
      : [];
  return [...parents, ...youth];
}

// ---------------------------------------------------------------- which category an item belongs to

const AGREEMENT_TOPIC_CATEGORY: Partial<Record<AgreementTopic, ConsentCategory>> = {
  medication: 'health',
  gp: 'health',
  dentist: 'health',
  schoolMeetings: 'school',
  schoolSickReport: 'school',
};

const RELATION_CATEGORY: Partial<Record<Relation, ConsentCategory>> = {
  mentalHealth: 'health',
  teacher: 'school',
};

/**
 * Words that mark a goal or a custom agreement as health information when no topic or category says
 * so; a safety net that errs towards leaving out, never towards sharing.
 */
const HEALTH_WORDS =
  /\b(medicatie|medicijn\w*|huisarts\w*|tandarts\w*|ggz|psychiat\w*|psycholo\w*|therap\w*|diagnose\w*|adhd|autisme|allergi\w*|ziekenhuis\w*)\b/i;

/** Whether a free text speaks of health (medication, therapy, a diagnosis). */
export function mentionsHealth(text: string | undefined): boolean {
  return text !== undefined && HEALTH_WORDS.test(text);
}

/**
 * The category of an agreement: health topics (medication, GP, dentist), school topics, a custom
 * topic that speaks of health, else agreements.
 */
export function agreementCategory(agreement: {
  topic: AgreementTopic;
  customTopic?: string;
  text: string;
}): ConsentCategory {
  const byTopic = AGREEMENT_TOPIC_CATEGORY[agreement.topic];
  if (byTopic) return byTopic;
  if (agreement.topic === 'custom' && mentionsHealth(`${agreement.customTopic ?? ''} ${agreement.text}`))
    return 'health';
  return 'agreements';
}

/** The category of a family or network member: mental-health professionals are health, teachers school. */
export function familyMemberCategory(member: Pick<FamilyMember, 'relation'>): ConsentCategory {
  return RELATION_CATEGORY[member.relation] ?? 'familyAndNetwork';
}

/** The category of a goal: the one recorded with it, health when its title speaks of health, else goals. */
export function goalCategory(goal: Pick<Goal, 'title' | 'infoCategory'>): ConsentCategory {
  if (goal.infoCategory) return goal.infoCategory;
  return HEALTH_WORDS.test(goal.title) ? 'health' : 'goals';
}
