// Shared vitest setup: IndexedDB for Node (Dexie reads it when first imported).
import 'fake-indexeddb/auto';
