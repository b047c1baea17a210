// Does this Node satisfy package.json's engines? Plain JavaScript with no dependencies and no new
// syntax, so even a far too old Node can run it and say so in one line. `node scripts/nodeVersion.mjs`
// exits 1 with that line when the running Node is too old (used by .ci/run).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function parseVersion(text) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  if (!match) throw new Error('not a version: ' + text);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function compare(a, b) {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** One comparator ("^22.12.0", ">=20", "14", "8.*", "*") as [lowest allowed, first not allowed]. */
function bounds(comparator) {
  const match = /^(\^|~|>=|<=|>|<|=)?v?(\*|x|\d+)(?:\.(\*|x|\d+))?(?:\.(\*|x|\d+))?$/i.exec(comparator);
  if (!match) throw new Error('unsupported version range: ' + comparator);
  const op = match[1] || '=';
  const parts = [match[2], match[3], match[4]];
  const known = [];
  for (const part of parts) {
    if (part === undefined || /^[*x]$/i.test(part)) break;
    known.push(Number(part));
  }
  const low = [known[0] || 0, known[1] || 0, known[2] || 0];
  const bump = (level) => {
    if (level < 0) return null;
    const next = low
      .slice(0, level)
      .concat([low[level] + 1], [0, 0, 0])
      .slice(0, 3);
    return next;
  };
  // The first version past a partial version: "20" → 21.0.0, "20.19" → 20.20.0.
  const pastPartial = known.length < 3 ? bump(known.length - 1) : null;
  switch (op) {
    case '^': {
      const level = low[0] > 0 || known.length === 1 ? 0 : low[1] > 0 || known.length === 2 ? 1 : 2;
      return [low, bump(level)];
    }
    case '~':
      return [low, bump(known.length > 1 ? 1 : 0)];
    case '>=':
      return [low, null];
    case '>':
      return [pastPartial || [low[0], low[1], low[2] + 1], null];
    case '<':
      return [[0, 0, 0], low];
    case '<=':
      return [[0, 0, 0], pastPartial || [low[0], low[1], low[2] + 1]];
    default:
      return known.length === 0 ? [[0, 0, 0], null] : [low, pastPartial || [low[0], low[1], low[2] + 1]];
  }
}

/** Whether `version` satisfies an npm-style `range` (||, space-separated sets, ^ ~ >= > < <= =, x.*). */
export function satisfies(version, range) {
  const v = parseVersion(version);
  return range.split('||').some((set) => {
    const comparators = set
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    if (comparators.length === 0) return true;
    return comparators.every((comparator) => {
      const [low, high] = bounds(comparator);
      return compare(v, low) >= 0 && (high === null || compare(v, high) < 0);
    });
  });
}

export function enginesRange() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return pkg.engines.node;
}

/** The one Dutch/English line for a Node that is too old, or null when it is fine. */
export function nodeVersionProblem(version, range) {
  if (satisfies(version, range)) return null;
  return (
    'Gedeeld heeft Node 24 nodig; je hebt ' +
    version +
    '. Installeer Node 24 LTS en start opnieuw ' +
    '(Gedeeld needs Node 24; you have ' +
    version +
    '. Install Node 24 LTS and start again).'
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problem = nodeVersionProblem(process.version, enginesRange());
  if (problem) {
    process.stderr.write(problem + '\n');
    process.exit(1);
  }
}
