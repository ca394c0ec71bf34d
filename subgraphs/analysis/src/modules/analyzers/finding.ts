import { createHash } from 'node:crypto';

/** How bad a finding is, highest first. */
export type Severity = 'CRITICAL' | 'MAJOR' | 'MINOR' | 'INFO';

/**
 * A finding as an analyzer or an imported report produced it, before Steward gives it an id and a
 * life across versions. Paths are relative to the analysed tree, with `/` separators.
 */
export interface RawFinding {
  /** The tool's rule id, e.g. `no-unused-vars` or `python.lang.security.audit.eval`. */
  rule: string;
  /** The tool that reported it, e.g. `eslint`, `dependency-cruiser`, `Semgrep`. */
  tool: string;
  severity: Severity;
  /** A coarse kind: `security`, `correctness`, `maintainability`, `style`, `architecture`, `test`… */
  category: string;
  message: string;
  /** The file, relative to the tree's root; empty for a finding about the whole tree. */
  path: string;
  startLine: number | null;
  endLine: number | null;
  /** Stable across versions for the same problem: see {@link findingFingerprint}. */
  fingerprint: string;
}

/** Collapses whitespace so that re-indenting a line does not make its finding new. */
export function normaliseSnippet(snippet: string): string {
  return snippet.replace(/\s+/g, ' ').trim();
}

/**
 * The fingerprint of a finding without one from its tool: sha256 of rule, path and the normalised
 * source snippet it points at (not the line number, so moving code does not make it new).
 */
export function findingFingerprint(parts: { tool: string; rule: string; path: string; snippet: string }): string {
  return createHash('sha256')
    .update(`${parts.tool}\u0000${parts.rule}\u0000${parts.path}\u0000${normaliseSnippet(parts.snippet)}`)
    .digest('hex');
}
