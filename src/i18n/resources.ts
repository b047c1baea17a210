// Every locale namespace, imported explicitly so the nl resources can type the translation keys.
import enAudit from '../locales/en/audit.json';
import enBackup from '../locales/en/backup.json';
import enRetention from '../locales/en/retention.json';
import enChildren from '../locales/en/children.json';
import enCommon from '../locales/en/common.json';
import enExport from '../locales/en/export.json';
import enHomes from '../locales/en/homes.json';
import enSettings from '../locales/en/settings.json';
import enSignin from '../locales/en/signin.json';
import enStaff from '../locales/en/staff.json';
import nlAudit from '../locales/nl/audit.json';
import nlBackup from '../locales/nl/backup.json';
import nlRetention from '../locales/nl/retention.json';
import nlChildren from '../locales/nl/children.json';
import nlCommon from '../locales/nl/common.json';
import nlExport from '../locales/nl/export.json';
import nlHomes from '../locales/nl/homes.json';
import nlSettings from '../locales/nl/settings.json';
import nlSignin from '../locales/nl/signin.json';
import nlStaff from '../locales/nl/staff.json';
import enFamily from '../locales/en/family.json';
import enAgreements from '../locales/en/agreements.json';
import enGoals from '../locales/en/goals.json';
import enContacts from '../locales/en/contacts.json';
import enEvaluations from '../locales/en/evaluations.json';
import enDashboard from '../locales/en/dashboard.json';
import enDocuments from '../locales/en/documents.json';
import nlFamily from '../locales/nl/family.json';
import nlAgreements from '../locales/nl/agreements.json';
import nlGoals from '../locales/nl/goals.json';
import nlContacts from '../locales/nl/contacts.json';
import nlEvaluations from '../locales/nl/evaluations.json';
import nlDashboard from '../locales/nl/dashboard.json';
import nlDocuments from '../locales/nl/documents.json';
import enReports from '../locales/en/reports.json';
import nlReports from '../locales/nl/reports.json';
import enSchool from '../locales/en/school.json';
import nlSchool from '../locales/nl/school.json';
import enRoster from '../locales/en/roster.json';
import nlRoster from '../locales/nl/roster.json';

export const nl = {
  common: nlCommon,
  homes: nlHomes,
  signin: nlSignin,
  staff: nlStaff,
  children: nlChildren,
  settings: nlSettings,
  audit: nlAudit,
  export: nlExport,
  family: nlFamily,
  agreements: nlAgreements,
  goals: nlGoals,
  contacts: nlContacts,
  evaluations: nlEvaluations,
  dashboard: nlDashboard,
  documents: nlDocuments,
  backup: nlBackup,
  retention: nlRetention,
  reports: nlReports,
  school: nlSchool,
  roster: nlRoster,
};

export const en: typeof nl = {
  common: enCommon,
  homes: enHomes,
  signin: enSignin,
  staff: enStaff,
  children: enChildren,
  settings: enSettings,
  audit: enAudit,
  export: enExport,
  family: enFamily,
  agreements: enAgreements,
  goals: enGoals,
  contacts: enContacts,
  evaluations: enEvaluations,
  dashboard: enDashboard,
  documents: enDocuments,
  backup: enBackup,
  retention: enRetention,
  reports: enReports,
  school: enSchool,
  roster: enRoster,
};

export const resources = { nl, en };
export type Namespace = keyof typeof nl;
