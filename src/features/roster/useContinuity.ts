// Continuity hooks: the home's figures and trend, one child's figures, today's planned parent contacts
// with who does them, and the alerts for the dashboard card.
import { useLiveQuery } from 'dexie-react-hooks';
import { plannedContactCover, type PlannedContactCover } from '../../domain/contactMoments';
import {
  childContinuity,
  childTrend,
  continuityAlerts,
  homeContinuity,
  homeTrend,
  parentContacts,
  type ChildContinuity,
  type ContinuityAlert,
  type ContinuityPoint,
  type HomeContinuity,
} from '../../domain/continuity';
import { readContinuitySettings, updateContinuitySettings } from '../../data/continuitySettings';
import type { Child, Id, IsoDate } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

/** Six months of contacts for the trend, plus a margin for time zones. */
const TREND_LOOKBACK_DAYS = 190;

export interface ContinuityAlertsState {
  alerts: ContinuityAlert[];
  children: Child[];
  staffNames: Map<Id, string>;
  maxStaffPer30Days: number;
}

/** The dashboard card's alerts (contact persons away or leaving, too many faces, planned contacts). */
export function useContinuityAlerts(today: IsoDate): ContinuityAlertsState | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [records, settings] = await Promise.all([
      repos.queries.continuity(today),
      readContinuitySettings(repos.session.db),
    ]);
    return {
      alerts: continuityAlerts({ ...records, today, maxStaffPer30Days: settings.maxStaffPer30Days }),
      children: records.children,
      staffNames: new Map(records.staff.map((member) => [member.id, member.name])),
      maxStaffPer30Days: settings.maxStaffPer30Days,
    };
  }, [repos, today]);
}

export interface HomeContinuityState {
  figures: HomeContinuity;
  trend: ContinuityPoint[];
  children: Child[];
  staffNames: Map<Id, string>;
}

export function useHomeContinuity(today: IsoDate): HomeContinuityState | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const records = await repos.queries.continuity(today, TREND_LOOKBACK_DAYS);
    const input = { ...records, today };
    return {
      figures: homeContinuity(input),
      trend: homeTrend(input),
      children: records.children,
      staffNames: new Map(records.staff.map((member) => [member.id, member.name])),
    };
  }, [repos, today]);
}

export interface ChildContinuityState {
  figures: ChildContinuity;
  trend: ContinuityPoint[];
}

export function useChildContinuity(
  child: Child | undefined,
  today: IsoDate,
): ChildContinuityState | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    if (!child) return undefined;
    const [contacts, familyMembers, assignments] = await Promise.all([
      repos.contacts.byChild(child.id),
      repos.familyMembers.byChild(child.id),
      repos.roleAssignments.byChild(child.id),
    ]);
    const parents = parentContacts(contacts, familyMembers);
    return {
      figures: childContinuity(child, parents, assignments, today),
      trend: childTrend(child, parents, assignments, today),
    };
  }, [repos, child, today]);
}

/** Planned parent contacts from `from` to `to` with who is on shift to do them. */
export function usePlannedContacts(
  from: IsoDate,
  to: IsoDate,
): { covers: PlannedContactCover[] } | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const records = await repos.queries.continuity(from);
    const inCare = new Set(
      records.children.filter((child) => child.placementEndedOn === undefined).map((child) => child.id),
    );
    const moments = records.contactMoments.filter((moment) => inCare.has(moment.childId));
    return { covers: plannedContactCover(moments, from, to, records) };
  }, [repos, from, to]);
}

export function useContinuitySettings() {
  const repos = useRepos();
  const settings = useLiveQuery(() => readContinuitySettings(repos.session.db), [repos]);
  return {
    settings,
    update: (maxStaffPer30Days: number) => updateContinuitySettings(repos.session.db, { maxStaffPer30Days }),
  };
}
