// The lint rule that keeps every audit write on the chain: a planted direct write must fail the lint.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const planted = `import type { HomeDb } from '../db';
export const write = (db: HomeDb) =>
  db.auditLog.add({ id: 'x', at: '2026-11-29T10:00:00.000Z', action: 'signIn', entity: 'staff' });
`;

const eslint = new ESLint({ cwd: root });

async function ruleIds(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.map((message) => message.ruleId);
}

describe('audit write lint rule', () => {
  it('rejects a direct auditLog write outside audit.ts', async () => {
    expect(await ruleIds('src/data/repositories/planted.ts', planted)).toContain('no-restricted-syntax');
    expect(
      await ruleIds('src/data/session.ts', planted.replace('auditLog.add', 'auditLog.bulkPut')),
    ).toContain('no-restricted-syntax');
  });

  it('allows it in audit.ts and in migrations, which re-chain old logs', async () => {
    expect(await ruleIds('src/data/audit.ts', planted)).not.toContain('no-restricted-syntax');
    expect(await ruleIds('src/data/migrations/9999-planted.ts', planted)).not.toContain(
      'no-restricted-syntax',
    );
  });
});
