// Every translation key exists in both languages, and no value is left empty.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = join(import.meta.dirname, '../../../src/locales');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function load(language: string, file: string): unknown {
  return JSON.parse(readFileSync(join(localesDir, language, file), 'utf8'));
}

const namespaces = readdirSync(join(localesDir, 'nl')).filter((file) => file.endsWith('.json'));

describe('locale parity', () => {
  it('has the same namespaces in nl and en', () => {
    expect(readdirSync(join(localesDir, 'en')).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)('%s has the same keys in nl and en', (file) => {
    expect(keys(load('en', file)).sort()).toEqual(keys(load('nl', file)).sort());
  });

  it.each(namespaces)('%s has no empty texts', (file) => {
    for (const language of ['nl', 'en']) {
      const flat = keys(load(language, file));
      for (const path of flat) {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], load(language, file));
        if (typeof value === 'string') expect(value.trim(), `${language}/${file}: ${path}`).not.toBe('');
      }
    }
  });

  it('keeps the {{placeholders}} of each Dutch text in the English one', () => {
    for (const file of namespaces) {
      const nl = load('nl', file);
      const en = load('en', file);
      for (const path of keys(nl)) {
        const get = (root: unknown) =>
          path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], root);
        const placeholders = (text: unknown) =>
          String(text)
            .match(/{{\s*\w+\s*}}/g)
            ?.sort() ?? [];
        expect(placeholders(get(en)), `${file}: ${path}`).toEqual(placeholders(get(nl)));
      }
    }
  });
});
