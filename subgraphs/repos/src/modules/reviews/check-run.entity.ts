import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { CheckAnnotation } from '../providers/provider-client.js';
import { PUBLISH_STATES } from './review-comment.entity.js';

/** A check run's verdict. */
export const CHECK_CONCLUSIONS = ['SUCCESS', 'FAILURE', 'NEUTRAL'] as const;
export type CheckConclusion = (typeof CHECK_CONCLUSIONS)[number];

/**
 * The verdict of a review on one head commit: a GitHub check run with its annotations, or a GitLab
 * commit status. One row per pull request, name and head SHA; a review published again on the same
 * commit changes the row, and a changed verdict is published as a new run (GitHub appends the
 * annotations of every update to a run, so editing one in place would list old and new together).
 */
export const CheckRunSchema = defineEntity({
  name: 'CheckRun',
  tableName: 'check_runs',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    repositoryId: p.uuid(),
    pullRequestId: p.uuid(),
    headSha: p.string().length(64),
    name: p.string().length(100),
    conclusion: p.enum([...CHECK_CONCLUSIONS]),
    title: p.string().length(255),
    summary: p.text(),
    annotations: p.json<CheckAnnotation[]>(),
    /** GitHub's check run id; GitLab's commit status id. Null until published. */
    providerCheckId: p.string().length(100).nullable(),
    publishState: p.enum([...PUBLISH_STATES]),
    publishError: p.string().length(500).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});
export type CheckRun = InferEntity<typeof CheckRunSchema>;
