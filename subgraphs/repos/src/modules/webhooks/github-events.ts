import { z } from 'zod';
import type { NormalizedDelivery, RepoEvent } from './webhook-events.js';
import type { PullRequestState } from '../pull-requests/pull-request.entity.js';
import { NonEmptyModel, ShaModel, TimestampModel, ZERO_SHA, boundedAction, describeRef, parsePayload } from './payload-parsing.js';

const GITHUB_PULL_REQUEST_ACTIONS = new Set(['opened', 'reopened', 'synchronize', 'edited', 'closed', 'ready_for_review', 'converted_to_draft']);

const GithubPullRequestPayloadModel = z.object({
  action: z.string(),
  pull_request: z.object({
    number: z.number().int().positive(),
    title: z.string(),
    // Null when GitHub no longer knows the account.
    user: z.object({ login: z.string() }).nullish(),
    state: z.enum(['open', 'closed']),
    draft: z.boolean().optional(),
    merged: z.boolean().nullish(),
    merged_at: TimestampModel.nullish(),
    closed_at: TimestampModel.nullish(),
    created_at: TimestampModel,
    updated_at: TimestampModel,
    html_url: z.string().nullish(),
    head: z.object({ ref: NonEmptyModel, sha: ShaModel }),
    base: z.object({ ref: NonEmptyModel }),
  }),
});

const GithubPushPayloadModel = z.object({
  ref: NonEmptyModel,
  after: ShaModel,
  deleted: z.boolean().optional(),
});

// Read leniently from every payload, handled or not, so an ignored delivery still records what it was for.
const GithubEnvelopeModel = z.object({
  action: z.string().optional().catch(undefined),
  repository: z.object({ full_name: z.string() }).optional().catch(undefined),
});

/** A GitHub delivery (`X-GitHub-Event` and its JSON) as the provider-neutral event it stands for. */
export function normalizeGithub(eventName: string, payload: unknown): NormalizedDelivery {
  const envelope = GithubEnvelopeModel.safeParse(payload);
  const action = boundedAction(envelope.success ? envelope.data.action : undefined);
  const repositoryFullName = (envelope.success ? envelope.data.repository?.full_name : undefined) ?? null;
  const delivery = (event: RepoEvent): NormalizedDelivery => ({ action, repositoryFullName, event });

  switch (eventName) {
    case 'ping':
      return delivery({ kind: 'ping' });
    case 'push': {
      const push = parsePayload(GithubPushPayloadModel, payload);
      return delivery({ kind: 'push', ...describeRef(push.ref), headSha: push.after, deleted: push.deleted === true || ZERO_SHA.test(push.after) });
    }
    case 'pull_request': {
      if (action !== null && !GITHUB_PULL_REQUEST_ACTIONS.has(action)) {
        return delivery({ kind: 'ignored', reason: `pull_request action '${action}' does not change what Steward records` });
      }
      const { action: prAction, pull_request: pr } = parsePayload(GithubPullRequestPayloadModel, payload);
      const merged = pr.merged === true || pr.merged_at != null;
      const state: PullRequestState = merged ? 'MERGED' : prAction === 'closed' || pr.state === 'closed' ? 'CLOSED' : 'OPEN';
      const mergedAt = merged ? (pr.merged_at ?? pr.closed_at ?? pr.updated_at) : null;
      return delivery({
        kind: 'pullRequest',
        pullRequest: {
          number: pr.number,
          title: pr.title,
          authorLogin: pr.user?.login ?? null,
          state,
          draft: pr.draft ?? false,
          headRef: pr.head.ref,
          baseRef: pr.base.ref,
          headSha: pr.head.sha,
          webUrl: pr.html_url ?? null,
          openedAt: pr.created_at,
          updatedAt: pr.updated_at,
          closedAt: state === 'OPEN' ? null : (pr.closed_at ?? mergedAt ?? pr.updated_at),
          mergedAt,
        },
      });
    }
    default:
      return delivery({ kind: 'ignored', reason: `GitHub event '${eventName}' is not used by Steward` });
  }
}
