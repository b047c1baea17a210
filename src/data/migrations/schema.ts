// Every schema version in order: Dexie versions only change stores and indexes, never record contents.
import { VERSION_1 } from './0001-initial';
import { VERSION_2 } from './0002-record-format-v2';
import { VERSION_3 } from './0003-dashboard-indexes';
import { VERSION_4 } from './0004-school';
import { VERSION_5 } from './0005-roster';
import { VERSION_6 } from './0006-reports';
import { VERSION_7 } from './0007-dashboard-by-child';

export interface SchemaVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  VERSION_1,
  VERSION_2,
  VERSION_3,
  VERSION_4,
  VERSION_5,
  VERSION_6,
  VERSION_7,
];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
