// The one table registry: every table of a home database is declared here once; the Dexie schema,
// the repositories, the demo data and the backup derive from it.
import type {
  Agreement,
  AgreementRevision,
  AuditEntry,
  Child,
  Contact,
  Evaluation,
  FamilyMember,
  Goal,
  Handover,
  Id,
  IsoDateTime,
  StaffMember,
} from '../domain/types';
import type { RoleAssignment } from '../domain/assignments';
import type { ContactMoment } from '../domain/contactMoments';
import type { Report, ReportReaction, ReportVersion } from '../domain/reports';
import type { Absence, Shift, ShiftType, StaffPattern } from '../domain/roster';
import type { SchoolRecord, SchoolRule, SickReport } from '../domain/schoolTypes';
import type { KeySlot } from './crypto';

/** A clear record of the `meta` table: applied migrations and other facts about the database itself. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** A record that failed to open (table and id only, never content). */
export interface DamagedRecord {
  table: string;
  id: string;
  firstSeen: IsoDateTime;
  lastSeen: IsoDateTime;
}

export interface TableSpec<T> {
  /** Dexie index spec, primary key first. Indexed fields stay clear: ids, dates, statuses only. */
  readonly indexes: string;
  /** Stored unencrypted and readable before sign-in: never personal data besides sign-in names. */
  readonly clear: boolean;
  /** Records belong to one child and are indexed on `childId`. */
  readonly perChild: boolean;
  /** Part of a home's content: written by the demo generator, counted in backups and fixtures. */
  readonly content: boolean;
  /**
   * Clear fields computed from the record on every write (stored beside the blob for an index, never
   * returned on read): only flags and dates, so an index can find e.g. contacts with open follow-ups.
   */
  readonly derived?: Readonly<Record<string, (record: T) => string | number | undefined>>;
  /** Phantom: the record type, for typing only. */
  readonly record?: T;
}

/** `table<Record>()({ … })`: keeps the flags as literal types, so table names can be selected by flag. */
const table =
  <T>() =>
  <const F extends Omit<TableSpec<T>, 'record'>>(flags: F): F & TableSpec<T> =>
    flags;

