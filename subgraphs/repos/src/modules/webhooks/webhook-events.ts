import { z } from 'zod';
import type { PullRequestState } from '../pull-requests/pull-request.entity.js';
import type { Provider } from '../repositories/repository.entity.js';

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

/** Thrown for a handled event whose payload lacks what the event needs; the message names the missing field. */
export class WebhookPayloadError extends Error {
  override readonly name = 'WebhookPayloadError';
}

const ACTION_MAX = 100;
const MAX_LISTED_PROBLEMS = 4;
const ZERO_SHA = /^0+$/;

const GITHUB_PULL_REQUEST_ACTIONS = new Set(['opened', 'reopened', 'synchronize', 'edited', 'closed', 'ready_for_review', 'converted_to_draft']);
const GITLAB_MERGE_REQUEST_ACTIONS = new Set(['open', 'update', 'close', 'merge', 'reopen']);
// 'locked' is GitLab's short-lived state while a merge is under way: the request is still open.
const GITLAB_STATES = { opened: 'OPEN', closed: 'CLOSED', merged: 'MERGED', locked: 'OPEN' } as const satisfies Record<string, PullRequestState>;

// ISO 8601 (GitHub, newer GitLab: `2013-12-03T17:23:34Z`) and GitLab's older `2013-12-03 17:23:34 UTC`.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?\s*(Z|UTC|[+-]\d{2}:?\d{2})$/;

/** Reads a provider timestamp as an instant, refusing impossible calendar dates such as February 30. */
function parseTimestamp(value: string): Date | null {
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = m;
  // The pattern guarantees all six groups, which the indexed type cannot know.
  const fields = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = fields;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, Math.floor(Number(`0${fraction || '.0'}`) * 1000));
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  const offsetMinutes = zone === 'Z' || zone === 'UTC' ? 0 : zoneOffsetMinutes(zone);
  return new Date(utc - offsetMinutes * 60_000);
}

function zoneOffsetMinutes(zone: string): number {
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return zone.startsWith('-') ? -minutes : minutes;
}

const TimestampModel = z.string().transform((value, ctx) => {
  const date = parseTimestamp(value);
  if (date) return date;
  ctx.issues.push({ code: 'custom', input: value, message: 'is not a timestamp like 2013-12-03T17:23:34Z or 2013-12-03 17:23:34 UTC' });
  return z.NEVER;
});

// Git object names: 40 hex digits (SHA-1) or 64 (SHA-256 repositories).
const ShaModel = z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, { message: 'is not a 40- or 64-digit lower-case hex commit SHA' });
const NonEmptyModel = z.string().min(1, { message: 'is empty' });

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

// Read leniently from every payload, handled or not, so an ignored delivery still records what it was for.
const GithubEnvelopeModel = z.object({
  action: z.string().optional().catch(undefined),
  repository: z.object({ full_name: z.string() }).optional().catch(undefined),
});
const GitlabEnvelopeModel = z.object({
  object_attributes: z.object({ action: z.string().optional().catch(undefined) }).optional().catch(undefined),
  project: z.object({ path_with_namespace: z.string() }).optional().catch(undefined),
});

/** Turns a verified delivery's event name and JSON payload into the provider-neutral event it stands for. */
export function normalizeDelivery(provider: Provider, eventName: string, payload: unknown): NormalizedDelivery {
  return provider === 'GITHUB' ? normalizeGithub(eventName, payload) : normalizeGitlab(eventName, payload);
}

function normalizeGithub(eventName: string, payload: unknown): NormalizedDelivery {
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

function normalizeGitlab(eventName: string, payload: unknown): NormalizedDelivery {
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

function describeRef(ref: string): { ref: string; branch: string | null } {
  const prefix = 'refs/heads/';
  return { ref, branch: ref.startsWith(prefix) && ref.length > prefix.length ? ref.slice(prefix.length) : null };
}

/** The action as stored (the delivery table keeps 100 characters), or null. */
function boundedAction(action: string | undefined): string | null {
  if (!action) return null;
  return action.length <= ACTION_MAX ? action : action.slice(0, ACTION_MAX);
}

/** Parses a handled event's payload, or throws a WebhookPayloadError naming each offending field. */
function parsePayload<T extends z.ZodType>(model: T, payload: unknown): z.output<T> {
  const result = model.safeParse(payload, { error: describeIssue });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${fieldPath(issue.path)} ${issue.message}`);
  // The message is stored with the delivery (500 characters), so a payload of the wrong kind altogether is summarized.
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > listed.length) listed.push(`and ${problems.length - listed.length} more`);
  throw new WebhookPayloadError(listed.join('; '));
}

const EXPECTED_TYPE: Partial<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'a JSON object',
  array: 'an array',
};

/** Words a person can act on, written after the field's path: `pull_request.head.sha is missing`. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined) return 'is missing';
  if (issue.input === null) return 'is null';
  if (issue.code === 'invalid_type') return `must be ${EXPECTED_TYPE[issue.expected] ?? `of type ${issue.expected}`}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return 'must be positive';
  return undefined;
}

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'payload';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}
