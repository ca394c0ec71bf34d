import { describe, expect, it } from 'vitest';
import { parseInput } from '@steward/kernel';
import type { Finding } from '../providers/review-plan.js';
import { checkContentOf, commentChanges, conclusionOf, sameCheckContent } from './review-changes.js';
import type { ReviewComment } from './review-comment.entity.js';
import { MAX_FINDINGS, PublishReviewInputModel } from './review.models.js';

const finding = (fingerprint: string, overrides: Partial<Finding> = {}): Finding => ({
  fingerprint,
  path: 'src/a.ts',
  line: 3,
  startLine: null,
  side: 'RIGHT',
  severity: 'MINOR',
  category: 'style',
  message: 'Rename it.',
  ...overrides,
});

const row = (f: Finding, overrides: Partial<ReviewComment> = {}): ReviewComment => ({
  id: `id-${f.fingerprint}`,
  organizationId: 'org',
  repositoryId: 'repo',
  pullRequestId: 'pr',
  ...f,
  status: 'OPEN',
  providerCommentId: '1',
  publishedBody: 'body',
  publishedStatus: 'OPEN',
  publishState: 'PUBLISHED',
  publishError: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...overrides,
});

describe('commentChanges', () => {
  it('inserts new fingerprints, updates changed ones and resolves the open ones that are gone', () => {
    const kept = finding('kept');
    const changed = finding('changed');
    const gone = finding('gone');
    const changes = commentChanges([row(kept), row(changed), row(gone)], [kept, { ...changed, line: 4 }, finding('new')]);
    expect(changes.insert.map((f) => f.fingerprint)).toEqual(['new']);
    expect(changes.update.map(({ row: r, finding: f }) => [r.fingerprint, f.line])).toEqual([['changed', 4]]);
    expect(changes.resolve.map((r) => r.fingerprint)).toEqual(['gone']);
  });

  it('changes nothing when the same review comes again', () => {
    const a = finding('a');
    const b = finding('b', { startLine: 1, line: 3 });
    expect(commentChanges([row(a), row(b, { status: 'OUTDATED' })], [a, b])).toEqual({ insert: [], update: [], resolve: [] });
  });

  it('opens a resolved finding that comes back and tries refused or failed ones again', () => {
    const back = finding('back');
    const refused = finding('refused');
    const failed = finding('failed');
    const changes = commentChanges(
      [row(back, { status: 'RESOLVED' }), row(refused, { publishState: 'REJECTED' }), row(failed, { publishState: 'FAILED' }), row(finding('old'), { status: 'RESOLVED' })],
      [back, refused, failed],
    );
    expect(changes.update.map(({ row: r }) => r.fingerprint)).toEqual(['back', 'refused', 'failed']);
    // Resolved already: not resolved twice.
    expect(changes.resolve).toEqual([]);
  });
});

describe('the check run of a review', () => {
  it('fails on a CRITICAL or MAJOR finding unless the caller says otherwise', () => {
    expect(conclusionOf([{ severity: 'MINOR' }, { severity: 'INFO' }])).toBe('SUCCESS');
    expect(conclusionOf([{ severity: 'MINOR' }, { severity: 'MAJOR' }])).toBe('FAILURE');
    expect(conclusionOf([{ severity: 'CRITICAL' }], 'NEUTRAL')).toBe('NEUTRAL');
    expect(conclusionOf([])).toBe('SUCCESS');
  });

  it('counts every finding and annotates the head side only', () => {
    const content = checkContentOf([finding('a', { severity: 'MAJOR' }), finding('b', { side: 'LEFT' }), finding('c', { startLine: 1, line: 2, severity: 'INFO' })]);
    expect(content.title).toBe('3 findings (1 major, 1 minor, 1 info)');
    expect(content.annotations).toEqual([
      { path: 'src/a.ts', startLine: 3, endLine: 3, level: 'failure', title: 'MAJOR · style', message: 'Rename it.' },
      { path: 'src/a.ts', startLine: 1, endLine: 2, level: 'notice', title: 'INFO · style', message: 'Rename it.' },
    ]);
    expect(checkContentOf([]).title).toBe('No findings');
  });

  it('compares annotations field by field, whatever order jsonb gave their keys', () => {
    const content = checkContentOf([finding('a')]);
    const stored = { ...content, conclusion: 'SUCCESS' as const, annotations: content.annotations.map((a) => Object.fromEntries(Object.entries(a).reverse()) as typeof a) };
    expect(sameCheckContent(stored, content, 'SUCCESS')).toBe(true);
    expect(sameCheckContent(stored, checkContentOf([finding('a', { message: 'Other.' })]), 'SUCCESS')).toBe(false);
    expect(sameCheckContent(stored, content, 'FAILURE')).toBe(false);
  });
});

describe('PublishReviewInputModel', () => {
  const fields = (findings: unknown[]) => {
    try {
      parseInput(PublishReviewInputModel, { findings }, 'input');
      return null;
    } catch (error) {
      return (error as { extensions: { field: string } }).extensions.field;
    }
  };

  it('names the offending field of the offending finding', () => {
    expect(fields([finding('a'), { ...finding('b'), line: 0 }])).toBe('input.findings.1.line');
    expect(fields([finding('a'), finding('a')])).toBe('input.findings.1.fingerprint');
    expect(fields([{ ...finding('a'), path: '../etc/passwd' }])).toBe('input.findings.0.path');
    expect(fields([{ ...finding('a'), startLine: 5, line: 3 }])).toBe('input.findings.0.startLine');
    expect(fields(Array.from({ length: MAX_FINDINGS + 1 }, (_, index) => finding(`f${index}`)))).toBe('input.findings');
  });

  it('defaults the side and the check name, and reads a one-line range as a line', () => {
    const parsed = parseInput(PublishReviewInputModel, { findings: [{ ...finding('a'), side: null, startLine: 3 }] }, 'input');
    expect(parsed).toMatchObject({ checkName: 'Steward', findings: [{ side: 'RIGHT', startLine: null, line: 3 }] });
  });
});
