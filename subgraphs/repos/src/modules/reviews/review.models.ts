import { z } from 'zod';
import { CHECK_CONCLUSIONS } from './check-run.entity.js';
import { REVIEW_COMMENT_STATUSES, REVIEW_SEVERITIES, REVIEW_SIDES } from './review-comment.entity.js';

/** A review lists at most this many findings (GitHub takes 50 annotations a request: 20 requests for the check). */
export const MAX_FINDINGS = 1000;

/** Longer messages would be cut by the comment body anyway (see review-plan's limit). */
const MAX_MESSAGE = 8000;

/** The check name when the caller gives none. */
export const DEFAULT_CHECK_NAME = 'Steward';

/** GraphQL sends omitted optional input fields as absent and explicit nulls as null; here both mean "not given". */
const optional = <T extends z.ZodType>(model: T) => model.nullish().transform((value) => value ?? undefined);

const LineModel = z.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000_000, 'must be at most 10000000');

/** Printable text without line breaks (a fingerprint, a category, a path). */
const labelModel = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\x00-\x1f\x7f]+$/, 'must not contain line breaks or control characters');

/** One finding of an analysis. */
export const ReviewFindingModel = z
  .object({
    fingerprint: labelModel(200),
    // A repository-relative path as the diff names it: no leading slash, no `..` step.
    path: labelModel(1000).refine((path) => !path.startsWith('/') && !path.split('/').includes('..'), 'must be a path inside the repository (no leading "/", no "..")'),
    line: LineModel,
    startLine: optional(LineModel),
    side: optional(z.enum(REVIEW_SIDES)),
    severity: z.enum(REVIEW_SEVERITIES),
    category: labelModel(100),
    message: z.string().trim().min(1, 'must not be empty').max(MAX_MESSAGE, `must be at most ${MAX_MESSAGE} characters`),
  })
  .superRefine((finding, context) => {
    if (finding.startLine !== undefined && finding.startLine > finding.line) context.addIssue({ code: 'custom', path: ['startLine'], message: 'must not be after line' });
  })
  .transform((finding) => ({
    ...finding,
    // A range of one line is a line.
    startLine: finding.startLine !== undefined && finding.startLine < finding.line ? finding.startLine : null,
    side: finding.side ?? 'RIGHT',
  }));
export type ReviewFinding = z.infer<typeof ReviewFindingModel>;

/** `publishReview`'s input. */
export const PublishReviewInputModel = z.object({
  findings: z
    .array(ReviewFindingModel)
    .max(MAX_FINDINGS, `must list at most ${MAX_FINDINGS} findings`)
    .superRefine((findings, context) => {
      const seen = new Set<string>();
      findings.forEach((finding, index) => {
        if (seen.has(finding.fingerprint)) context.addIssue({ code: 'custom', path: [index, 'fingerprint'], message: 'is used by an earlier finding; fingerprints must be unique' });
        seen.add(finding.fingerprint);
      });
    }),
  checkName: optional(labelModel(100)).transform((name) => name ?? DEFAULT_CHECK_NAME),
  conclusion: optional(z.enum(CHECK_CONCLUSIONS)),
});
export type PublishReviewInput = z.infer<typeof PublishReviewInputModel>;

/** `PullRequest.reviewComments(status:)`. */
export const ReviewCommentListModel = z.object({ status: z.enum(REVIEW_COMMENT_STATUSES).nullish() });
