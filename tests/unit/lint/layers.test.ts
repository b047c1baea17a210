// The layer rules of ARCHITECTURE.md hold: each is proven here by a planted bad import that must fail lint.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.some((message) => message.ruleId === 'no-restricted-imports');
}

describe('layer rules', () => {
  it('keeps tests/ out of every production folder', async () => {
    for (const file of [
      'src/features/homes/planted.ts',
      'src/data/planted.ts',
      'src/platform/planted.ts',
      'src/planted.ts',
    ]) {
      const depth = file.split('/').length - 1;
      const code = `import { x } from '${'../'.repeat(depth)}tests/unit/planted';\nexport const y = x;\n`;
      expect(await restricted(file, code), file).toBe(true);
    }
  });

  it('keeps the crypto barrel out of features, and React and the database out of builders', async () => {
    expect(await restricted('src/features/homes/planted.ts', `export * from '../../data/crypto';\n`)).toBe(
      true,
    );
    expect(await restricted('src/export/planted.ts', `export { useState } from 'react';\n`)).toBe(true);
    expect(await restricted('src/export/planted.ts', `export { default } from 'dexie';\n`)).toBe(true);
    expect(await restricted('src/domain/planted.ts', `export { default } from 'dexie';\n`)).toBe(true);
    expect(await restricted('src/domain/planted.ts', `export { default } from 'i18next';\n`)).toBe(true);
    expect(await restricted('src/domain/planted.ts', `export { Document } from 'docx';\n`)).toBe(true);
    expect(await restricted('src/export/planted.ts', `export * from '../data/queries';\n`)).toBe(true);
    expect(await restricted('src/export/planted.ts', `export * from '../platform';\n`)).toBe(true);
  });

  it('keeps the shared UI layer below the features and the app, and features below the app', async () => {
    expect(await restricted('src/ui/planted.ts', `export * from '../features/children';\n`)).toBe(true);
    expect(await restricted('src/ui/components/planted.ts', `export * from '../../app/App';\n`)).toBe(true);
    expect(await restricted('src/features/homes/planted.ts', `export * from '../../app/App';\n`)).toBe(true);
    expect(await restricted('src/app/planted.ts', `export * from '../features/children';\n`)).toBe(false);
    expect(await restricted('src/app/planted.ts', `export * from '../data/crypto';\n`)).toBe(true);
  });

  it('allows the demo generator where it now lives', async () => {
    expect(await restricted('src/features/homes/planted.ts', `export * from '../../data/demo';\n`)).toBe(
      false,
    );
  });
});
