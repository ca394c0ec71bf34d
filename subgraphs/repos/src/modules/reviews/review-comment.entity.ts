import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** Which version of a file a finding points into: LEFT is the base, RIGHT the head. */
export const REVIEW_SIDES = ['LEFT', 'RIGHT'] as const;

/** How much a finding matters, most severe first. */
export const REVIEW_SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR', 'INFO'] as const;

/**
 * OPEN: the finding is in the latest review; OUTDATED: it still is, but its line left the diff, so
 * its earlier inline comment now stands outside it; RESOLVED: the latest review no longer has it.
 */
export const REVIEW_COMMENT_STATUSES = ['OPEN', 'RESOLVED', 'OUTDATED'] as const;
export type ReviewCommentStatus = (typeof REVIEW_COMMENT_STATUSES)[number];

/**
 * Whether the provider shows what the row says. PENDING: a publishing job will send it; PUBLISHED:
 * it does; REJECTED: the provider refused this one item (see the error); FAILED: publishing stopped
 * for good (a refused token, or every retry failed).
 */
export const PUBLISH_STATES = ['PENDING', 'PUBLISHED', 'REJECTED', 'FAILED'] as const;
export type PublishState = (typeof PUBLISH_STATES)[number];

/**
 * One finding of a pull request's review, identified across reviews by its fingerprint, and the
 * inline comment that carries it on the provider. `publishedBody`/`publishedStatus` record what the
 * provider was last told, so a publishing run plans against the provider's state and a retry after a
 * crash edits the comment it made instead of making a second one.
 */
export const ReviewCommentSchema = defineEntity({
  name: 'ReviewComment',
  tableName: 'review_comments',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    repositoryId: p.uuid(),
    pullRequestId: p.uuid(),
    fingerprint: p.string().length(200),
    path: p.string().length(1000),
    line: p.integer(),
    startLine: p.integer().nullable(),
    side: p.enum([...REVIEW_SIDES]),
    severity: p.enum([...REVIEW_SEVERITIES]),
    category: p.string().length(100),
    message: p.text(),
    status: p.enum([...REVIEW_COMMENT_STATUSES]),
    /** GitHub's review comment id; GitLab's `<discussion id>/<note id>`. Null until created. */
    providerCommentId: p.string().length(100).nullable(),
    publishedBody: p.text().nullable(),
    publishedStatus: p.enum([...REVIEW_COMMENT_STATUSES]).nullable(),
    publishState: p.enum([...PUBLISH_STATES]),
    publishError: p.string().length(500).nullable(),
    /** When the finding was first reported. */
    createdAt: p.datetime(),
    /** When the finding last changed (publishing does not count). */
    updatedAt: p.datetime(),
  }),
});
export type ReviewComment = InferEntity<typeof ReviewCommentSchema>;
