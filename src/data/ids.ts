// Identifiers and timestamps for new records.
export const newId = (): string => crypto.randomUUID();
