// The `.gedeeld-backup` file format: pure functions over bytes, no database and no keys.
//
// Layout (format 1), all integers big-endian:
//   magic (16 bytes)  0x89 "GEDEELD BAK" 0x0D 0x0A 0x1A 0x0A  — the high byte and line endings catch
//                     7-bit and text-mode transfers, as PNG's signature does
//   format (uint16)   FORMAT_VERSION
//   body length (uint32)
//   body              sections, each `uint32 length + CBOR`: first the manifest, then one array of
//                     stored rows per table in the manifest's order
//   SHA-256 (32)      over every byte before it
// Rows are CBOR (RFC 8949, `cborg`) because it keeps what IndexedDB stores — byte arrays, undefined,
// nested objects — exactly, and its strict decoder refuses malformed input instead of guessing.
// cborg loads with the first backup made or read, not with the app's start-up chunk.
const cbor = () => import('cborg');

export const MAGIC = new Uint8Array([
  0x89, 0x47, 0x45, 0x44, 0x45, 0x45, 0x4c, 0x44, 0x20, 0x42, 0x41, 0x4b, 0x0d, 0x0a, 0x1a, 0x0a,
]);
export const FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'gedeeld-backup';
const HEADER_BYTES = MAGIC.length + 2 + 4;
const HASH_BYTES = 32;
/** Far above a real home (a 100× home has about 20 000 records): a count beyond it is not believed. */
export const MAX_RECORDS = 5_000_000;
/** IndexedDB rows are small; a section claiming more than this is refused before it is decoded. */
export const MAX_BODY_BYTES = 2 ** 31;

export type StoredRow = Record<string, unknown>;

export interface BackupHome {
  id: string;
  name: string;
  kind: string;
  createdAt: string;
}

export interface BackupManifest {
  app: 'gedeeld';
  format: number;
  appVersion: string;
  schemaVersion: number;
  home: BackupHome;
  createdAt: string;
  /** Staff id of whoever made it, or null for a safety backup made before anyone signed in. */
  createdBy: string | null;
  /** Why it was made: by hand, or automatically before a migration, a deletion or a restore. */
  reason: BackupReason;
  tables: { name: string; count: number }[];
}

export type BackupReason = 'manual' | 'beforeMigration' | 'beforeDelete' | 'beforeRestore';
const REASONS: readonly BackupReason[] = ['manual', 'beforeMigration', 'beforeDelete', 'beforeRestore'];

export interface BackupContents {
  manifest: BackupManifest;
  /** Stored rows per table, exactly as IndexedDB holds them. */
  tables: Record<string, StoredRow[]>;
}

export type BackupProblem = 'notBackup' | 'truncated' | 'corrupt' | 'newerVersion' | 'tooLarge';

