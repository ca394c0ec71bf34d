import { describe, expect, it } from 'vitest';
import { taskCacheKey } from './task-runner.js';

describe('taskCacheKey', () => {
  const parts = { analyzer: 'eslint', version: '10.15.0', configDigest: 'c'.repeat(64), inputDigests: ['b'.repeat(64), 'a'.repeat(64)] };

  it('is the same for the same inputs in any order', () => {
    expect(taskCacheKey(parts)).toBe(taskCacheKey({ ...parts, inputDigests: [...parts.inputDigests].reverse() }));
    expect(taskCacheKey(parts)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('misses for a new analyzer version, another configuration, other inputs or another analyzer', () => {
    const key = taskCacheKey(parts);
    expect(taskCacheKey({ ...parts, version: '10.16.0' })).not.toBe(key);
    expect(taskCacheKey({ ...parts, configDigest: 'd'.repeat(64) })).not.toBe(key);
    expect(taskCacheKey({ ...parts, inputDigests: ['a'.repeat(64)] })).not.toBe(key);
    expect(taskCacheKey({ ...parts, analyzer: 'dependency-cruiser' })).not.toBe(key);
  });
});
