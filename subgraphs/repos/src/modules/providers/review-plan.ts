import { rangeInDiff, type DiffSide } from './diff-lines.js';

/** How much a finding matters, most severe first. */
export type Severity = 'CRITICAL' | 'MAJOR' | 'MINOR' | 'INFO';

/** Severities in the order summaries list them. */
export const SEVERITIES: readonly Severity[] = ['CRITICAL', 'MAJOR', 'MINOR', 'INFO'];

/** One problem an analysis found, identified across runs by its fingerprint. */
export interface Finding {
  fingerprint: string;
  path: string;
  line: number;
  startLine: number | null;
  side: DiffSide;
  severity: Severity;
  category: string;
  message: string;
}

/** A review comment published by an earlier run (providerId null: its creation never succeeded). */
export interface PublishedComment {
  fingerprint: string;
  providerId: string | null;
  status: 'OPEN' | 'RESOLVED' | 'OUTDATED';
  body: string;
}

/** The part of a changed file the planner needs: which lines a comment may sit on. */
export interface CommentableFile {
  path: string;
  commentable: { LEFT: ReadonlySet<number>; RIGHT: ReadonlySet<number> };
}

/** What publishing a review must do, computed without talking to the provider. */
export interface ReviewPlan {
  /** Inline comments to create: a new fingerprint (or one never published) whose lines are inside the diff. */
  create: { finding: Finding; body: string }[];
  /** Published comments to edit: the body changed, or the comment was resolved/outdated and the finding is back (`reopen`). */
  update: { finding: Finding; providerId: string; body: string; reopen: boolean }[];
  /** Fingerprints whose open comment already says the right thing. */
  keep: string[];
  /** Published comments still open on the provider (OPEN or OUTDATED) whose finding is gone. */
  resolve: { providerId: string; fingerprint: string; body: string }[];
  /** Open comments whose finding now lies outside the diff: record them OUTDATED; nothing is sent, the finding is listed in the summary. */
  outdated: string[];
  /** Findings that cannot sit on a diff line; they go into the summary comment instead (as Danger does). */
  outsideDiff: Finding[];
  /** Markdown for the summary comment: counts by severity and the outside-diff findings listed. */
  summary: string;
}

/** Hidden marker that starts the summary comment, so it can be recognised on the provider. */
export const SUMMARY_MARKER = '<!-- steward:summary -->';

/** At most this many outside-diff findings are listed; the rest are counted (a comment holds 65 536 characters). */
export const SUMMARY_LIST_LIMIT = 100;

const MAX_MESSAGE = 8_000;
const SEVERITY_ICON: Record<Severity, string> = { CRITICAL: '🛑', MAJOR: '🔴', MINOR: '🟡', INFO: 'ℹ️' };

/**
 * Plans a review run from the current findings, the comments earlier runs published, and the changed
 * files. Idempotent by fingerprint: a re-run with the same findings plans nothing but `keep`, a fixed
 * finding is resolved once and never duplicated, and a multi-line finding is inline only when its
 * whole range lies inside the diff on one side.
 */
export function planReview(findings: readonly Finding[], published: readonly PublishedComment[], files: readonly CommentableFile[]): ReviewPlan {
  const plan: ReviewPlan = { create: [], update: [], keep: [], resolve: [], outdated: [], outsideDiff: [], summary: '' };
  const byPath = new Map(files.map((file) => [file.path, file]));
  const publishedByFingerprint = new Map<string, PublishedComment>();
  for (const comment of published) {
    const earlier = publishedByFingerprint.get(comment.fingerprint);
    // A record with a provider id is the one that exists on the provider; prefer it over a failed attempt.
    if (!earlier || (earlier.providerId === null && comment.providerId !== null)) publishedByFingerprint.set(comment.fingerprint, comment);
  }
  const current = uniqueByFingerprint(findings);
  for (const finding of current) {
    const previous = publishedByFingerprint.get(finding.fingerprint);
    if (!isInsideDiff(finding, byPath.get(finding.path))) {
      plan.outsideDiff.push(finding);
      if (previous?.providerId && previous.status === 'OPEN') plan.outdated.push(finding.fingerprint);
      continue;
    }
    const body = commentBody(finding);
    if (!previous?.providerId) {
      plan.create.push({ finding, body });
    } else if (previous.status === 'OPEN' && previous.body === body) {
      plan.keep.push(finding.fingerprint);
    } else {
      plan.update.push({ finding, providerId: previous.providerId, body, reopen: previous.status !== 'OPEN' });
    }
  }
  const seen = new Set(current.map((finding) => finding.fingerprint));
  for (const comment of publishedByFingerprint.values()) {
    if (seen.has(comment.fingerprint) || comment.providerId === null || comment.status === 'RESOLVED') continue;
    plan.resolve.push({ providerId: comment.providerId, fingerprint: comment.fingerprint, body: resolvedBody(comment) });
  }
  plan.summary = summaryBody(current, plan.outsideDiff);
  return plan;
}

