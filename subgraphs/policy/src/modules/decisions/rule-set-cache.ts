import { LRUCache } from 'lru-cache';
import { compileRules, type CompiledRuleSet, type PolicyType } from '../engine/index.js';
import { compileOpaRules, namespacedRego, regoModuleId, type OpaRule } from '../policies/opa-policy.js';
import type { PolicyEngine } from '../policies/policy.entity.js';

/** An OPA policy version as an evaluation needs it: its rules, its package on the server and its module (to load it again). */
export interface OpaVersion {
  rules: OpaRule[];
  moduleId: string;
  packagePath: string;
  moduleSource: string;
}

/** What an evaluation needs of one policy version: its compiled rules (or its OPA module) and what to mask in the log. */
export interface CompiledVersion {
  /** Steward's own rules; null for an OPA policy. */
  rules: CompiledRuleSet | null;
  /** The OPA module; null for Steward's own rules. */
  opa: OpaVersion | null;
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
  compile(version: { id: string; rules: unknown; maskPaths: readonly string[]; rego?: string | null }, type: PolicyType, engine: PolicyEngine = 'STEWARD'): CompiledVersion {
    const compiled: CompiledVersion =
      engine === 'OPA'
        ? { rules: null, opa: opaVersionOf(version), maskPaths: version.maskPaths }
        : { rules: compileRules(type, version.rules), opa: null, maskPaths: version.maskPaths };
    this.cache.set(version.id, compiled);
    return compiled;
  }
}

function opaVersionOf(version: { id: string; rules: unknown; rego?: string | null }): OpaVersion {
  const module = namespacedRego(version.rego ?? '', version.id);
  return { rules: compileOpaRules(version.rules).rules, moduleId: regoModuleId(version.id), packagePath: module.packagePath, moduleSource: module.source };
}
