import { describe, expect, it } from 'vitest';
import { boundedJsonObject } from './json.js';

describe('boundedJsonObject', () => {
  const model = boundedJsonObject({ maxBytes: 1024, maxDepth: 3 });

  it('accepts a JSON object within bounds', () => {
    expect(model.parse({ a: [1, { b: 'c' }], d: null })).toEqual({ a: [1, { b: 'c' }], d: null });
  });

  it('refuses values that are not objects', () => {
    for (const value of [null, 1, 'x', [1], true]) expect(model.safeParse(value).error?.issues[0]?.message).toBe('must be a JSON object');
  });

  it('refuses documents nested too deeply, even pathologically deep ones, without overflowing the stack', () => {
    expect(model.safeParse({ a: { b: { c: {} } } }).error?.issues[0]?.message).toMatch(/nested at most 3/);
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(model.safeParse({ deep }).success).toBe(false);
  });

  it('refuses documents larger than the bound', () => {
    expect(model.safeParse({ text: 'x'.repeat(2000) }).error?.issues[0]?.message).toMatch(/at most 1 KiB/);
  });
});