export const TABLES = {
  staff: table<StaffMember>()({ indexes: 'id', clear: false, perChild: false, content: true }),
  keySlots: table<KeySlot>()({ indexes: 'id, staffId, kind', clear: true, perChild: false, content: false }),
  meta: table<MetaRecord>()({ indexes: 'key', clear: true, perChild: false, content: false }),
  damagedRecords: table<DamagedRecord>()({
    indexes: '[table+id], table',
    clear: true,
    perChild: false,
    content: false,
  }),
  children: table<Child>()({ indexes: 'id', clear: false, perChild: false, content: true }),
  familyMembers: table<FamilyMember>()({
    indexes: 'id, childId',
    clear: false,
    perChild: true,
    content: true,
  }),
  agreements: table<Agreement>()({
    indexes: 'id, childId, status, reviewOn, [childId+status]',
    clear: false,
    perChild: true,
    content: true,
  }),
  agreementRevisions: table<AgreementRevision>()({
    indexes: 'id, agreementId, childId',
    clear: false,
    perChild: true,
    content: true,
  }),
  goals: table<Goal>()({
    indexes: 'id, childId, status, [childId+status]',
    clear: false,
    perChild: true,
    content: true,
  }),
  contacts: table<Contact>()({
    indexes: 'id, childId, at, [childId+at], hasOpenFollowUp',
    clear: false,
    perChild: true,
    content: true,
    derived: {
      hasOpenFollowUp: (contact: Contact) =>
        contact.followUps.some((followUp) => !followUp.done) ? 1 : undefined,
    },
  }),
  evaluations: table<Evaluation>()({
    indexes: 'id, childId, heldOn, [childId+heldOn]',
    clear: false,
    perChild: true,
    content: true,
  }),
  handovers: table<Handover>()({ indexes: 'id, childId', clear: false, perChild: true, content: true }),
  schools: table<SchoolRecord>()({ indexes: 'id, childId', clear: false, perChild: true, content: true }),
  schoolRules: table<SchoolRule>()({
    indexes: 'id, childId, schoolId',
    clear: false,
    perChild: true,
    content: true,
  }),
  sickReports: table<SickReport>()({
    indexes: 'id, childId, sickOn, stillSick',
    clear: false,
    perChild: true,
    content: true,
    derived: {
      // Open sick reports (not yet reported better) for the dashboard, without reading the history.
      stillSick: (report: SickReport) => (report.betterOn === undefined ? 1 : undefined),
    },
  }),
  reports: table<Report>()({ indexes: 'id, childId, status', clear: false, perChild: true, content: true }),
  reportVersions: table<ReportVersion>()({
    indexes: 'id, reportId, childId',
    clear: false,
    perChild: true,
    content: true,
  }),
  reportReactions: table<ReportReaction>()({
    indexes: 'id, reportId, childId',
    clear: false,
    perChild: true,
    content: true,
  }),
  // The roster and role assignments (schema version 5): only ids, dates and the role are clear.
  shiftTypes: table<ShiftType>()({ indexes: 'id', clear: false, perChild: false, content: true }),
  shifts: table<Shift>()({
    indexes: 'id, staffId, date, [staffId+date]',
    clear: false,
    perChild: false,
    content: true,
  }),
  absences: table<Absence>()({ indexes: 'id, staffId, from', clear: false, perChild: false, content: true }),
  staffPatterns: table<StaffPattern>()({
    indexes: 'id, staffId',
    clear: false,
    perChild: false,
    content: true,
  }),
  roleAssignments: table<RoleAssignment>()({
    indexes: 'id, childId, staffId, role',
    clear: false,
    perChild: true,
    content: true,
  }),
  contactMoments: table<ContactMoment>()({
    indexes: 'id, childId',
    clear: false,
    perChild: true,
    content: true,
  }),
  auditLog: table<AuditEntry>()({
    indexes: 'id, &seq, at, action, entity, childId',
    clear: false,
    perChild: false,
    content: false,
  }),
} as const;

export type TableName = keyof typeof TABLES;
export type RecordOf<N extends TableName> = (typeof TABLES)[N] extends TableSpec<infer T> ? T : never;

type NamesWhere<Key extends 'clear' | 'perChild' | 'content'> = {
  [N in TableName]: (typeof TABLES)[N][Key] extends true ? N : never;
}[TableName];

export type ContentTableName = NamesWhere<'content'>;
export type PerChildTableName = NamesWhere<'perChild'>;

type Flags = Pick<TableSpec<unknown>, 'clear' | 'perChild' | 'content'>;
const names = (test: (spec: Flags) => boolean) =>
  (Object.keys(TABLES) as TableName[]).filter((name) => test(TABLES[name]));

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export const CLEAR_TABLES = names((spec) => spec.clear);
export const ENCRYPTED_TABLES = names((spec) => !spec.clear);
export const CONTENT_TABLES = names((spec) => spec.content) as ContentTableName[];
export const PER_CHILD_TABLES = names((spec) => spec.perChild) as PerChildTableName[];

/** Derived clear fields per table, for the encryption middleware. */
export const DERIVED_FIELDS: Readonly<Record<string, Readonly<Record<string, (record: never) => unknown>>>> =
  Object.fromEntries(
    TABLE_NAMES.flatMap((name) => {
      const derived = (TABLES[name] as { derived?: Record<string, (record: never) => unknown> }).derived;
      return derived ? [[name, derived]] : [];
    }),
  );

/** The Dexie `stores()` argument of the current schema. */
export const currentStores = (): Record<TableName, string> =>
  Object.fromEntries(TABLE_NAMES.map((name) => [name, TABLES[name].indexes])) as Record<TableName, string>;

/** A home's content, table by table: what the demo generator writes and a fixture holds. */
export type HomeData = { [N in ContentTableName]: RecordOf<N>[] };

export type { Id };
