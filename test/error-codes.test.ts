import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublicErrorCode, loadDescriptors, readSubgraphList, registerErrorCodes } from '@steward/kernel';

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
  // error; it learns the domain codes from the descriptors of the subgraphs in schema/supergraph.yaml,
  // so a code thrown by a subgraph but missing from its descriptor would never reach a client.
  it('lets every code a subgraph throws through the error mask, because its descriptor declares it', async () => {
    const descriptors = await loadDescriptors();
    const undeclared: string[] = [];
    let thrown = 0;
    for (const [index, entry] of readSubgraphList().entries()) {
      const declared = new Set(descriptors[index]!.errorCodes ?? []);
      for (const file of await sourceFiles(path.join(root, entry.sdl))) {
        const text = await readFile(file, 'utf8');
        for (const match of text.matchAll(/(?:new AppError|super)\(\s*'([A-Z][A-Z_]+)'/g)) {
          thrown += 1;
          if (!declared.has(match[1]!) && !isPublicErrorCode(match[1]!)) undeclared.push(`${entry.name}: ${match[1]}`);
        }
      }
      registerErrorCodes(declared);
    }
    expect(thrown).toBeGreaterThan(0);
    expect(undeclared).toEqual([]);
  });

  it('masks codes nobody declared', () => {
    expect(isPublicErrorCode('DOWNSTREAM_SERVICE_ERROR')).toBe(false);
    expect(isPublicErrorCode('ENTIRELY_MADE_UP')).toBe(false);
  });
});
