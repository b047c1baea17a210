// zod never probes `new Function` (forbidden by the release CSP): every module takes `z` from the one
// configured module, and building and parsing our schemas does not call the Function constructor.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('zod under the CSP', () => {
  it("imports 'zod' only in src/domain/schemas/zod.ts", () => {
    const direct = sourceFiles(join(root, 'src'))
      .filter((path) => /from\s+['"]zod(\/[^'"]*)?['"]/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path).replaceAll('\\', '/'));
    expect(direct).toEqual(['src/domain/schemas/zod.ts']);
  });

  it('builds and parses object schemas without the Function constructor', async () => {
    const spy = vi.spyOn(globalThis, 'Function');
    const { z } = await import('../../../src/domain/schemas/zod');
    const { staffSchema } = await import('../../../src/domain/schemas/staff');
    const schema = z.object({ name: z.string(), age: z.number() });
    expect(schema.safeParse({ name: 'x', age: 1 }).success).toBe(true);
    expect(staffSchema.safeParse({}).success).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
