import { describe, expect, it } from 'vitest';
import { parsePatch } from './diff-lines.js';
import { batches, commentBody, markedFingerprint, planReview, resolvedBody, type Finding, type PublishedComment } from './review-plan.js';

// src/app.ts: new lines 10-14 and 40-42 are in the diff (two hunks); old lines 10-13 and 40-41.
const appPatch = ['@@ -10,4 +10,5 @@', ' a', '-b', '+B', '+C', ' d', ' e', '@@ -40,2 +41,3 @@', ' x', '+y', ' z'].join('\n');
const app = parsePatch(appPatch);
const files = [{ path: 'src/app.ts', commentable: { LEFT: app.LEFT, RIGHT: app.RIGHT } }];

function finding(overrides: Partial<Finding> & Pick<Finding, 'fingerprint'>): Finding {
  return { path: 'src/app.ts', line: 11, startLine: null, side: 'RIGHT', severity: 'MAJOR', category: 'correctness', message: 'Off by one.', ...overrides };
}

function publishedFor(f: Finding, providerId: string, status: PublishedComment['status'] = 'OPEN', body = commentBody(f)): PublishedComment {
  return { fingerprint: f.fingerprint, providerId, status, body };
}

describe('planReview', () => {
  it('creates comments for new findings inside the diff and lists the others in the summary', () => {
    const inside = finding({ fingerprint: 'f1', line: 11 });
    const removedLine = finding({ fingerprint: 'f2', line: 11, side: 'LEFT', severity: 'MINOR' });
    const outside = finding({ fingerprint: 'f3', line: 30, severity: 'CRITICAL', message: 'SQL built from input.' });
    const otherFile = finding({ fingerprint: 'f4', path: 'README.md', line: 1, severity: 'INFO', category: 'docs', message: 'Typo.' });
    const plan = planReview([inside, removedLine, outside, otherFile], [], files);
    expect(plan.create).toEqual([
      { finding: inside, body: commentBody(inside) },
      { finding: removedLine, body: commentBody(removedLine) },
    ]);
    expect(plan.outsideDiff).toEqual([outside, otherFile]);
    expect([plan.update, plan.keep, plan.resolve, plan.outdated]).toEqual([[], [], [], []]);
    expect(plan.summary).toBe(
      [
        '<!-- steward:summary -->',
        '### Steward review',
        '',
        '**4 findings**',
        '',
        '| Severity | Count |',
        '| --- | ---: |',
        '| 🛑 CRITICAL | 1 |',
        '| 🔴 MAJOR | 1 |',
        '| 🟡 MINOR | 1 |',
        '| ℹ️ INFO | 1 |',
        '',
        '#### Outside the diff (2)',
        '',
        'These lines were not changed by this pull request, so they cannot carry a review comment.',
        '',
        '- 🛑 **CRITICAL** `src/app.ts:30` (correctness): SQL built from input.',
        '- ℹ️ **INFO** `README.md:1` (docs): Typo.',
      ].join('\n'),
    );
  });

  it('plans nothing but keep when the same findings run again', () => {
    const findings = [finding({ fingerprint: 'f1', line: 11 }), finding({ fingerprint: 'f2', line: 42 })];
    const published = findings.map((f, index) => publishedFor(f, String(100 + index)));
    const plan = planReview(findings, published, files);
    expect(plan.keep).toEqual(['f1', 'f2']);
    expect([plan.create, plan.update, plan.resolve, plan.outdated, plan.outsideDiff]).toEqual([[], [], [], [], []]);
  });

  it('updates in place when the message changed, never creating a second comment', () => {
    const before = finding({ fingerprint: 'f1', message: 'Old text.' });
    const after = finding({ fingerprint: 'f1', message: 'New text.' });
    const plan = planReview([after], [publishedFor(before, '100')], files);
    expect(plan.update).toEqual([{ finding: after, providerId: '100', body: commentBody(after), reopen: false }]);
    expect(plan.create).toEqual([]);
  });

  it('resolves a published finding that is gone, once', () => {
    const fixed = finding({ fingerprint: 'f1' });
    const first = planReview([], [publishedFor(fixed, '100')], files);
    expect(first.resolve).toEqual([{ providerId: '100', fingerprint: 'f1', body: resolvedBody({ fingerprint: 'f1', body: commentBody(fixed) }) }]);
    const second = planReview([], [publishedFor(fixed, '100', 'RESOLVED', first.resolve[0]?.body)], files);
    expect(second.resolve).toEqual([]);
    expect(second.create).toEqual([]);
  });

  it('re-opens a resolved comment when its finding comes back', () => {
    const back = finding({ fingerprint: 'f1' });
    const plan = planReview([back], [publishedFor(back, '100', 'RESOLVED', resolvedBody({ fingerprint: 'f1', body: commentBody(back) }))], files);
    expect(plan.update).toEqual([{ finding: back, providerId: '100', body: commentBody(back), reopen: true }]);
  });

  it('marks an open comment outdated when its finding moved outside the diff, and resolves an outdated one whose finding is gone', () => {
    const moved = finding({ fingerprint: 'f1', line: 30 });
    const gone = finding({ fingerprint: 'f2' });
    const plan = planReview([moved], [publishedFor(finding({ fingerprint: 'f1' }), '100'), publishedFor(gone, '101', 'OUTDATED')], files);
    expect(plan.outdated).toEqual(['f1']);
    expect(plan.outsideDiff).toEqual([moved]);
    expect(plan.resolve.map((item) => item.providerId)).toEqual(['101']);
  });

  it('creates again a comment whose earlier creation never succeeded', () => {
    const f = finding({ fingerprint: 'f1' });
    const plan = planReview([f], [{ fingerprint: 'f1', providerId: null, status: 'OPEN', body: '' }], files);
    expect(plan.create).toEqual([{ finding: f, body: commentBody(f) }]);
  });

  it('keeps a multi-line finding inline only when its whole range is in one hunk on its side', () => {
    const oneHunk = finding({ fingerprint: 'r1', startLine: 10, line: 14 });
    const acrossHunks = finding({ fingerprint: 'r2', startLine: 13, line: 41 });
    const leftRange = finding({ fingerprint: 'r3', side: 'LEFT', startLine: 10, line: 12 });
    const startOutside = finding({ fingerprint: 'r4', startLine: 8, line: 11 });
    const plan = planReview([oneHunk, acrossHunks, leftRange, startOutside], [], files);
    expect(plan.create.map((item) => item.finding.fingerprint)).toEqual(['r1', 'r3']);
    expect(plan.outsideDiff.map((item) => item.fingerprint)).toEqual(['r2', 'r4']);
  });

  it('plans a finding reported twice only once', () => {
    const f = finding({ fingerprint: 'f1' });
    expect(planReview([f, { ...f }], [], files).create).toHaveLength(1);
  });

  it('says so when there are no findings', () => {
    expect(planReview([], [], files).summary).toBe('<!-- steward:summary -->\n### Steward review\n\nNo findings. ✅');
  });
});

