import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublicErrorCode } from '@steward/kernel';

const root = path.resolve(import.meta.dirname, '..');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes('__generated__'));
}

describe('error codes', () => {
  // The gateway runs alone in a deployment and masks any code it does not know as an internal
  // error, so a code thrown by a subgraph but missing from the kernel's list would never reach a client.
  it('lets every code a subgraph throws through the error mask of a gateway that imports no subgraph', async () => {
    const thrown = new Set<string>();
    for (const subgraph of await readdir(path.join(root, 'subgraphs'))) {
      for (const file of await sourceFiles(path.join(root, 'subgraphs', subgraph, 'src'))) {
        const text = await readFile(file, 'utf8');
        for (const match of text.matchAll(/(?:new AppError|super)\(\s*'([A-Z][A-Z_]+)'/g)) thrown.add(match[1]!);
      }
    }
    expect(thrown.size).toBeGreaterThan(0);
    expect([...thrown].filter((code) => !isPublicErrorCode(code))).toEqual([]);
  });

  it('masks codes nobody declared', () => {
    expect(isPublicErrorCode('DOWNSTREAM_SERVICE_ERROR')).toBe(false);
    expect(isPublicErrorCode('GATE_FAILED')).toBe(true);
  });
});
