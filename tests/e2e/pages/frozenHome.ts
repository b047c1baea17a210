// Test helper: writes a frozen home of an earlier schema version (tests/fixtures/versions/vN) into
// this browser's IndexedDB and lists it on the welcome screen, as if that version had written it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const versions = join(import.meta.dirname, '../../fixtures/versions');

/** Writes a frozen home of an earlier version into this browser's IndexedDB and lists it as a home. */
export async function installFrozenHome(page: Page, version: string, name: string) {
  const dump = JSON.parse(readFileSync(join(versions, version, 'database.json'), 'utf8'));
  const home = JSON.parse(readFileSync(join(versions, version, 'home.json'), 'utf8'));
  await page.goto('/');
  await page.evaluate(
    async ({ dump, home, name }) => {
      const revive = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(revive);
        if (value && typeof value === 'object') {
          const record = value as Record<string, unknown>;
          if (typeof record.$bytes === 'string')
            return Uint8Array.from(atob(record.$bytes), (c) => c.charCodeAt(0));
          return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, revive(inner)]));
        }
        return value;
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dump.name, dump.version);
        request.onupgradeneeded = () => {
          for (const store of dump.stores) {
            const created = request.result.createObjectStore(store.name, {
              keyPath: store.keyPath,
              autoIncrement: store.autoIncrement,
            });
            for (const index of store.indexes) {
              created.createIndex(index.name, index.keyPath, {
                unique: index.unique,
                multiEntry: index.multiEntry,
              });
            }
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(
        dump.stores.map((store: { name: string }) => store.name),
        'readwrite',
      );
      for (const store of dump.stores)
        for (const record of store.records) tx.objectStore(store.name).put(revive(record));
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      localStorage.setItem(
        'gedeeld.homes',
        JSON.stringify([
          { id: home.homeId, name, kind: 'smallScale', createdAt: '2026-11-01T09:00:00.000Z' },
        ]),
      );
    },
    { dump, home, name },
  );
  await page.reload();
}
