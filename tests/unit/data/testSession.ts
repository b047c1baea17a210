// Test helper: a fresh home database (fake-indexeddb) with a signed-in coordinator and repositories.
import { createRepositories } from '../../../src/data/repositories';
import { createHomeDatabase } from '../../../src/data/session';

export const TEST_PASSWORD = 'test-wachtwoord';

export async function newTestHome(today = '2026-11-24') {
  const homeId = crypto.randomUUID();
  const { session, recoveryKey } = await createHomeDatabase({
    homeId,
    coordinatorName: 'Test Coördinator',
    password: TEST_PASSWORD,
    today,
  });
  return { homeId, session, recoveryKey, repos: createRepositories(session) };
}
