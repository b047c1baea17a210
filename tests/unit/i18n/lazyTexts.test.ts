// Texts load per namespace on demand: every namespace file is known to the loader, and what it loads
// is the file itself, in the language asked for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTexts, NAMESPACES, STARTUP_NAMESPACES } from '../../../src/i18n/resources';

const localesDir = join(import.meta.dirname, '../../../src/locales');
// The Electron menu's texts are read by the main process, never by the renderer.
const rendererFiles = (language: string) =>
  readdirSync(join(localesDir, language))
    .filter((file) => file.endsWith('.json') && file !== 'shell.json')
    .map((file) => file.replace(/\.json$/, ''))
    .sort();

describe('lazily loaded texts', () => {
  it('knows every namespace file of the renderer, and the start-up ones are among them', () => {
    expect([...NAMESPACES].sort()).toEqual(rendererFiles('nl'));
    expect([...NAMESPACES].sort()).toEqual(rendererFiles('en'));
    for (const namespace of STARTUP_NAMESPACES) expect(NAMESPACES).toContain(namespace);
  });

  it('loads the file of the language and namespace asked for', async () => {
    for (const language of ['nl', 'en']) {
      const expected: unknown = JSON.parse(readFileSync(join(localesDir, language, 'signin.json'), 'utf8'));
      expect(await loadTexts(language, 'signin')).toEqual(expected);
    }
  });

  it('refuses a namespace or language that does not exist', async () => {
    await expect(loadTexts('nl', 'nothing')).rejects.toThrow('No texts for nl/nothing');
    await expect(loadTexts('de', 'common')).rejects.toThrow('No texts for de/common');
    await expect(loadTexts('nl', 'shell')).rejects.toThrow();
  });
});
