// Agreement history: every version kept in order, nothing lost when two windows edit at once.
import { describe, expect, it } from 'vitest';
import { createRepositories, isConflictError, type ConflictError } from '../../../src/data/repositories';
import { LockedHome } from '../../../src/data/session';
import type { Agreement, AgreementContent } from '../../../src/domain/types';
import { newTestHome, TEST_PASSWORD } from './testSession';

const bedtimes: AgreementContent = {
  topic: 'bedtimes',
  text: 'Doordeweeks om 21:00 naar bed',
  responsible: [{ kind: 'groupStaff' }],
  status: 'agreed',
  agreedOn: '2026-10-01',
  agreedWith: [],
  reviewOn: '2027-01-01',
};

describe('agreement repository', () => {
  it('keeps a complete, ordered history: version 1 and every revision', async () => {
    const { repos, session } = await newTestHome();
    const agreement = await repos.agreements.add('child-1', bedtimes);
    let current = agreement;
    for (const text of ['21:15', '21:30', '21:45']) {
      current = await repos.agreements.revise(
        current.id,
        { ...bedtimes, text: `Doordeweeks om ${text}` },
        current.version,
      );
    }
    expect(current.version).toBe(4);
    const history = await repos.agreements.history(agreement.id);
    expect(history.map((revision) => revision.version)).toEqual([1, 2, 3, 4]);
    expect(history.map((revision) => revision.content.text)).toEqual([
      'Doordeweeks om 21:00 naar bed',
      'Doordeweeks om 21:15',
      'Doordeweeks om 21:30',
      'Doordeweeks om 21:45',
    ]);
    expect(history.every((revision) => revision.changedBy === session.staffId)).toBe(true);
    expect((await repos.agreements.get(agreement.id))?.text).toBe('Doordeweeks om 21:45');
    session.lock();
  });

  it('refuses the second of two saves based on the same version, with the other change; re-applied it is kept', async () => {
    const { homeId, repos, session } = await newTestHome();
    const agreement = await repos.agreements.add('child-1', bedtimes);
    // A second window: its own sign-in and repositories on the same database.
    const other = await new LockedHome(homeId).signIn(session.staffId, TEST_PASSWORD);
    if (!other.ok) throw new Error('second window could not sign in');
    const otherRepos = createRepositories(other.session);

    await repos.agreements.revise(agreement.id, { ...bedtimes, text: 'Versie uit venster A' }, 1);
    const refused = await otherRepos.agreements
      .revise(agreement.id, { ...bedtimes, text: 'Versie uit venster B' }, 1)
      .catch((error: unknown) => error);
    expect(isConflictError<Agreement>(refused)).toBe(true);
    expect((refused as ConflictError<Agreement>).current).toMatchObject({
      version: 2,
      text: 'Versie uit venster A',
    });
    expect((await repos.agreements.history(agreement.id)).map((r) => r.content.text)).toEqual([
      'Doordeweeks om 21:00 naar bed',
      'Versie uit venster A',
    ]);

    // Re-applied on top of the version now stored: saved as version 3, A stays in history.
    const reapplied = await otherRepos.agreements.revise(
      agreement.id,
      { ...bedtimes, text: 'Versie uit venster B' },
      2,
    );
    expect(reapplied).toMatchObject({ version: 3, text: 'Versie uit venster B' });
    const history = await repos.agreements.history(agreement.id);
    expect(history.map((revision) => revision.basedOnVersion)).toEqual([0, 1, 2]);
    other.session.lock();
    session.lock();
  });

  it('keeps the parents view in the history of every version', async () => {
    const { repos, session } = await newTestHome();
    const agreement = await repos.agreements.add('child-1', {
      ...bedtimes,
      parentsView: 'Moeder vindt het goed.',
    });
    await repos.agreements.revise(agreement.id, { ...bedtimes, text: 'Nieuw' }, 1);
    const history = await repos.agreements.history(agreement.id);
    expect(history.map((revision) => revision.content.parentsView)).toEqual([
      'Moeder vindt het goed.',
      undefined,
    ]);
    session.lock();
  });

  it('ends an agreement with a revision, clears fields left empty, and never deletes', async () => {
    const { repos, session } = await newTestHome();
    const agreement = await repos.agreements.add('child-1', bedtimes);
    const { reviewOn: _dropped, ...withoutReview } = bedtimes;
    const ended = await repos.agreements.revise(
      agreement.id,
      { ...withoutReview, status: 'ended', outcome: 'worked' },
      1,
    );
    expect(ended).toMatchObject({ status: 'ended', outcome: 'worked', version: 2 });
    expect(ended.reviewOn).toBeUndefined();
    await expect(repos.agreements.remove()).rejects.toThrow('not deleted');
    expect(await repos.agreements.get(agreement.id)).toBeDefined();
    session.lock();
  });

  it('audits each add and revision in the same transaction', async () => {
    const { repos, session } = await newTestHome();
    const agreement = await repos.agreements.add('child-1', bedtimes);
    await repos.agreements.revise(agreement.id, { ...bedtimes, text: 'Nieuw' }, 1);
    const audit = await repos.audit.list({ entity: 'agreements' });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['create', 'update']);
    expect(audit.every((entry) => entry.entityId === agreement.id)).toBe(true);
    await expect(repos.agreements.revise('missing', bedtimes, 1)).rejects.toThrow('not found');
    expect((await repos.audit.list({ entity: 'agreements' })).length).toBe(2);
    session.lock();
  });
});
