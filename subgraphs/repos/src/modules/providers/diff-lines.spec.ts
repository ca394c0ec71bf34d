import { describe, expect, it } from 'vitest';
import { lineAt, parsePatch, rangeInDiff } from './diff-lines.js';

const sorted = (lines: ReadonlySet<number>) => [...lines].sort((a, b) => a - b);

describe('parsePatch', () => {
  it('puts added and context lines on the right by new number, removed and context lines on the left by old number', () => {
    const patch = ['@@ -10,4 +10,5 @@ export function total() {', ' const a = 1;', '-const b = 2;', '+const b = 3;', '+const c = 4;', ' return a + b;', ' }'].join('\n');
    const parsed = parsePatch(patch);
    expect(sorted(parsed.RIGHT)).toEqual([10, 11, 12, 13, 14]);
    expect(sorted(parsed.LEFT)).toEqual([10, 11, 12, 13]);
    expect(parsed.lines).toEqual([
      { kind: 'context', oldLine: 10, newLine: 10, oldPos: 10, newPos: 10 },
      { kind: 'removed', oldLine: 11, newLine: null, oldPos: 11, newPos: 11 },
      { kind: 'added', oldLine: null, newLine: 11, oldPos: 12, newPos: 11 },
      { kind: 'added', oldLine: null, newLine: 12, oldPos: 12, newPos: 12 },
      { kind: 'context', oldLine: 12, newLine: 13, oldPos: 12, newPos: 13 },
      { kind: 'context', oldLine: 13, newLine: 14, oldPos: 13, newPos: 14 },
    ]);
  });

  it('reads several hunks and leaves the lines between them out', () => {
    const patch = ['@@ -1,2 +1,2 @@', '-a', '+A', ' b', '@@ -20,2 +20,3 @@ section', ' t', '+u', ' v'].join('\n');
    const parsed = parsePatch(patch);
    expect(sorted(parsed.RIGHT)).toEqual([1, 2, 20, 21, 22]);
    expect(sorted(parsed.LEFT)).toEqual([1, 2, 20, 21]);
    expect(rangeInDiff(parsed.RIGHT, 20, 22)).toBe(true);
    expect(rangeInDiff(parsed.RIGHT, 2, 20)).toBe(false);
  });

  it('skips "no newline at end of file" markers', () => {
    const patch = ['@@ -1,2 +1,2 @@', ' first', '-last', '\\ No newline at end of file', '+last', '\\ No newline at end of file'].join('\n');
    const parsed = parsePatch(patch);
    expect(sorted(parsed.LEFT)).toEqual([1, 2]);
    expect(sorted(parsed.RIGHT)).toEqual([1, 2]);
    expect(parsed.lines).toHaveLength(3);
  });

  it('numbers a new file from one on the right with nothing on the left', () => {
    const parsed = parsePatch(['@@ -0,0 +1,3 @@', '+one', '+two', '+three'].join('\n'));
    expect(sorted(parsed.RIGHT)).toEqual([1, 2, 3]);
    expect(sorted(parsed.LEFT)).toEqual([]);
    expect(parsed.lines[0]).toEqual({ kind: 'added', oldLine: null, newLine: 1, oldPos: 0, newPos: 1 });
  });

  it('reads single-line hunk headers without counts', () => {
    const parsed = parsePatch(['@@ -5 +5 @@', '-x', '+y'].join('\n'));
    expect(sorted(parsed.LEFT)).toEqual([5]);
    expect(sorted(parsed.RIGHT)).toEqual([5]);
  });

  it('ignores git file headers and keeps a removed line that looks like one', () => {
    const patch = ['diff --git a/notes.md b/notes.md', 'index 1111111..2222222 100644', '--- a/notes.md', '+++ b/notes.md', '@@ -1,2 +1,1 @@', '--- a horizontal rule', ' text'].join('\n');
    const parsed = parsePatch(patch);
    expect(sorted(parsed.LEFT)).toEqual([1, 2]);
    expect(sorted(parsed.RIGHT)).toEqual([1]);
  });

  it('treats an empty line inside a hunk as context when the counts say so', () => {
    const parsed = parsePatch(['@@ -1,3 +1,3 @@', ' a', '', '-b', '+c', ''].join('\n'));
    expect(sorted(parsed.RIGHT)).toEqual([1, 2, 3]);
    expect(sorted(parsed.LEFT)).toEqual([1, 2, 3]);
  });

  it('gives binary, empty and missing patches no commentable line', () => {
    for (const patch of [undefined, null, '', 'Binary files a/logo.png and b/logo.png differ']) {
      const parsed = parsePatch(patch);
      expect([parsed.LEFT.size, parsed.RIGHT.size, parsed.lines.length]).toEqual([0, 0, 0]);
    }
  });
});

describe('lineAt', () => {
  const { lines } = parsePatch(['@@ -3,3 +3,3 @@', ' keep', '-old', '+new', ' tail'].join('\n'));

  it('finds a line by its number on the side a comment names', () => {
    expect(lineAt(lines, 'RIGHT', 4)).toEqual({ kind: 'added', oldLine: null, newLine: 4, oldPos: 5, newPos: 4 });
    expect(lineAt(lines, 'LEFT', 4)).toEqual({ kind: 'removed', oldLine: 4, newLine: null, oldPos: 4, newPos: 4 });
    expect(lineAt(lines, 'RIGHT', 5)).toEqual({ kind: 'context', oldLine: 5, newLine: 5, oldPos: 5, newPos: 5 });
  });

  it('answers null for a line outside the diff', () => {
    expect(lineAt(lines, 'RIGHT', 9)).toBeNull();
    expect(lineAt(lines, 'LEFT', 2)).toBeNull();
  });
});

describe('rangeInDiff', () => {
  it('refuses a reversed range', () => {
    expect(rangeInDiff(new Set([1, 2, 3]), 3, 1)).toBe(false);
  });
});