/** Why a file cannot be used as a backup; the UI turns `problem` into a Dutch sentence. */
export class BackupFormatError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup refused: ${problem}`);
    this.name = 'BackupFormatError';
  }
}

const bytesOf = (data: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(data);

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytesOf(data)));
}

function section(payload: Uint8Array): Uint8Array[] {
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, payload.length);
  return [length, payload];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const ENCODE_OPTIONS = { mapSorter: undefined };

/** Writes the file; `onTable` is told as each table is encoded (for the progress bar). */
export async function encodeBackup(
  contents: BackupContents,
  onTable: (name: string) => void = () => undefined,
): Promise<Uint8Array> {
  const { encode } = await cbor();
  const parts: Uint8Array[] = [];
  parts.push(...section(encode(contents.manifest)));
  for (const { name } of contents.manifest.tables) {
    parts.push(...section(encode(contents.tables[name] ?? [], ENCODE_OPTIONS)));
    onTable(name);
  }
  const body = concat(parts);
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC);
  const view = new DataView(header.buffer);
  view.setUint16(MAGIC.length, FORMAT_VERSION);
  view.setUint32(MAGIC.length + 2, body.length);
  const unsigned = concat([header, body]);
  return concat([unsigned, await sha256(unsigned)]);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
const isText = (value: unknown, max = 200): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks the manifest's shape; counts are checked against limits separately. */
function parseManifest(raw: unknown): BackupManifest {
  if (!isRecord(raw) || raw.app !== 'gedeeld') throw new BackupFormatError('notBackup');
  const home = raw.home;
  const tables = raw.tables;
  const valid =
    isCount(raw.format) &&
    isText(raw.appVersion, 64) &&
    isCount(raw.schemaVersion) &&
    isRecord(home) &&
    isText(home.id, 64) &&
    /^[a-z0-9-]+$/.test(home.id) &&
    isText(home.name) &&
    isText(home.kind, 32) &&
    isText(home.createdAt, 64) &&
    isText(raw.createdAt, 64) &&
    (raw.createdBy === null || isText(raw.createdBy, 64)) &&
    REASONS.includes(raw.reason as BackupReason) &&
    Array.isArray(tables) &&
    tables.length <= 64 &&
    tables.every((entry) => isRecord(entry) && isText(entry.name, 64) && isCount(entry.count));
  if (!valid) throw new BackupFormatError('corrupt');
  const names = new Set((tables as { name: string }[]).map((entry) => entry.name));
  if (names.size !== (tables as unknown[]).length) throw new BackupFormatError('corrupt');
  return raw as unknown as BackupManifest;
}

interface Sections {
  next(): Uint8Array;
  done(): boolean;
}

function sections(body: Uint8Array): Sections {
  let offset = 0;
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  return {
    next() {
      if (offset + 4 > body.length) throw new BackupFormatError('corrupt');
      const length = view.getUint32(offset);
      offset += 4;
      if (offset + length > body.length) throw new BackupFormatError('corrupt');
      const payload = body.subarray(offset, offset + length);
      offset += length;
      return payload;
    },
    done: () => offset === body.length,
  };
}

function decodeCbor(decode: (payload: Uint8Array) => unknown, payload: Uint8Array): unknown {
  try {
    return decode(payload);
  } catch {
    throw new BackupFormatError('corrupt');
  }
}

/** Checks magic, format version, length and hash; the header and body, or a refusal. */
async function checkedBody(file: Uint8Array): Promise<Uint8Array> {
  const startsWithMagic = file.length >= MAGIC.length && MAGIC.every((byte, i) => file[i] === byte);
  if (!startsWithMagic) throw new BackupFormatError('notBackup');
  if (file.length < HEADER_BYTES + HASH_BYTES) throw new BackupFormatError('truncated');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint16(MAGIC.length) > FORMAT_VERSION) throw new BackupFormatError('newerVersion');
  if (view.getUint16(MAGIC.length) !== FORMAT_VERSION) throw new BackupFormatError('corrupt');
  const bodyLength = view.getUint32(MAGIC.length + 2);
  if (bodyLength > MAX_BODY_BYTES) throw new BackupFormatError('tooLarge');
  const expectedLength = HEADER_BYTES + bodyLength + HASH_BYTES;
  if (file.length < expectedLength) throw new BackupFormatError('truncated');
  if (file.length > expectedLength) throw new BackupFormatError('corrupt');
  const unsigned = file.subarray(0, HEADER_BYTES + bodyLength);
  const hash = await sha256(unsigned);
  const stored = file.subarray(HEADER_BYTES + bodyLength);
  if (!hash.every((byte, i) => byte === stored[i])) throw new BackupFormatError('corrupt');
  return file.subarray(HEADER_BYTES, HEADER_BYTES + bodyLength);
}

function checkManifest(manifest: BackupManifest): BackupManifest {
  const total = manifest.tables.reduce((sum, entry) => sum + entry.count, 0);
  if (total > MAX_RECORDS) throw new BackupFormatError('tooLarge');
  return manifest;
}

/**
 * Reads and checks a whole backup: magic, format, hash, manifest, and every table's row count against
 * the manifest. `maxSchemaVersion` is the newest schema this app can open. Nothing is written.
 */
export async function decodeBackup(
  file: Uint8Array,
  maxSchemaVersion: number,
  onTable: (name: string) => void = () => undefined,
): Promise<BackupContents> {
  const body = await checkedBody(file);
  const { decode } = await cbor();
  const parts = sections(body);
  const manifest = checkManifest(parseManifest(decodeCbor(decode, parts.next())));
  if (manifest.format > FORMAT_VERSION || manifest.schemaVersion > maxSchemaVersion) {
    throw new BackupFormatError('newerVersion');
  }
  const tables: Record<string, StoredRow[]> = {};
  for (const { name, count } of manifest.tables) {
    const payload = parts.next();
    // Every row takes at least one byte: a count beyond the section's size is a lie, refused unread.
    if (count > payload.length) throw new BackupFormatError('tooLarge');
    const rows = decodeCbor(decode, payload);
    if (!Array.isArray(rows) || rows.length !== count || !rows.every(isRecord)) {
      throw new BackupFormatError('corrupt');
    }
    tables[name] = rows;
    onTable(name);
  }
  if (!parts.done()) throw new BackupFormatError('corrupt');
  return { manifest, tables };
}

const SAFETY_SUFFIX: Record<Exclude<BackupReason, 'manual'>, string> = {
  beforeMigration: 'voor-update',
  beforeDelete: 'voor-verwijderen',
  beforeRestore: 'voor-terugzetten',
};

/**
 * `gedeeld-<home initials>-<date>.gedeeld-backup`: no names in the file name, only initials. Safety
 * backups add the time and why, so several on one day do not overwrite each other.
 */
export function backupFileName(
  homeName: string,
  date: string,
  safety?: { reason: BackupReason; time: string },
): string {
  const suffix =
    safety && safety.reason !== 'manual'
      ? `-${safety.time.replace(/\D/g, '')}-${SAFETY_SUFFIX[safety.reason]}`
      : '';
  const initials = homeName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toLowerCase())
    .join('')
    .slice(0, 8);
  return `gedeeld-${initials || 'huis'}-${date}${suffix}.${BACKUP_EXTENSION}`;
}
