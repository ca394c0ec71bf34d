/** Which version of a file a diff line belongs to: LEFT is the base (old), RIGHT the head (new). */
export type DiffSide = 'LEFT' | 'RIGHT';

/**
 * One line of a unified diff. `oldLine`/`newLine` are the line numbers it has in each version
 * (null on the side it does not exist). `oldPos`/`newPos` are the running counters GitLab's diff
 * parser keeps while reading the hunk (on an added line `oldPos` is the old line that comes next);
 * GitLab builds its `line_code` from them.
 */
export interface DiffLine {
  kind: 'added' | 'removed' | 'context';
  oldLine: number | null;
  newLine: number | null;
  oldPos: number;
  newPos: number;
}

/** A patch read for commenting: the lines a comment may sit on per side, and every line in order. */
export interface ParsedPatch {
  LEFT: Set<number>;
  RIGHT: Set<number>;
  lines: DiffLine[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Parses a unified diff patch (GitHub's `patch`, GitLab's `diff`) into commentable lines: RIGHT
 * holds added and context lines by new line number, LEFT removed and context lines by old line
 * number. Several hunks, file headers, `\ No newline at end of file` and a missing patch (binary,
 * too large, pure rename) are handled; a missing patch has no commentable line.
 */
export function parsePatch(patch: string | null | undefined): ParsedPatch {
  const parsed: ParsedPatch = { LEFT: new Set(), RIGHT: new Set(), lines: [] };
  if (!patch) return parsed;
  const rows = patch.split('\n');
  let oldPos = 0;
  let newPos = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const row of rows) {
    if (oldLeft === 0 && newLeft === 0) {
      // Outside a hunk: only a hunk header matters (file headers, `diff --git`, `Binary files … differ` do not).
      const header = HUNK_HEADER.exec(row);
      if (!header) continue;
      oldPos = Number(header[1]);
      oldLeft = header[2] === undefined ? 1 : Number(header[2]);
      newPos = Number(header[3]);
      newLeft = header[4] === undefined ? 1 : Number(header[4]);
      continue;
    }
    // Inside a hunk the counts decide where it ends, so a removed line reading `--- x` is still a line.
    const marker = row[0];
    if (marker === '\\') continue;
    if (marker === '+' && newLeft > 0) {
      parsed.lines.push({ kind: 'added', oldLine: null, newLine: newPos, oldPos, newPos });
      parsed.RIGHT.add(newPos);
      newPos += 1;
      newLeft -= 1;
    } else if (marker === '-' && oldLeft > 0) {
      parsed.lines.push({ kind: 'removed', oldLine: oldPos, newLine: null, oldPos, newPos });
      parsed.LEFT.add(oldPos);
      oldPos += 1;
      oldLeft -= 1;
    } else if ((marker === ' ' || row === '') && oldLeft > 0 && newLeft > 0) {
      // Some tools strip the single space of an empty context line; the counts say it is one.
      parsed.lines.push({ kind: 'context', oldLine: oldPos, newLine: newPos, oldPos, newPos });
      parsed.LEFT.add(oldPos);
      parsed.RIGHT.add(newPos);
      oldPos += 1;
      newPos += 1;
      oldLeft -= 1;
      newLeft -= 1;
    } else {
      // A truncated or malformed hunk: stop trusting it and look for the next header.
      oldLeft = 0;
      newLeft = 0;
      const header = HUNK_HEADER.exec(row);
      if (header) {
        oldPos = Number(header[1]);
        oldLeft = header[2] === undefined ? 1 : Number(header[2]);
        newPos = Number(header[3]);
        newLeft = header[4] === undefined ? 1 : Number(header[4]);
      }
    }
  }
  return parsed;
}

/** The diff line a comment on `line` of `side` sits on, or null when that line is not part of the diff. */
export function lineAt(lines: readonly DiffLine[], side: DiffSide, line: number): DiffLine | null {
  for (const candidate of lines) {
    if (side === 'RIGHT' ? candidate.kind !== 'removed' && candidate.newLine === line : candidate.kind !== 'added' && candidate.oldLine === line) {
      return candidate;
    }
  }
  return null;
}

/**
 * Whether every line from `startLine` to `line` is commentable on `side`. A range with a gap spans
 * two hunks, which GitHub refuses for a multi-line comment, so the whole range must be inside.
 */
export function rangeInDiff(commentable: ReadonlySet<number>, startLine: number, line: number): boolean {
  if (startLine > line) return false;
  for (let current = startLine; current <= line; current += 1) {
    if (!commentable.has(current)) return false;
  }
  return true;
}
