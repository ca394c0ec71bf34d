import { describe, expect, it } from 'vitest';
import type { Repository } from '../repositories/repository.entity.js';
import { wantsAnalysis } from './analysis-requester.js';

const HEAD = 'a'.repeat(40);
const NEXT = 'b'.repeat(40);
const linked = { autoAnalysis: true, projectId: '7f1c2a4e-0c1b-4c55-9d41-3e2f6f0a9b10' } as Repository;
const open = { headSha: HEAD, state: 'OPEN' as const };

describe('which recorded pull requests ask for an analysis', () => {
  it('asks for a pull request opened, reopened or given a new head', () => {
    expect(wantsAnalysis(linked, open, null)).toBe(true);
    expect(wantsAnalysis(linked, open, { headSha: HEAD, state: 'CLOSED' })).toBe(true);
    expect(wantsAnalysis(linked, { headSha: NEXT, state: 'OPEN' }, open)).toBe(true);
  });

  it('asks for nothing when only the title changed, or for a closed or merged pull request', () => {
    expect(wantsAnalysis(linked, open, open)).toBe(false);
    expect(wantsAnalysis(linked, { headSha: NEXT, state: 'CLOSED' }, open)).toBe(false);
    expect(wantsAnalysis(linked, { headSha: HEAD, state: 'MERGED' }, null)).toBe(false);
  });

  it('asks for nothing without a project or with auto-analysis off', () => {
    expect(wantsAnalysis({ ...linked, projectId: null }, open, null)).toBe(false);
    expect(wantsAnalysis({ ...linked, autoAnalysis: false }, open, null)).toBe(false);
  });
});
