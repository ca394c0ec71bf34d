import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// Names and versions of the analyzers' tools, readable without loading the tools: ESLint,
// typescript-eslint and dependency-cruiser take over a second to import, and every process that
// serves analysis (most of them never run a task) plans sessions with these.

export const ESLINT_ANALYZER_NAME = 'eslint';
export const DEPENDENCY_ANALYZER_NAME = 'dependency-cruiser';

/**
 * The version of an installed package, read from its package.json where Node would find the package
 * (some, like dependency-cruiser, export neither their version nor their package.json).
 */
export function installedVersion(name: string): string {
  const require = createRequire(import.meta.url);
  for (const directory of require.resolve.paths(name) ?? []) {
    try {
      return (JSON.parse(readFileSync(join(directory, name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // not in this node_modules; try the next one up
    }
  }
  return 'unknown';
}
