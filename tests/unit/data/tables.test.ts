// The table registry is the one place a table is declared; everything else derives from it.
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../src/data/repositories';
import { CONTENT_TABLES, PER_CHILD_TABLES, TABLES, TABLE_NAMES } from '../../../src/data/tables';
import { generateHome } from '../../../src/data/demo/generateHome';
import { newTestHome } from './testSession';

/** Clear (indexed) fields must be ids, dates, statuses or kinds: never names or free text. */
const ALLOWED_CLEAR_FIELDS = new Set([
  'id',
  'key',
  'table',
  'childId',
  'staffId',
  'agreementId',
  'reportId',
  'kind',
  'status',
  'reviewOn',
  'at',
  'heldOn',
  'hasOpenFollowUp',
  'schoolId',
  'sickOn',
  'stillSick',
  'seq',
  'action',
  'entity',
  // The roster (version 5): a shift's date, an absence's first day, an assignment's role.
  'date',
  'from',
  'role',
]);

const fieldsOf = (indexes: string) =>
  indexes
    .split(',')
    .map((index) => index.trim().replace(/^[&*]/, ''))
    .flatMap((index) => (index.startsWith('[') ? index.slice(1, -1).split('+') : [index]));

describe('table registry', () => {
  it('indexes only ids, dates and statuses', () => {
    for (const name of TABLE_NAMES) {
      for (const field of fieldsOf(TABLES[name].indexes))
        expect(ALLOWED_CLEAR_FIELDS, `${name}.${field}`).toContain(field);
    }
  });

  it('indexes every per-child table on childId', () => {
    for (const name of PER_CHILD_TABLES) expect(fieldsOf(TABLES[name].indexes)).toContain('childId');
  });

  it('gives every content table a repository (revisions, report versions and reactions through theirs)', async () => {
    const { session } = await newTestHome();
    const repos = createRepositories(session);
    const writtenThroughOthers = ['agreementRevisions', 'reportVersions', 'reportReactions'];
    for (const name of CONTENT_TABLES.filter((table) => !writtenThroughOthers.includes(table))) {
      expect(repos, name).toHaveProperty(name);
    }
    session.lock();
  });

  it('has the fixture generator fill every content table', () => {
    const home = generateHome({ seed: 3, children: 5, staff: 4 });
    expect(Object.keys(home).sort()).toEqual([...CONTENT_TABLES].sort());
  });
});
