// Ending a staff member's access: the key slot goes in the same transaction, audited; the record stays.
import { describe, expect, it } from 'vitest';
import { removeDepartedAccess } from '../../../src/data/staffAccess';
import { AccessEndedError, OwnAccessError } from '../../../src/data/repositories';
import { LockedHome } from '../../../src/data/session';
import { addDays, toIsoDate } from '../../../src/domain/dates';
import { newTestHome } from './testSession';

const today = toIsoDate(new Date());

async function signInList(homeId: string) {
  const locked = new LockedHome(homeId);
  const names = (await locked.signInNames()).map((name) => name.label);
  locked.close();
  return names;
}

describe('removing staff', () => {
  it('deletes the key slot, takes them off the sign-in list, keeps their record and audits staffRemoved', async () => {
    const { homeId, repos, session } = await newTestHome();
    const { staff } = await repos.staff.addWithAccess({
      name: 'Femke Bakker',
      role: 'careWorker',
      activeFrom: today,
    });
    expect(await signInList(homeId)).toContain('Femke Bakker');

    await repos.staff.remove(staff.id);
    expect(await session.db.keySlots.where('staffId').equals(staff.id).count()).toBe(0);
    expect(await signInList(homeId)).toEqual(['Test Coördinator']);
    expect(await repos.staff.get(staff.id)).toMatchObject({ name: 'Femke Bakker', activeTo: today });
    const removed = await repos.audit.list({ action: 'staffRemoved' });
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ entity: 'staff', entityId: staff.id, staffId: session.staffId });
    expect(await repos.audit.verify()).toMatchObject({ intact: true });
    // No new code behind the removal's back: the end date must change first.
    await expect(repos.staff.resetAccess(staff)).rejects.toBeInstanceOf(AccessEndedError);
    expect(await session.db.keySlots.where('staffId').equals(staff.id).count()).toBe(0);
    session.lock();
  });

  it('ends access when an end date of today or earlier is saved, not for a later one', async () => {
    const { repos, session } = await newTestHome();
    const base = { role: 'careWorker' as const, activeFrom: addDays(today, -30) };
    const leaving = (await repos.staff.addWithAccess({ ...base, name: 'Vandaag Weg' })).staff;
    const left = (await repos.staff.addWithAccess({ ...base, name: 'Al Weg' })).staff;
    const later = (await repos.staff.addWithAccess({ ...base, name: 'Later Weg' })).staff;
    await repos.staff.update(leaving.id, { ...base, name: leaving.name, activeTo: today });
    await repos.staff.update(left.id, { ...base, name: left.name, activeTo: addDays(today, -1) });
    await repos.staff.update(later.id, { ...base, name: later.name, activeTo: addDays(today, 1) });
    const access = await repos.staff.accessStates();
    expect([access.has(leaving.id), access.has(left.id), access.has(later.id)]).toEqual([false, false, true]);
    const removed = await repos.audit.list({ action: 'staffRemoved' });
    expect(removed.map((entry) => entry.entityId).sort()).toEqual([leaving.id, left.id].sort());
    // Saving the ended record again does not audit a second removal.
    await repos.staff.update(left.id, { ...base, name: 'Al Weg (oud)', activeTo: addDays(today, -1) });
    expect(await repos.audit.list({ action: 'staffRemoved' })).toHaveLength(2);
    session.lock();
  });

  it('never ends the signed-in coordinator’s own access', async () => {
    const { repos, session } = await newTestHome();
    await expect(repos.staff.remove(session.staffId)).rejects.toBeInstanceOf(OwnAccessError);
    await expect(
      repos.staff.update(session.staffId, {
        name: 'Test Coördinator',
        role: 'coordinator',
        activeFrom: today,
        activeTo: today,
      }),
    ).rejects.toBeInstanceOf(OwnAccessError);
    expect(await session.db.keySlots.where('staffId').equals(session.staffId).count()).toBe(1);
    expect(await repos.audit.list({ action: 'staffRemoved' })).toEqual([]);
    session.lock();
  });

  it('audits issuing a one-time code and resetting a password', async () => {
    const { repos, session } = await newTestHome();
    const { staff } = await repos.staff.addWithAccess({
      name: 'Sem de Boer',
      role: 'mentor',
      activeFrom: today,
    });
    await repos.staff.resetAccess(staff);
    const issued = await repos.audit.list({ action: 'oneTimeCodeIssued' });
    const reset = await repos.audit.list({ action: 'passwordReset' });
    expect(issued.map((entry) => [entry.entityId, entry.staffId])).toEqual([[staff.id, session.staffId]]);
    expect(reset.map((entry) => [entry.entityId, entry.staffId])).toEqual([[staff.id, session.staffId]]);
    session.lock();
  });
});

