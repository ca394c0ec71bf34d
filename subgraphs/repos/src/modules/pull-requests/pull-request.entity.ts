import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** Where a pull (merge) request stands. */
export const PULL_REQUEST_STATES = ['OPEN', 'CLOSED', 'MERGED'] as const;
export type PullRequestState = (typeof PULL_REQUEST_STATES)[number];

/**
 * A pull request (GitHub) or merge request (GitLab) of a connected repository, as its webhooks
 * last described it: one row per repository and number, moved forward by each newer delivery.
 */
export const PullRequestSchema = defineEntity({
  name: 'PullRequest',
  tableName: 'pull_requests',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    repositoryId: p.uuid(),
    number: p.integer(),
    title: p.string().length(1000),
    authorLogin: p.string().length(255),
    state: p.enum([...PULL_REQUEST_STATES]),
    draft: p.boolean(),
    headRef: p.string().length(255),
    baseRef: p.string().length(255),
    headSha: p.string().length(64),
    webUrl: p.string().length(500).nullable(),
    openedAt: p.datetime(),
    closedAt: p.datetime().nullable(),
    mergedAt: p.datetime().nullable(),
    /** The provider's last-change time of the snapshot applied; an older delivery never overwrites a newer one. */
    providerUpdatedAt: p.datetime(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    /** The provider's id of Steward's summary comment, once one was published (edited in place from then on). */
    summaryCommentId: p.string().length(100).nullable(),
    /** SHA-256 of the summary last published, so an unchanged summary is not sent again. */
    summaryDigest: p.string().length(64).nullable(),
    /** Until when a review publishing run holds the pull request (two runs must not publish one review at once). */
    reviewLeaseUntil: p.datetime().nullable(),
    /** When the last review publishing run ended, published or failed for good. */
    reviewPublishedAt: p.datetime().nullable(),
  }),
});
export type PullRequest = InferEntity<typeof PullRequestSchema>;
