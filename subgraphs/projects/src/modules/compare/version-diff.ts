import type { JsonValue } from '../../json.js';

/** One difference between two JSON documents, at a JSON Pointer path. */
export interface JsonChange {
  path: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  from: JsonValue | null;
  to: JsonValue | null;
}

/** One line of a text difference. */
export interface LineChange {
  kind: 'ADDED' | 'REMOVED' | 'UNCHANGED';
  text: string;
}

type JsonRecord = { [key: string]: JsonValue };

const isRecord = (value: JsonValue | undefined): value is JsonRecord =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** RFC 6901: `~` and `/` inside a key are escaped. */
const pointerSegment = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

function sameJson(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]!));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key]!, b[key]!));
  }
  return false;
}

/**
 * Differences between two JSON documents, key by key: objects are compared per key (sorted),
 * arrays per index, anything else by value. A value whose type changes is one CHANGED entry.
 */
export function diffJson(from: JsonValue, to: JsonValue, path = ''): JsonChange[] {
  if (isRecord(from) && isRecord(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    return keys.flatMap((key) => {
      const child = `${path}/${pointerSegment(key)}`;
      if (!(key in to)) return [{ path: child, kind: 'REMOVED' as const, from: from[key]!, to: null }];
      if (!(key in from)) return [{ path: child, kind: 'ADDED' as const, from: null, to: to[key]! }];
      return diffJson(from[key]!, to[key]!, child);
    });
  }
  if (Array.isArray(from) && Array.isArray(to)) {
    const out: JsonChange[] = [];
    for (let i = 0; i < Math.max(from.length, to.length); i++) {
      const child = `${path}/${i}`;
      if (i >= to.length) out.push({ path: child, kind: 'REMOVED', from: from[i]!, to: null });
      else if (i >= from.length) out.push({ path: child, kind: 'ADDED', from: null, to: to[i]! });
      else out.push(...diffJson(from[i]!, to[i]!, child));
    }
    return out;
  }
  return sameJson(from, to) ? [] : [{ path, kind: 'CHANGED', from, to }];
}

/** Above this many cells (lines × lines) the middle of two texts is shown as removed then added, to bound CPU and memory. */
const MAX_LCS_CELLS = 1_000_000;

/**
 * A line diff of two texts (longest common subsequence after trimming the common start and end).
 * Lines are split on `\n` (an empty text has no lines); a trailing `\r` is kept as part of the line.
 */
export function diffLines(from: string, to: string): LineChange[] {
  const a = from === '' ? [] : from.split('\n');
  const b = to === '' ? [] : to.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((text) => ({ kind: 'UNCHANGED' as const, text }));
  const tail = a.slice(endA).map((text) => ({ kind: 'UNCHANGED' as const, text }));
  return [...head, ...diffMiddle(a.slice(start, endA), b.slice(start, endB)), ...tail];
}

function diffMiddle(a: string[], b: string[]): LineChange[] {
  const removed = (text: string) => ({ kind: 'REMOVED' as const, text });
  const added = (text: string) => ({ kind: 'ADDED' as const, text });
  if (!a.length || !b.length || a.length * b.length > MAX_LCS_CELLS) return [...a.map(removed), ...b.map(added)];
  // lcs[i][j] = length of the LCS of a[i..] and b[j..], stored row-major in one typed array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'UNCHANGED', text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push(removed(a[i++]!));
    } else {
      out.push(added(b[j++]!));
    }
  }
  return [...out, ...a.slice(i).map(removed), ...b.slice(j).map(added)];
}
