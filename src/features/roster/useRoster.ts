// Roster hooks: a week of shifts and absences, the home's shift types and patterns, and the commands
// that plan, copy and remove; the only bridge from the roster screens to src/data.
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays } from '../../domain/dates';
import type { Absence, Shift, ShiftDraft, ShiftType, StaffPattern } from '../../domain/roster';
import type { Draft, Id, IsoDate, StaffMember } from '../../domain/types';
import { useRepos } from '../../ui/AppContext';

export interface RosterWeek {
  shifts: Shift[];
  absences: Absence[];
  staff: StaffMember[];
  shiftTypes: ShiftType[];
  patterns: StaffPattern[];
}

/** Everything the week grid starting `monday` shows (the night before it included). */
export function useRosterWeek(monday: IsoDate): RosterWeek | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    const [shifts, absences, staff, shiftTypes, patterns] = await Promise.all([
      repos.shifts.week(monday),
      repos.absences.list(),
      repos.staff.list(),
      repos.shiftTypes.list(),
      repos.staffPatterns.list(),
    ]);
    const sunday = addDays(monday, 6);
    return {
      shifts,
      absences: absences.filter((absence) => absence.from <= sunday && (absence.to ?? sunday) >= monday),
      staff,
      shiftTypes,
      patterns,
    };
  }, [repos, monday]);
}

export function useRosterCommands() {
  const repos = useRepos();
  return {
    planShift: (draft: ShiftDraft) => repos.shifts.create(draft),
    updateShift: (id: Id, draft: Partial<ShiftDraft>) => repos.shifts.update(id, draft),
    removeShift: (id: Id) => repos.shifts.remove(id),
    copyWeek: (fromMonday: IsoDate, toMonday: IsoDate) => repos.shifts.copyWeek(fromMonday, toMonday),
    savePattern: (existing: StaffPattern | undefined, draft: Draft<StaffPattern>) =>
      existing ? repos.staffPatterns.update(existing.id, draft) : repos.staffPatterns.create(draft),
    applyPattern: (patternId: Id, from: IsoDate, to: IsoDate) =>
      repos.shifts.applyPattern(patternId, from, to),
    saveAbsence: (existing: Absence | undefined, draft: Draft<Absence>) =>
      existing ? repos.absences.update(existing.id, draft) : repos.absences.create(draft),
    removeAbsence: (id: Id) => repos.absences.remove(id),
    saveShiftType: (existing: ShiftType | undefined, draft: Draft<ShiftType>) =>
      existing ? repos.shiftTypes.update(existing.id, draft) : repos.shiftTypes.create(draft),
    /** Archived: no longer offered when planning; shifts already planned with it keep its name. */
    setShiftTypeArchived: (id: Id, archived: boolean) => repos.shiftTypes.update(id, { archived }),
  };
}
