import { createHash } from 'node:crypto';
import type { DiffLine } from './diff-lines.js';
import type { InlineComment } from './provider-client.js';

/** The old/new line numbers GitLab wants: an unchanged line needs both, an added or removed line one. */
export function lineNumbers(line: DiffLine): { old_line?: number; new_line?: number } {
  return { ...(line.oldLine !== null ? { old_line: line.oldLine } : {}), ...(line.newLine !== null ? { new_line: line.newLine } : {}) };
}

/** One end of a GitLab line range: GitLab's line code is `<sha1 of the path>_<old pos>_<new pos>`. */
export function rangeEnd(path: string, line: DiffLine, side: InlineComment['side']): Record<string, unknown> {
  const code = `${createHash('sha1').update(path).digest('hex')}_${line.oldPos}_${line.newPos}`;
  return { line_code: code, type: side === 'RIGHT' ? 'new' : 'old', ...lineNumbers(line) };
}
