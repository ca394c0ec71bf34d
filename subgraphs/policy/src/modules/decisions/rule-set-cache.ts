import { LRUCache } from 'lru-cache';
import { compileRules, type CompiledRuleSet, type PolicyType } from '../engine/index.js';

/** What an evaluation needs of one policy version: its compiled rules and what to mask in the log. */
export interface CompiledVersion {
  rules: CompiledRuleSet;
  maskPaths: readonly string[];
}

/**
 * Compiled policy versions by id, for the life of the process. Versions never change once written,
 * so an entry is never stale; compiling (CEL type checks, RE2 programs) happens once per version and
 * process instead of once per decision.
 */
export class RuleSetCache {
  private readonly cache = new LRUCache<string, CompiledVersion>({ max: 5000 });

  get(versionId: string): CompiledVersion | undefined {
    return this.cache.get(versionId);
  }

  /** Compiles stored rules (validated when they were saved, so a failure here is a bug, not bad input). */
  compile(version: { id: string; rules: unknown; maskPaths: readonly string[] }, type: PolicyType): CompiledVersion {
    const compiled = { rules: compileRules(type, version.rules), maskPaths: version.maskPaths };
    this.cache.set(version.id, compiled);
    return compiled;
  }
}
