import { z } from 'zod';
import type { NormalizedDelivery, RepoEvent } from './webhook-events.js';
import { NonEmptyModel, ShaModel, TimestampModel, WebhookPayloadError, ZERO_SHA, boundedAction, describeRef, parsePayload } from './payload-parsing.js';
import type { PullRequestState } from '../pull-requests/pull-request.entity.js';

const GITLAB_MERGE_REQUEST_ACTIONS = new Set(['open', 'update', 'close', 'merge', 'reopen']);
// 'locked' is GitLab's short-lived state while a merge is under way: the request is still open.
const GITLAB_STATES = { opened: 'OPEN', closed: 'CLOSED', merged: 'MERGED', locked: 'OPEN' } as const satisfies Record<string, PullRequestState>;

const GitlabMergeRequestPayloadModel = z.object({
  user: z.object({ username: z.string() }).nullish(),
  object_attributes: z.object({
    iid: z.number().int().positive(),
    title: z.string(),
    state: z.enum(['opened', 'closed', 'merged', 'locked']),
    draft: z.boolean().nullish(),
    // Before GitLab 14 the draft flag was called work_in_progress.
    work_in_progress: z.boolean().nullish(),
    source_branch: NonEmptyModel,
    target_branch: NonEmptyModel,
    last_commit: z.object({ id: ShaModel }),
    url: z.string().nullish(),
    created_at: TimestampModel,
    updated_at: TimestampModel,
    closed_at: TimestampModel.nullish(),
    merged_at: TimestampModel.nullish(),
  }),
});

const GitlabPushPayloadModel = z.object({
  ref: NonEmptyModel,
  after: ShaModel,
  // Null when the push deleted the branch.
  checkout_sha: ShaModel.nullish(),
});

const GitlabEnvelopeModel = z.object({
  object_attributes: z.object({ action: z.string().optional().catch(undefined) }).optional().catch(undefined),
  project: z.object({ path_with_namespace: z.string() }).optional().catch(undefined),
});

/** A GitLab delivery (`X-Gitlab-Event` and its JSON) as the provider-neutral event it stands for. */
export function normalizeGitlab(eventName: string, payload: unknown): NormalizedDelivery {
  const envelope = GitlabEnvelopeModel.safeParse(payload);
  const action = boundedAction(envelope.success ? envelope.data.object_attributes?.action : undefined);
  const repositoryFullName = (envelope.success ? envelope.data.project?.path_with_namespace : undefined) ?? null;
  const delivery = (event: RepoEvent, deliveryAction: string | null = action): NormalizedDelivery => ({
    action: deliveryAction,
    repositoryFullName,
    event,
  });

  switch (eventName) {
    case 'Push Hook': {
      const push = parsePayload(GitlabPushPayloadModel, payload);
      // A push has no object_attributes; anything found there is not an action of this event.
      return delivery({ kind: 'push', ...describeRef(push.ref), headSha: push.checkout_sha ?? push.after, deleted: ZERO_SHA.test(push.after) }, null);
    }
    case 'Merge Request Hook': {
      if (action === null) throw new WebhookPayloadError('object_attributes.action is missing');
      if (!GITLAB_MERGE_REQUEST_ACTIONS.has(action)) {
        return delivery({ kind: 'ignored', reason: `Merge Request Hook action '${action}' does not change what Steward records` });
      }
      const { user, object_attributes: mr } = parsePayload(GitlabMergeRequestPayloadModel, payload);
      const state = GITLAB_STATES[mr.state];
      // GitLab sends no merged_at/closed_at in hooks today; the update that changed the state is the best instant.
      const mergedAt = state === 'MERGED' ? (mr.merged_at ?? mr.updated_at) : null;
      return delivery({
        kind: 'pullRequest',
        pullRequest: {
          number: mr.iid,
          title: mr.title,
          // `user` is whoever triggered the hook; only on `open` is that the author.
          authorLogin: action === 'open' ? (user?.username ?? null) : null,
          state,
          draft: mr.draft ?? mr.work_in_progress ?? false,
          headRef: mr.source_branch,
          baseRef: mr.target_branch,
          headSha: mr.last_commit.id,
          webUrl: mr.url ?? null,
          openedAt: mr.created_at,
          updatedAt: mr.updated_at,
          // A merged request is closed too, as on GitHub, so both providers give the same shape.
          closedAt: state === 'OPEN' ? null : (mr.closed_at ?? mergedAt ?? mr.updated_at),
          mergedAt,
        },
      });
    }
    default:
      return delivery({ kind: 'ignored', reason: `GitLab event '${eventName}' is not used by Steward` });
  }
}
