// Version 7: the dashboard reads agreements in force and running goals per child in care through
// `[childId+status]`, instead of every agreement and goal of every child the home ever had. Both fields
// are already stored in the clear beside each record, so Dexie builds the new indexes from them: nothing
// to rewrite, and the records' additional data (the clear fields as stored) is unchanged.
// Never edit after release.
import { VERSION_6 } from './0006-reports';

export const VERSION_7 = {
  version: 7,
  stores: {
    ...VERSION_6.stores,
    agreements: 'id, childId, status, reviewOn, [childId+status]',
    goals: 'id, childId, status, [childId+status]',
  },
} as const;
