import type { LintFileCache, LintFileResult } from './eslint-analyzer.js';

/**
 * A {@link LintFileCache} in memory, for tests and benchmarks. Entries go through JSON as they would
 * through a database column, so a result that does not survive serialisation shows up here too.
 */
export class MemoryLintFileCache implements LintFileCache {
  readonly #entries = new Map<string, string>();

  get size(): number {
    return this.#entries.size;
  }

  async get(keys: readonly string[]): Promise<Map<string, LintFileResult>> {
    const found = new Map<string, LintFileResult>();
    for (const key of keys) {
      const json = this.#entries.get(key);
      if (json !== undefined) found.set(key, JSON.parse(json) as LintFileResult);
    }
    return found;
  }

  async put(entries: ReadonlyMap<string, LintFileResult>): Promise<void> {
    for (const [key, result] of entries) this.#entries.set(key, JSON.stringify(result));
  }
}
