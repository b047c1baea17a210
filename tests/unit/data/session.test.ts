// Sign-in flows on a real (fake-indexeddb) home database: passwords, one-time codes, recovery, lock.
import { describe, expect, it } from 'vitest';
import { LockedHome } from '../../../src/data/session';
import { createRepositories } from '../../../src/data/repositories';
import { newTestHome, TEST_PASSWORD } from './testSession';

async function signedIn(locked: LockedHome, staffId: string, secret: string) {
  const result = await locked.signIn(staffId, secret);
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.session;
}

describe('home sessions', () => {
  it('lets the first coordinator sign in again after locking', async () => {
    const { homeId, session, repos } = await newTestHome();
    await repos.children.create({
      name: 'Sanne de Vries',
      birthDate: '2012-05-14',
      placementStart: '2026-01-05',
      legalFramework: 'voluntary',
      languages: [],
      mentorAssignments: [],
      contactNormDays: 7,
      evaluationIntervalMonths: 3,
    });
    const staffId = session.staffId;
    session.lock();
    expect(session.isLocked).toBe(true);

    const locked = new LockedHome(homeId);
    const names = await locked.signInNames();
    expect(names).toEqual([{ staffId, label: 'Test Coördinator', firstSignIn: false }]);
    const again = await signedIn(locked, staffId, TEST_PASSWORD);
    const children = await createRepositories(again).children.list();
    expect(children.map((child) => child.name)).toEqual(['Sanne de Vries']);
    again.lock();
  });

  it('refuses a wrong password with a reason, keeps the slot usable and audits the failure on the next sign-in', async () => {
    const { homeId, session } = await newTestHome();
    const staffId = session.staffId;
    session.lock();
    const locked = new LockedHome(homeId);
    const wrong = await locked.signIn(staffId, 'niet-het-wachtwoord');
    expect(wrong).toMatchObject({ ok: false, reason: 'wrongSecret', failedAttempts: 1, retryInMs: 0 });
    const again = await signedIn(locked, staffId, TEST_PASSWORD);
    const audit = await createRepositories(again).audit.list();
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['signInFailed', 'signIn']));
    expect(audit.find((entry) => entry.action === 'signInFailed')?.staffId).toBe(staffId);
    again.lock();
  });

  it('makes the user wait after five failed attempts, then accepts the right password', async () => {
    const { homeId, session } = await newTestHome();
    const staffId = session.staffId;
    session.lock();
    const locked = new LockedHome(homeId);
    const start = new Date('2026-11-24T10:00:00Z');
    let last;
    for (let attempt = 0; attempt < 5; attempt++)
      last = await locked.signIn(staffId, `fout-${attempt}`, start);
    expect(last).toMatchObject({ ok: false, reason: 'wrongSecret', failedAttempts: 5 });
    expect(last && !last.ok && 'retryInMs' in last && last.retryInMs).toBeGreaterThan(0);
    const tooSoon = await locked.signIn(staffId, TEST_PASSWORD, new Date(start.getTime() + 1000));
    expect(tooSoon).toMatchObject({ ok: false, reason: 'tooSoon' });
    const later = await locked.signIn(staffId, TEST_PASSWORD, new Date(start.getTime() + 60 * 60_000));
    expect(later.ok).toBe(true);
    if (later.ok) later.session.lock();
  });

  it('gives a new staff member access with a one-time code, then their own password', async () => {
    const { homeId, repos, session } = await newTestHome();
    const { staff, oneTimeCode } = await repos.staff.addWithAccess({
      name: 'Femke Bakker',
      role: 'careWorker',
      activeFrom: '2026-11-01',
    });
    session.lock();
    const locked = new LockedHome(homeId);
    expect((await locked.signInNames()).find((name) => name.staffId === staff.id)?.firstSignIn).toBe(true);
    const first = await signedIn(locked, staff.id, oneTimeCode.toLowerCase().replace('-', ' '));
    expect(first.mustSetPassword).toBe(true);
    await first.setPassword('femke-eigen-wachtwoord');
    first.lock();

    const next = new LockedHome(homeId);
    expect((await next.signIn(staff.id, oneTimeCode)).ok).toBe(false);
    const own = await signedIn(next, staff.id, 'femke-eigen-wachtwoord');
    expect(own.role).toBe('careWorker');
    expect(own.mustSetPassword).toBe(false);
    own.lock();
  });

  it('signs in with the recovery key and lets the user set a new password', async () => {
    const { homeId, session, recoveryKey } = await newTestHome();
    const staffId = session.staffId;
    session.lock();
    const locked = new LockedHome(homeId);
    expect((await locked.recover(staffId, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH')).ok).toBe(false);
    const result = await locked.recover(staffId, recoveryKey.toLowerCase().replaceAll('-', ' '));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.mustSetPassword).toBe(true);
    await result.session.setPassword('nieuw-wachtwoord');
    const audit = await createRepositories(result.session).audit.list();
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['recoverySignIn', 'passwordChanged']),
    );
    result.session.lock();

    const next = new LockedHome(homeId);
    expect((await next.signIn(staffId, TEST_PASSWORD)).ok).toBe(false);
    expect((await next.signIn(staffId, 'nieuw-wachtwoord')).ok).toBe(true);
  });

  it('refuses staff whose active period has ended', async () => {
    const { homeId, repos, session } = await newTestHome();
    const { staff, oneTimeCode } = await repos.staff.addWithAccess({
      name: 'Oud Collega',
      role: 'careWorker',
      activeFrom: '2020-01-01',
      activeTo: '2021-01-01',
    });
    session.lock();
    const result = await new LockedHome(homeId).signIn(staff.id, oneTimeCode);
    expect(result).toEqual({ ok: false, reason: 'inactive' });
  });

  it('keeps the sign-in list in step with renamed staff and rejects reading after lock', async () => {
    const { homeId, repos, session } = await newTestHome();
    const { staff } = await repos.staff.addWithAccess({
      name: 'Jan Smit',
      role: 'mentor',
      activeFrom: '2026-01-01',
    });
    await repos.staff.update(staff.id, {
      name: 'Jan Smit-de Boer',
      role: 'mentor',
      activeFrom: '2026-01-01',
    });
    session.lock();
    await expect(repos.children.list()).rejects.toThrow();
    const names = await new LockedHome(homeId).signInNames();
    expect(names.map((name) => name.label)).toContain('Jan Smit-de Boer');
  });

  it('only lets coordinators hand out access', async () => {
    const { homeId, repos, session } = await newTestHome();
    const { staff, oneTimeCode } = await repos.staff.addWithAccess({
      name: 'Pim de Wit',
      role: 'careWorker',
      activeFrom: '2026-01-01',
    });
    session.lock();
    const careWorker = await signedIn(new LockedHome(homeId), staff.id, oneTimeCode);
    await expect(careWorker.issueOneTimeCode({ id: staff.id, name: staff.name })).rejects.toThrow(
      'only coordinators',
    );
    careWorker.lock();
  });
  it('changes the own password only with the right current password', async () => {
    const { homeId, session } = await newTestHome();
    expect(await session.changePassword('niet-het-huidige', 'nieuw-wachtwoord-1')).toBe(false);
    expect(await session.changePassword(TEST_PASSWORD, 'nieuw-wachtwoord-1')).toBe(true);
    const staffId = session.staffId;
    session.lock();
    const locked = new LockedHome(homeId);
    expect((await locked.signIn(staffId, TEST_PASSWORD)).ok).toBe(false);
    const again = await signedIn(locked, staffId, 'nieuw-wachtwoord-1');
    again.lock();
  });
});
