import { BadUserInputError } from '@steward/kernel';
import { RE2 } from 're2-wasm';

/** Blocked patterns compiled on RE2 once, tested many times in time linear in the text. */
export interface BlockedPatternSet {
  readonly size: number;
  /** The indexes of the patterns found in the text, in pattern order. */
  matchingIndexes(text: string): number[];
}

// re2-wasm never frees an RE2 (its wasm object has no finaliser, about 4 KB each), so identical
// patterns share one object: memory grows with the distinct patterns saved, not with compilations.
const interned = new Map<string, RE2>();

function intern(pattern: string, flags: string): RE2 {
  const key = `${flags}/${pattern}`;
  let re = interned.get(key);
  if (!re) {
    re = new RE2(pattern, flags);
    interned.set(key, re);
  }
  return re;
}

/** Why RE2 refused a pattern, in words a policy author can act on (RE2's own message is terse). */
function explainRefusal(pattern: string, reason: string): string {
  if (/\(\?<[=!]/.test(pattern)) return 'RE2 does not support lookbehind; patterns run in linear time';
  if (/\(\?[=!]/.test(pattern)) return 'RE2 does not support lookahead; patterns run in linear time';
  if (/\\[1-9]|\\k<|\(\?P=/.test(pattern)) return 'RE2 does not support backreferences; patterns run in linear time';
  if (/invalid repetition size/.test(reason)) return 'RE2 allows repetition counts up to 1000 (and nested counts multiply)';
  return `is not a valid RE2 pattern (${reason})`;
}

/**
 * Compiles blocked patterns with RE2 (always in Unicode mode; `i` when case-insensitive). A pattern RE2
 * refuses (lookaround, backreferences, bad syntax) is BAD_USER_INPUT naming `<field>.<index>`.
 */
export function compileBlockedPatterns(patterns: readonly string[], caseInsensitive: boolean, field: string): BlockedPatternSet {
  const flags = caseInsensitive ? 'iu' : 'u';
  const compiled = patterns.map((pattern, index) => {
    try {
      return intern(pattern, flags);
    } catch (error) {
      const name = `${field}.${index}`;
      const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/\w*: /s, '') : String(error);
      throw new BadUserInputError(name, `${name}: ${explainRefusal(pattern, reason)}`);
    }
  });
  // One alternation answers "does anything match" in a single linear pass; the per-pattern tests
  // only run for text that is blocked. Patterns that cannot be combined (repeated group names) skip this.
  let anyOf: RE2 | null = null;
  if (compiled.length > 1) {
    try {
      anyOf = intern(patterns.map((pattern) => `(?:${pattern})`).join('|'), flags);
    } catch {
      anyOf = null;
    }
  }
  return {
    size: compiled.length,
    matchingIndexes(text) {
      if (anyOf && !anyOf.test(text)) return [];
      return compiled.flatMap((re, index) => (re.test(text) ? [index] : []));
    },
  };
}

/**
 * Whether a text matches a glob where `*` stands for any run of characters (including `/`), compared
 * case-insensitively; every other character is literal. Backtracks only to the last `*`, so it takes at
 * most pattern × text steps, where a regular expression built from the glob could backtrack far longer.
 */
export function globMatches(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let resume = 0;
  while (ti < t.length) {
    if (pi < p.length && p[pi] !== '*' && p[pi] === t[ti]) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      resume = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++resume;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}
