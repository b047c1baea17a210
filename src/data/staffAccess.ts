// Ending a staff member's access: their key slot goes (off the sign-in list), their record and name stay.
import type { Id, IsoDate } from '../domain/types';
import { hasDeparted } from '../domain/staffAccess';
import { recordAudit } from './audit';
import type { HomeDb } from './db';

/**
 * Deletes a staff member's key slot and audits `staffRemoved`; call inside a transaction that
 * includes `keySlots` and `auditLog`. Returns false (and audits nothing) when there was no slot.
 */
export async function revokeAccess(db: HomeDb, staffId: Id, actingStaffId: Id): Promise<boolean> {
  return db.transaction('rw', [db.keySlots, db.auditLog], async () => {
    const deleted = await db.keySlots.where('staffId').equals(staffId).delete();
    if (deleted === 0) return false;
    await recordAudit(db, {
      action: 'staffRemoved',
      entity: 'staff',
      entityId: staffId,
      staffId: actingStaffId,
    });
    return true;
  });
}

/**
 * Deletes the key slots of staff whose end date has passed (`activeTo` < today), in one transaction;
 * call after each sign-in. Returns the ids of the staff members whose access ended.
 */
export async function removeDepartedAccess(db: HomeDb, today: IsoDate, actingStaffId: Id): Promise<Id[]> {
  return db.transaction('rw', [db.staff, db.keySlots, db.auditLog], async () => {
    const slots = await db.keySlots.where('kind').equals('staff').toArray();
    const removed: Id[] = [];
    for (const slot of slots) {
      if (!slot.staffId || slot.staffId === actingStaffId) continue;
      const member = await db.staff.get(slot.staffId);
      if (member && hasDeparted(member, today) && (await revokeAccess(db, member.id, actingStaffId)))
        removed.push(member.id);
    }
    return removed;
  });
}