/** The markdown of an inline comment; it starts with the hidden marker `<!-- steward:<fingerprint> -->`. */
export function commentBody(finding: Finding): string {
  const range = finding.startLine !== null && finding.startLine < finding.line ? ` (lines ${finding.startLine}–${finding.line})` : '';
  return [marker(finding.fingerprint), `${SEVERITY_ICON[finding.severity]} **${finding.severity}** · ${finding.category}${range}`, '', safeText(finding.message)].join('\n');
}

/** The fingerprint an inline comment's body names in its first line, the marker `commentBody` and `resolvedBody` start with; null for other text. */
export function markedFingerprint(body: string): string | null {
  const firstLine = body.split('\n', 1)[0] ?? '';
  // Greedy: a fingerprint may itself contain " -->", and the marker is the whole first line.
  const match = /^<!-- steward:(.+) -->$/.exec(firstLine);
  return match?.[1] ?? null;
}

/** The body a published comment gets once its finding disappeared: a collapsed "resolved" note keeping the original text. */
export function resolvedBody(comment: Pick<PublishedComment, 'fingerprint' | 'body'>): string {
  const original = comment.body.replace(marker(comment.fingerprint), '').trim();
  return [marker(comment.fingerprint), '✅ **Resolved**: this finding no longer appears in the latest analysis.', '', '<details><summary>Original comment</summary>', '', original, '', '</details>'].join('\n');
}

/** Splits items into consecutive batches of at most `size` (GitHub takes 50 annotations per request). */
export function batches<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Batch size must be a positive integer, got ${size}.`);
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Whether a finding can sit on the diff: its file changed and its line (or whole range) is commentable on its side. */
export function isInsideDiff(finding: Pick<Finding, 'line' | 'startLine' | 'side'>, file: CommentableFile | undefined): boolean {
  if (!file) return false;
  const lines = file.commentable[finding.side];
  if (finding.startLine === null || finding.startLine === finding.line) return lines.has(finding.line);
  return rangeInDiff(lines, finding.startLine, finding.line);
}

function summaryBody(findings: readonly Finding[], outsideDiff: readonly Finding[]): string {
  const counts = new Map<Severity, number>(SEVERITIES.map((severity) => [severity, 0]));
  for (const finding of findings) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  const lines = [SUMMARY_MARKER, '### Steward review', ''];
  if (findings.length === 0) {
    lines.push('No findings. ✅');
    return lines.join('\n');
  }
  lines.push(`**${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}**`, '', '| Severity | Count |', '| --- | ---: |');
  for (const severity of SEVERITIES) lines.push(`| ${SEVERITY_ICON[severity]} ${severity} | ${counts.get(severity) ?? 0} |`);
  if (outsideDiff.length > 0) {
    lines.push('', `#### Outside the diff (${outsideDiff.length})`, '', 'These lines were not changed by this pull request, so they cannot carry a review comment.', '');
    const ordered = [...outsideDiff].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.path.localeCompare(b.path) || a.line - b.line);
    for (const finding of ordered.slice(0, SUMMARY_LIST_LIMIT)) {
      const where = finding.startLine !== null && finding.startLine < finding.line ? `${finding.path}:${finding.startLine}-${finding.line}` : `${finding.path}:${finding.line}`;
      lines.push(`- ${SEVERITY_ICON[finding.severity]} **${finding.severity}** \`${where}\` (${finding.category}): ${oneLine(finding.message)}`);
    }
    if (ordered.length > SUMMARY_LIST_LIMIT) lines.push(`- … and ${ordered.length - SUMMARY_LIST_LIMIT} more.`);
  }
  return lines.join('\n');
}

function uniqueByFingerprint(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => (seen.has(finding.fingerprint) ? false : (seen.add(finding.fingerprint), true)));
}

function marker(fingerprint: string): string {
  return `<!-- steward:${fingerprint} -->`;
}

/** Keeps analyser text from opening HTML comments (which could hide text or forge a marker) and bounds its length. */
function safeText(text: string): string {
  const bounded = text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
  return bounded.replaceAll('<!--', '&lt;!--');
}

function oneLine(text: string): string {
  const flat = safeText(text).replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
