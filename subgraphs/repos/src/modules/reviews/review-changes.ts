import type { CheckAnnotation } from '../providers/provider-client.js';
import { SEVERITIES, type Finding, type Severity } from '../providers/review-plan.js';
import type { CheckConclusion } from './check-run.entity.js';
import type { ReviewComment } from './review-comment.entity.js';

/** A stored comment's finding fields, as `planReview` and the comparisons below read them. */
export type FindingFields = Pick<ReviewComment, 'fingerprint' | 'path' | 'line' | 'startLine' | 'side' | 'severity' | 'category' | 'message'>;

/** What a new review changes in the stored comments of a pull request. */
export interface CommentChanges {
  /** Findings no row has yet: new rows, OPEN and PENDING. */
  insert: Finding[];
  /** Rows whose finding changed, came back after being resolved, or failed last time: PENDING again. */
  update: { row: ReviewComment; finding: Finding }[];
  /** Rows still open whose fingerprint the review no longer has: RESOLVED and PENDING. */
  resolve: ReviewComment[];
}

/** The finding a stored comment carries. */
export function findingOf(row: FindingFields): Finding {
  return { fingerprint: row.fingerprint, path: row.path, line: row.line, startLine: row.startLine ?? null, side: row.side, severity: row.severity, category: row.category, message: row.message };
}

/** Whether a stored comment already says exactly what `finding` says. */
export function sameFinding(row: FindingFields, finding: Finding): boolean {
  return (
    row.path === finding.path &&
    row.line === finding.line &&
    (row.startLine ?? null) === finding.startLine &&
    row.side === finding.side &&
    row.severity === finding.severity &&
    row.category === finding.category &&
    row.message === finding.message
  );
}

/**
 * Compares a review's findings with the comments stored for the pull request, by fingerprint. An
 * unchanged finding whose comment is published (or still pending) is left alone, so publishing the
 * same review twice changes nothing; one the provider refused or that failed is tried again, since
 * the diff may have moved since.
 */
export function commentChanges(existing: readonly ReviewComment[], findings: readonly Finding[]): CommentChanges {
  const changes: CommentChanges = { insert: [], update: [], resolve: [] };
  const byFingerprint = new Map(existing.map((row) => [row.fingerprint, row]));
  const present = new Set<string>();
  for (const finding of findings) {
    present.add(finding.fingerprint);
    const row = byFingerprint.get(finding.fingerprint);
    if (!row) changes.insert.push(finding);
    else if (!sameFinding(row, finding) || row.status === 'RESOLVED' || row.publishState === 'REJECTED' || row.publishState === 'FAILED') changes.update.push({ row, finding });
  }
  for (const row of existing) if (!present.has(row.fingerprint) && row.status !== 'RESOLVED') changes.resolve.push(row);
  return changes;
}

/** The verdict the caller gave, or FAILURE when a CRITICAL or MAJOR finding is present, else SUCCESS. */
export function conclusionOf(findings: readonly Pick<Finding, 'severity'>[], given?: CheckConclusion): CheckConclusion {
  if (given) return given;
  return findings.some((finding) => finding.severity === 'CRITICAL' || finding.severity === 'MAJOR') ? 'FAILURE' : 'SUCCESS';
}

/** What a check run shows for a review: a title with the counts, a summary table and one annotation per finding. */
export interface CheckContent {
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

const ANNOTATION_LEVEL: Record<Severity, CheckAnnotation['level']> = { CRITICAL: 'failure', MAJOR: 'failure', MINOR: 'warning', INFO: 'notice' };

/**
 * The check run's content for a review's findings, with `preface` (markdown, e.g. a quality gate's
 * conditions) above the findings table when given. Annotations point at lines of the head commit, so
 * a finding on the base side (LEFT, a removed line) is counted but not annotated.
 */
export function checkContentOf(findings: readonly Finding[], preface?: string): CheckContent {
  const counts = new Map<Severity, number>(SEVERITIES.map((severity) => [severity, 0]));
  for (const finding of findings) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  const nonZero = SEVERITIES.filter((severity) => (counts.get(severity) ?? 0) > 0).map((severity) => `${counts.get(severity)} ${severity.toLowerCase()}`);
  const title = findings.length === 0 ? 'No findings' : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (${nonZero.join(', ')})`;
  const table =
    findings.length === 0
      ? 'Steward found nothing to report on this commit.'
      : ['| Severity | Count |', '| --- | ---: |', ...SEVERITIES.map((severity) => `| ${severity} | ${counts.get(severity) ?? 0} |`), '', 'Each finding is annotated on its line; the pull request carries the review comments.'].join('\n');
  const summary = preface?.trim() ? `${preface.trim()}\n\n${table}` : table;
  const annotations = findings
    .filter((finding) => finding.side === 'RIGHT')
    .map(
    (finding): CheckAnnotation => ({
      path: finding.path,
      startLine: finding.startLine ?? finding.line,
      endLine: finding.line,
      level: ANNOTATION_LEVEL[finding.severity],
      title: `${finding.severity} · ${finding.category}`,
      message: finding.message,
    }),
  );
  return { title, summary, annotations };
}

/** Whether a stored check run already shows this verdict (field by field: jsonb does not keep key order). */
export function sameCheckContent(run: CheckContent & { conclusion: CheckConclusion }, content: CheckContent, conclusion: CheckConclusion): boolean {
  if (run.conclusion !== conclusion || run.title !== content.title || run.summary !== content.summary || run.annotations.length !== content.annotations.length) return false;
  return run.annotations.every((stored, index) => {
    const next = content.annotations[index]!;
    return stored.path === next.path && stored.startLine === next.startLine && stored.endLine === next.endLine && stored.level === next.level && stored.title === next.title && stored.message === next.message;
  });
}
