// The shell stays out of personal data: no home data imported, nothing logged, no crash dumps.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const electronDir = join(import.meta.dirname, '../../../electron');
const sources = readdirSync(electronDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(join(electronDir, file), 'utf8') }));

describe('Electron main and preload', () => {
  it('are found by this test', () => {
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(['main/index.ts', 'preload/index.ts']));
  });

  it('never import the data layer, Dexie or the crypto of a home', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/from ['"][^'"]*(src\/data|\/data\/|dexie|\/crypto)/);
    }
  });

  it('log nothing: a log line could carry a name or a path', () => {
    for (const { file, text } of sources)
      expect(text, file).not.toMatch(/\bconsole\.|process\.(stdout|stderr)/);
  });

  it('never start the crash reporter: a minidump holds decrypted records from memory', () => {
    for (const { file, text } of sources) expect(text, file).not.toMatch(/crashReporter/);
  });
});
