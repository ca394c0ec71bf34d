import { describe, expect, it } from 'vitest';
import { diffJson, diffLines } from './version-diff.js';

describe('diffJson', () => {
  it('finds nothing between equal documents, whatever the key order', () => {
    expect(diffJson({ a: 1, b: { c: [1, { d: null }] } }, { b: { c: [1, { d: null }] }, a: 1 })).toEqual([]);
  });

  it('reports added, removed and changed keys with JSON Pointer paths, sorted by key', () => {
    const from = { model: 'gpt-4o', parameters: { temperature: 0.2, top_p: 1 }, stop: ['###'] };
    const to = { model: 'gpt-4o-mini', parameters: { temperature: 0.2, max_tokens: 512 }, stop: ['###'] };
    expect(diffJson(from, to)).toEqual([
      { path: '/model', kind: 'CHANGED', from: 'gpt-4o', to: 'gpt-4o-mini' },
      { path: '/parameters/max_tokens', kind: 'ADDED', from: null, to: 512 },
      { path: '/parameters/top_p', kind: 'REMOVED', from: 1, to: null },
    ]);
  });

  it('compares arrays index by index', () => {
    expect(diffJson({ tools: [{ name: 'search' }, 'x'] }, { tools: [{ name: 'browse' }, 'x', 'y'] })).toEqual([
      { path: '/tools/0/name', kind: 'CHANGED', from: 'search', to: 'browse' },
      { path: '/tools/2', kind: 'ADDED', from: null, to: 'y' },
    ]);
    expect(diffJson({ stop: ['a', 'b'] }, { stop: ['a'] })).toEqual([{ path: '/stop/1', kind: 'REMOVED', from: 'b', to: null }]);
  });

  it('reports a change of type as one change of the whole value', () => {
    expect(diffJson({ p: { a: 1 } }, { p: [1] })).toEqual([{ path: '/p', kind: 'CHANGED', from: { a: 1 }, to: [1] }]);
    expect(diffJson({ p: null }, { p: 0 })).toEqual([{ path: '/p', kind: 'CHANGED', from: null, to: 0 }]);
  });

  it('escapes ~ and / inside keys (RFC 6901)', () => {
    expect(diffJson({ 'a/b': 1, 'c~d': 1 }, { 'a/b': 2, 'c~d': 2 }).map((c) => c.path)).toEqual(['/a~1b', '/c~0d']);
  });
});

describe('diffLines', () => {
  it('marks every line of equal texts unchanged', () => {
    expect(diffLines('a\nb', 'a\nb')).toEqual([
      { kind: 'UNCHANGED', text: 'a' },
      { kind: 'UNCHANGED', text: 'b' },
    ]);
  });

  it('finds inserted, deleted and replaced lines in order', () => {
    expect(diffLines('intro\nold fix\nshared\nend', 'intro\nnew fix\nshared\nadded\nend')).toEqual([
      { kind: 'UNCHANGED', text: 'intro' },
      { kind: 'REMOVED', text: 'old fix' },
      { kind: 'ADDED', text: 'new fix' },
      { kind: 'UNCHANGED', text: 'shared' },
      { kind: 'ADDED', text: 'added' },
      { kind: 'UNCHANGED', text: 'end' },
    ]);
  });

  it('treats an empty text as having no lines', () => {
    expect(diffLines('', '')).toEqual([]);
    expect(diffLines('', 'first')).toEqual([{ kind: 'ADDED', text: 'first' }]);
    expect(diffLines('gone', '')).toEqual([{ kind: 'REMOVED', text: 'gone' }]);
  });

  it('falls back to removed-then-added for very large differing middles', () => {
    const from = Array.from({ length: 1500 }, (_, i) => `a${i}`).join('\n');
    const to = Array.from({ length: 1500 }, (_, i) => `b${i}`).join('\n');
    const lines = diffLines(`same\n${from}`, `same\n${to}`);
    expect(lines[0]).toEqual({ kind: 'UNCHANGED', text: 'same' });
    expect(lines.filter((l) => l.kind === 'REMOVED')).toHaveLength(1500);
    expect(lines.filter((l) => l.kind === 'ADDED')).toHaveLength(1500);
    expect(lines[1]!.kind).toBe('REMOVED');
    expect(lines.at(-1)!.kind).toBe('ADDED');
  });
});
