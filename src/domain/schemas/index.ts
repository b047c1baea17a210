// The record schemas (zod): shared by the forms and the repositories' input checks.
export * from './fields';
export * from './agreement';
export * from './goal';
export * from './contact';
export * from './evaluation';
export * from './handover';