describe('commentBody', () => {
  it('starts with the hidden fingerprint marker and names the range of a multi-line finding', () => {
    expect(commentBody(finding({ fingerprint: 'abc123', startLine: 10, line: 12, message: 'Use <!-- here -->' }))).toBe(
      ['<!-- steward:abc123 -->', '🔴 **MAJOR** · correctness (lines 10–12)', '', 'Use &lt;!-- here -->'].join('\n'),
    );
  });
});

describe('markedFingerprint', () => {
  it('reads the fingerprint back from a comment and from its resolved note, even one containing " -->"', () => {
    const tricky = finding({ fingerprint: 'rule --> x', message: 'Says <!-- steward:other --> inside.' });
    expect(markedFingerprint(commentBody(tricky))).toBe('rule --> x');
    expect(markedFingerprint(resolvedBody({ fingerprint: 'abc123', body: commentBody(finding({ fingerprint: 'abc123' })) }))).toBe('abc123');
  });

  it('finds nothing in text that does not start with a marker line', () => {
    expect(markedFingerprint('Looks fine to me.\n<!-- steward:abc123 -->')).toBeNull();
    expect(markedFingerprint('<!-- steward:abc123 --> and more on the line')).toBeNull();
    expect(markedFingerprint('')).toBeNull();
  });
});

describe('batches', () => {
  it('splits 120 items into 50, 50 and 20', () => {
    const items = Array.from({ length: 120 }, (_, index) => index);
    expect(batches(items, 50).map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(batches(items, 50)[2]?.[0]).toBe(100);
  });

  it('returns no batch for no items and refuses a size below one', () => {
    expect(batches([], 50)).toEqual([]);
    expect(() => batches([1], 0)).toThrow(RangeError);
  });
});
