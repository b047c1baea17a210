// Test helper: loads a frozen home of an earlier schema version (tests/fixtures/versions/vN) into
// fake-indexeddb under a fresh home id, as if that version of the app had written it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { homeDbName } from '../../../src/data/db';
import { fromJson, loadDatabase, type DatabaseDump } from '../../fixtures/versions/rawIdb';

const folder = (version: string) => join(import.meta.dirname, '../../fixtures/versions', version);
const read = (version: string, file: string) => readFileSync(join(folder(version), file), 'utf8');

export interface FrozenHome {
  homeId: string;
  staffId: string;
  password: string;
  /** The plain records that version's code read back, per table. */
  expected: Record<string, Record<string, unknown>[]>;
  dump: DatabaseDump;
}

/** Loads the frozen home; the database keeps its original name, so the records' bindings hold. */
export async function loadFrozenHome(version: string): Promise<FrozenHome> {
  const home = JSON.parse(read(version, 'home.json')) as {
    homeId: string;
    staffId: string;
    password: string;
  };
  const dump = JSON.parse(read(version, 'database.json')) as DatabaseDump;
  const expected = fromJson(JSON.parse(read(version, 'expected.json'))) as FrozenHome['expected'];
  // Each test gets its own copy: remove an earlier one of the same name first.
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(homeDbName(home.homeId));
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  await loadDatabase(dump);
  return { ...home, expected, dump };
}
