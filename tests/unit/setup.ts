// Shared vitest setup: IndexedDB for Node (Dexie reads it when first imported).
import 'fake-indexeddb/auto';
import { setTestKdfIterations } from '../../src/data/crypto';

// A cheap key derivation keeps the suites fast; keySlots.test.ts proves the shipped count.
setTestKdfIterations(1_000);