describe('removeDepartedAccess', () => {
  it('deletes exactly the slots of staff whose end date has passed, and audits each', async () => {
    const { repos, session } = await newTestHome();
    const add = async (name: string, activeTo?: string) =>
      (
        await repos.staff.addWithAccess({
          name,
          role: 'careWorker',
          activeFrom: addDays(today, -100),
          ...(activeTo ? { activeTo } : {}),
        })
      ).staff;
    const departed = await add('Weg Sinds Gisteren', addDays(today, 3));
    const longGone = await add('Weg Sinds Lang', addDays(today, 1));
    const lastDay = await add('Laatste Dag', addDays(today, 4));
    const staying = await add('Blijft', addDays(today, 30));
    const open = await add('Geen Einddatum');
    const later = addDays(today, 4);

    const removed = await removeDepartedAccess(session.db, later, session.staffId);
    expect(removed.sort()).toEqual([departed.id, longGone.id].sort());
    const access = await repos.staff.accessStates();
    expect([lastDay, staying, open].every((member) => access.has(member.id))).toBe(true);
    expect(access.has(session.staffId)).toBe(true);
    expect([departed, longGone].some((member) => access.has(member.id))).toBe(false);
    expect((await repos.staff.list()).map((member) => member.name)).toContain('Weg Sinds Lang');
    const audited = await repos.audit.list({ action: 'staffRemoved' });
    expect(audited.map((entry) => entry.entityId).sort()).toEqual([departed.id, longGone.id].sort());
    expect(audited.every((entry) => entry.staffId === session.staffId)).toBe(true);
    // A second run finds nobody left to remove.
    expect(await removeDepartedAccess(session.db, later, session.staffId)).toEqual([]);
    expect(await repos.audit.verify()).toMatchObject({ intact: true });
    session.lock();
  });
});

describe('the sign-in list', () => {
  it('leaves out staff whose last day has passed before anyone signs in again, and keeps it in step with edits', async () => {
    const { homeId, repos, session } = await newTestHome();
    const base = { role: 'careWorker' as const, activeFrom: addDays(today, -100) };
    const leaving = (
      await repos.staff.addWithAccess({ ...base, name: 'Laatste Dag Morgen', activeTo: addDays(today, 1) })
    ).staff;
    const staying = (await repos.staff.addWithAccess({ ...base, name: 'Blijft' })).staff;
    const names = async (on: string) => {
      const locked = new LockedHome(homeId);
      const list = (await locked.signInNames(on)).map((name) => name.label);
      locked.close();
      return list;
    };
    // On their last day they are still on the list; the day after no longer, with the slot still there.
    expect(await names(addDays(today, 1))).toContain('Laatste Dag Morgen');
    expect(await names(addDays(today, 2))).toEqual(['Blijft', 'Test Coördinator']);
    expect((await repos.staff.accessStates()).has(leaving.id)).toBe(true);
    // An end date set later (for someone who already had access) reaches the sign-in list too.
    await repos.staff.update(staying.id, { ...base, name: 'Blijft', activeTo: addDays(today, 1) });
    expect(await names(addDays(today, 2))).toEqual(['Test Coördinator']);
    // …and so does taking it away again.
    await repos.staff.update(leaving.id, { ...base, name: 'Laatste Dag Morgen', activeTo: undefined });
    expect(await names(addDays(today, 2))).toEqual(['Laatste Dag Morgen', 'Test Coördinator']);
    session.lock();
  });
});
