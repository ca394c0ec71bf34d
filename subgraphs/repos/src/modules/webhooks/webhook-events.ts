import type { PullRequestState } from '../pull-requests/pull-request.entity.js';
import type { Provider } from '../repositories/repository.entity.js';
import { normalizeGithub } from './github-events.js';
import { normalizeGitlab } from './gitlab-events.js';

/** A pull (merge) request as one delivery describes it. */
export interface PullRequestSnapshot {
  number: number;
  title: string;
  /** null on GitLab updates, whose payload names the actor, not the author */
  authorLogin: string | null;
  state: PullRequestState;
  draft: boolean;
  headRef: string;
  baseRef: string;
  headSha: string;
  webUrl: string | null;
  openedAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  mergedAt: Date | null;
}

/** What a delivery means for Steward, independent of the provider. */
export type RepoEvent =
  | { kind: 'ping' }
  | { kind: 'pullRequest'; pullRequest: PullRequestSnapshot }
  | {
      kind: 'push';
      ref: string;
      /** branch name for refs/heads/…, else null (tags) */
      branch: string | null;
      headSha: string;
      deleted: boolean;
    }
  | { kind: 'ignored'; reason: string };

/** A delivery reduced to what the repos subgraph acts on. */
export interface NormalizedDelivery {
  action: string | null;
  /** full name the payload says it is for (`owner/name`, GitLab `path_with_namespace`), null if absent */
  repositoryFullName: string | null;
  event: RepoEvent;
}

export { WebhookPayloadError } from './payload-parsing.js';

/** Turns a verified delivery's event name and JSON payload into the provider-neutral event it stands for. */
export function normalizeDelivery(provider: Provider, eventName: string, payload: unknown): NormalizedDelivery {
  return provider === 'GITHUB' ? normalizeGithub(eventName, payload) : normalizeGitlab(eventName, payload);
}
