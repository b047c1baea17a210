// Fills a new home with generated fictional data (the demo home); every staff member gets the demo password.
import type { HomeEntry } from '../../domain/types';
import {
  createDataKey,
  createSlot,
  generateRecoveryKey,
  normalizeRecoveryKey,
  type KeySlot,
} from '../crypto';
import { MemoryKeyHolder, openHomeDb } from '../db';
import { newId } from '../ids';
import { markMigrationsApplied } from '../migrate';
import { CONTENT_TABLES, type HomeData } from '../tables';

export type { HomeData } from '../tables';

export { DEMO_PASSWORD } from './password';
import { DEMO_PASSWORD } from './password';

/** Writes generated records into a new home database; key derivation reports progress per staff member. */
export async function createDemoHome(
  name: string,
  data: HomeData,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<HomeEntry> {
  const home: HomeEntry = {
    id: newId(),
    name,
    kind: 'smallScale',
    createdAt: new Date().toISOString(),
    demo: true,
  };
  const keyHolder = new MemoryKeyHolder();
  const dataKey = createDataKey();
  keyHolder.set(dataKey);
  const db = openHomeDb(home.id, keyHolder);
  const total = data.staff.length + 1;
  let done = 0;
  const slots: KeySlot[] = [];
  // One at a time so the progress bar moves and the UI stays responsive.
  for (const staff of data.staff) {
    slots.push(
      await createSlot(dataKey, DEMO_PASSWORD, {
        id: newId(),
        kind: 'staff',
        staffId: staff.id,
        label: staff.name,
        lastDay: staff.activeTo,
      }),
    );
    onProgress(++done, total);
  }
  slots.push(
    await createSlot(dataKey, normalizeRecoveryKey(generateRecoveryKey()), {
      id: 'recovery',
      kind: 'recovery',
    }),
  );
  onProgress(total, total);
  await db.transaction('rw', db.tables, async () => {
    await db.keySlots.bulkAdd(slots);
    // Written in today's format: no content migration is pending for a new demo home.
    await markMigrationsApplied(db, new Date());
    // Each staff record names the slot its owner signs in with (checked after unlocking).
    const slotOf = new Map(slots.map((slot) => [slot.staffId, slot.id]));
    const staff = data.staff.map((member) => ({ ...member, keySlotId: slotOf.get(member.id) }));
    for (const name of CONTENT_TABLES) await db.table(name).bulkAdd(name === 'staff' ? staff : data[name]);
  });
  keyHolder.drop();
  db.close();
  return home;
}
