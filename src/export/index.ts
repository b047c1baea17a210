// Public API of the Word exports: view-model assembly and one builder per document.
export type { ExportLanguage, ExportT } from './translate';
export { formatDate, toBytes } from './styles';
export * from './viewModels';
export type { FamilyMemberItem } from './handoverModel';
export { CONTACT_PATTERN_MONTHS } from './handoverModel';
export { buildAgreementsSheet } from './agreementsSheet';
export { buildMeetingPrep } from './meetingPrep';
export { buildHandover, handoverDocument } from './handover';
export { buildRecoverySheet } from './recoverySheet';
export { buildReport, type ReportDocumentModel, type ReportPerson } from './report';
export {
  currentContent,
  documentLanguageFor,
  expectedReport,
  reportDocumentModel,
  reportPeople,
} from './reportModel';
export type { ReportRecords } from './reportModel';
export { schoolCardModel, type SchoolCardInput, type SchoolCardModel } from './schoolModel';
export { buildSchoolCard, type SchoolCardVariant } from './schoolCard';
export { buildContactPersonLetter, type ContactPersonLetterModel } from './contactPersonLetter';
export {
  buildCalendar,
  calendarFileName,
  calendarModel,
  hideNames,
  type CalendarFamily,
  type CalendarModel,
} from './calendar';
