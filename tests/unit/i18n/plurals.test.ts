// Counts read right: every text with {{count}} has a singular and a plural form ("1 versie", never
// "1 versies"), and no text shows a number of days, minutes or weeks without one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = join(import.meta.dirname, '../../../src/locales');

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => entries(child, prefix ? `${prefix}.${key}` : key));
}

const texts = ['nl', 'en'].flatMap((language) =>
  readdirSync(join(localesDir, language))
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) =>
      entries(JSON.parse(readFileSync(join(localesDir, language, file), 'utf8'))).map(([key, text]) => ({
        where: `${language}/${file}:${key}`,
        key,
        text,
      })),
    ),
);

describe('plural forms in the locales', () => {
  it('keeps every {{count}} text under a _one/_other pair', () => {
    const bare = texts.filter(({ key, text }) => text.includes('{{count}}') && !/_(one|other)$/.test(key));
    expect(bare.map(({ where }) => where)).toEqual([]);
    const keys = new Set(texts.map(({ where }) => where));
    const lonely = texts
      .filter(({ where }) => /_one$/.test(where))
      .filter(({ where }) => !keys.has(where.replace(/_one$/, '_other')));
    expect(lonely.map(({ where }) => where)).toEqual([]);
  });

  it('says the singular in the _one form', () => {
    const plural =
      /\{\{count\}\} (versies|minuten|seconden|dagen|weken|maanden|jaren|tabellen|records|regels|contactmomenten|onderwerpen|versions|minutes|seconds|days|weeks|months|years|tables|records|lines|contacts|topics)\b/;
    const wrong = texts.filter(({ key, text }) => key.endsWith('_one') && plural.test(text));
    expect(wrong.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });
});
