import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normalizeDelivery, WebhookPayloadError, type NormalizedDelivery, type PullRequestSnapshot } from './webhook-events.js';

const JsonObjectModel = z.looseObject({});
type JsonObject = z.infer<typeof JsonObjectModel>;

// @octokit/webhooks-examples ships one index.json: [{ name, actions, examples: [payload, …] }, …].
const require = createRequire(import.meta.url);
const DefinitionsModel = z.array(z.object({ name: z.string(), examples: z.array(JsonObjectModel) }));
const definitions = DefinitionsModel.parse(JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')));

/** The first recorded GitHub payload of `event` (with `action`, when given), as a fresh copy. */
function recorded(event: string, action?: string, nth = 0): JsonObject {
  const found = definitions.find((d) => d.name === event)?.examples.filter((e) => action === undefined || e.action === action)[nth];
  if (!found) throw new Error(`no recorded ${event} ${action ?? ''} example`);
  return structuredClone(found);
}

function gitlabFixture(name: string): JsonObject {
  return JsonObjectModel.parse(JSON.parse(readFileSync(new URL(`./fixtures/gitlab-${name}.json`, import.meta.url), 'utf8')));
}

/** `payload` with the object under `key` shallowly changed. */
function patched(payload: JsonObject, key: string, changes: JsonObject): JsonObject {
  return { ...payload, [key]: { ...JsonObjectModel.parse(payload[key]), ...changes } };
}

function pullRequestOf(delivery: NormalizedDelivery): PullRequestSnapshot {
  if (delivery.event.kind !== 'pullRequest') throw new Error(`expected a pullRequest event, got ${delivery.event.kind}`);
  return delivery.event.pullRequest;
}

function payloadError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect(error).toHaveProperty('name', 'WebhookPayloadError');
    if (error instanceof Error) return error.message;
  }
  throw new Error('expected a WebhookPayloadError');
}

const CODERTOCAT_PR = {
  number: 2,
  title: 'Update the README with new information.',
  authorLogin: 'Codertocat',
  headRef: 'changes',
  baseRef: 'master',
  headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
  webUrl: 'https://github.com/Codertocat/Hello-World/pull/2',
  openedAt: new Date('2019-05-15T15:20:33Z'),
};

describe('normalizeDelivery for recorded GitHub payloads', () => {
  it('reads a ping for a repository hook and for an organization hook', () => {
    expect(normalizeDelivery('GITHUB', 'ping', recorded('ping'))).toEqual({
      action: null,
      repositoryFullName: 'Octocoders/Hello-World',
      event: { kind: 'ping' },
    });
    expect(normalizeDelivery('GITHUB', 'ping', recorded('ping', undefined, 3))).toEqual({
      action: null,
      repositoryFullName: null,
      event: { kind: 'ping' },
    });
  });

  it('reads an opened pull request completely', () => {
    expect(normalizeDelivery('GITHUB', 'pull_request', recorded('pull_request', 'opened'))).toEqual({
      action: 'opened',
      repositoryFullName: 'Codertocat/Hello-World',
      event: {
        kind: 'pullRequest',
        pullRequest: {
          ...CODERTOCAT_PR,
          state: 'OPEN',
          draft: false,
          updatedAt: new Date('2019-05-15T15:20:33Z'),
          closedAt: null,
          mergedAt: null,
        },
      },
    });
  });

  it.each([
    ['reopened', false, '2019-05-15T15:20:33Z'],
    ['synchronize', false, '2019-05-15T15:20:33Z'],
    ['ready_for_review', false, '2019-05-15T15:21:18Z'],
    ['converted_to_draft', true, '2019-05-15T15:21:18Z'],
  ])('reads a %s pull request as open (draft %s, updated %s)', (action, draft, updatedAt) => {
    const delivery = normalizeDelivery('GITHUB', 'pull_request', recorded('pull_request', action));
    expect(delivery.action).toBe(action);
    expect(pullRequestOf(delivery)).toEqual({ ...CODERTOCAT_PR, state: 'OPEN', draft, updatedAt: new Date(updatedAt), closedAt: null, mergedAt: null });
  });

  it('reads an edited pull request (derived from the recorded opened one: the package records no pull_request edited)', () => {
    const opened = recorded('pull_request', 'opened');
    const edited = {
      ...patched(opened, 'pull_request', { title: 'Update the README with newer information.', updated_at: '2019-05-15T15:25:01Z' }),
      action: 'edited',
      changes: { title: { from: 'Update the README with new information.' } },
    };
    expect(pullRequestOf(normalizeDelivery('GITHUB', 'pull_request', edited))).toMatchObject({
      title: 'Update the README with newer information.',
      state: 'OPEN',
      updatedAt: new Date('2019-05-15T15:25:01Z'),
    });
  });

  it('reads a closed, unmerged pull request as CLOSED with its closing time', () => {
    const delivery = normalizeDelivery('GITHUB', 'pull_request', recorded('pull_request', 'closed'));
    expect(delivery.action).toBe('closed');
    expect(pullRequestOf(delivery)).toEqual({
      ...CODERTOCAT_PR,
      state: 'CLOSED',
      draft: false,
      updatedAt: new Date('2019-05-15T15:21:18Z'),
      closedAt: new Date('2019-05-15T15:21:18Z'),
      mergedAt: null,
    });
  });

  it('reads a closed pull request with merged true as MERGED (derived from the recorded closed one, which is unmerged)', () => {
    const merged = patched(recorded('pull_request', 'closed'), 'pull_request', {
      merged: true,
      merged_at: '2019-05-15T15:21:17Z',
      merge_commit_sha: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
    });
    expect(pullRequestOf(normalizeDelivery('GITHUB', 'pull_request', merged))).toMatchObject({
      state: 'MERGED',
      closedAt: new Date('2019-05-15T15:21:18Z'),
      mergedAt: new Date('2019-05-15T15:21:17Z'),
    });
  });

  it('reads merged_at alone as merged, for payloads that omit the merged flag', () => {
    const closed = recorded('pull_request', 'closed');
    const { merged: _dropped, ...withoutFlag } = JsonObjectModel.parse(closed.pull_request);
    const payload = { ...closed, pull_request: { ...withoutFlag, merged_at: '2019-05-15T15:21:18Z' } };
    expect(pullRequestOf(normalizeDelivery('GITHUB', 'pull_request', payload))).toMatchObject({
      state: 'MERGED',
      mergedAt: new Date('2019-05-15T15:21:18Z'),
    });
  });

  it.each(['assigned', 'labeled', 'unlabeled', 'locked', 'unlocked', 'review_requested', 'review_request_removed', 'unassigned'])(
    'ignores the %s action, saying which',
    (action) => {
      expect(normalizeDelivery('GITHUB', 'pull_request', recorded('pull_request', action))).toEqual({
        action,
        repositoryFullName: 'Codertocat/Hello-World',
        event: { kind: 'ignored', reason: `pull_request action '${action}' does not change what Steward records` },
      });
    },
  );

  it('reads a push to a branch', () => {
    const push = recorded('push', undefined, 4);
    expect(normalizeDelivery('GITHUB', 'push', push)).toEqual({
      action: null,
      repositoryFullName: 'Codertocat/Hello-World',
      event: { kind: 'push', ref: 'refs/heads/master', branch: 'master', headSha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246', deleted: false },
    });
  });

  it('reads a pushed tag without a branch, and a deleted tag as deleted', () => {
    expect(normalizeDelivery('GITHUB', 'push', recorded('push', undefined, 0)).event).toEqual({
      kind: 'push',
      ref: 'refs/tags/simple-tag',
      branch: null,
      headSha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      deleted: false,
    });
    expect(normalizeDelivery('GITHUB', 'push', recorded('push', undefined, 1)).event).toEqual({
      kind: 'push',
      ref: 'refs/tags/simple-tag',
      branch: null,
      headSha: '0000000000000000000000000000000000000000',
      deleted: true,
    });
  });

  it('treats an all-zero after as a deletion even without the deleted flag', () => {
    const { deleted: _dropped, ...push } = recorded('push', undefined, 4);
    const payload = { ...push, after: '0000000000000000000000000000000000000000' };
    expect(normalizeDelivery('GITHUB', 'push', payload).event).toMatchObject({ branch: 'master', deleted: true });
  });

  it('ignores other events but still records their action and repository', () => {
    expect(normalizeDelivery('GITHUB', 'issues', recorded('issues', 'opened'))).toEqual({
      action: 'opened',
      repositoryFullName: 'Codertocat/Hello-World',
      event: { kind: 'ignored', reason: "GitHub event 'issues' is not used by Steward" },
    });
    expect(normalizeDelivery('GITHUB', 'check_run', recorded('check_run', 'completed')).event.kind).toBe('ignored');
  });

  it('ignores an unhandled event whatever its payload looks like', () => {
    for (const payload of [null, 'text', 42, [], { action: 7, repository: 'x' }]) {
      expect(normalizeDelivery('GITHUB', 'star', payload)).toEqual({
        action: null,
        repositoryFullName: null,
        event: { kind: 'ignored', reason: "GitHub event 'star' is not used by Steward" },
      });
    }
  });
});

describe('normalizeDelivery refuses GitHub payloads that lack what the event needs', () => {
  const opened = recorded('pull_request', 'opened');

  it('names a missing head SHA', () => {
    const { sha: _dropped, ...head } = JsonObjectModel.parse(JsonObjectModel.parse(opened.pull_request).head);
    expect(payloadError(() => normalizeDelivery('GITHUB', 'pull_request', patched(opened, 'pull_request', { head })))).toBe(
      'pull_request.head.sha is missing',
    );
  });

  it('names every offending field at once', () => {
    const payload = patched(opened, 'pull_request', { number: 2.5, state: 'draft', created_at: 'yesterday', head: { ref: 'changes', sha: 'EC26' } });
    expect(payloadError(() => normalizeDelivery('GITHUB', 'pull_request', payload))).toBe(
      [
        'pull_request.number must be an integer',
        'pull_request.state must be one of open, closed',
        'pull_request.created_at is not a timestamp like 2013-12-03T17:23:34Z or 2013-12-03 17:23:34 UTC',
        'pull_request.head.sha is not a 40- or 64-digit lower-case hex commit SHA',
      ].join('; '),
    );
  });

  it('names a missing pull_request, a missing action and a payload that is not an object', () => {
    const { pull_request: _dropped, ...withoutPr } = opened;
    expect(payloadError(() => normalizeDelivery('GITHUB', 'pull_request', withoutPr))).toBe('pull_request is missing');
    const { action: _action, ...withoutAction } = opened;
    expect(payloadError(() => normalizeDelivery('GITHUB', 'pull_request', withoutAction))).toBe('action is missing');
    expect(payloadError(() => normalizeDelivery('GITHUB', 'pull_request', null))).toBe('payload is null');
    expect(payloadError(() => normalizeDelivery('GITHUB', 'pull_request', 'opened'))).toBe('payload must be a JSON object');
  });

  it('summarizes a payload of another kind altogether, so the stored message stays short', () => {
    const message = payloadError(() => normalizeDelivery('GITHUB', 'pull_request', recorded('issues', 'opened')));
    expect(message).toBe('pull_request is missing');
    const emptyPr = { action: 'opened', pull_request: {} };
    expect(payloadError(() => normalizeDelivery('GITHUB', 'pull_request', emptyPr))).toBe(
      'pull_request.number is missing; pull_request.title is missing; pull_request.state is missing; pull_request.created_at is missing; and 3 more',
    );
  });

  it('names a push without its after SHA', () => {
    const { after: _dropped, ...push } = recorded('push', undefined, 4);
    expect(payloadError(() => normalizeDelivery('GITHUB', 'push', push))).toBe('after is missing');
  });
});

describe('normalizeDelivery for GitLab fixtures', () => {
  it('reads an opened merge request completely, with the actor as author', () => {
    expect(normalizeDelivery('GITLAB', 'Merge Request Hook', gitlabFixture('merge-request-open'))).toEqual({
      action: 'open',
      repositoryFullName: 'steward-labs/api',
      event: {
        kind: 'pullRequest',
        pullRequest: {
          number: 42,
          title: 'Add webhook ingress',
          authorLogin: 'ada',
          state: 'OPEN',
          draft: false,
          headRef: 'feature/webhook-ingress',
          baseRef: 'main',
          headSha: '3f2a1c9e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
          webUrl: 'https://gitlab.example.com/steward-labs/api/-/merge_requests/42',
          openedAt: new Date('2025-03-10T09:15:02Z'),
          updatedAt: new Date('2025-03-10T09:15:02Z'),
          closedAt: null,
          mergedAt: null,
        },
      },
    });
  });

  it('reads an update in the older format: "UTC" timestamps, work_in_progress, no author', () => {
    const delivery = normalizeDelivery('GITLAB', 'Merge Request Hook', gitlabFixture('merge-request-update'));
    expect(delivery.action).toBe('update');
    expect(pullRequestOf(delivery)).toEqual({
      number: 42,
      title: 'WIP: Add webhook ingress',
      authorLogin: null,
      state: 'OPEN',
      draft: true,
      headRef: 'feature/webhook-ingress',
      baseRef: 'main',
      headSha: '9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c',
      webUrl: 'https://gitlab.example.com/steward-labs/api/merge_requests/42',
      openedAt: new Date('2025-03-10T09:15:02Z'),
      updatedAt: new Date('2025-03-11T14:02:45Z'),
      closedAt: null,
      mergedAt: null,
    });
  });

  it('reads a close as CLOSED at the update time, since GitLab sends no closed_at', () => {
    expect(pullRequestOf(normalizeDelivery('GITLAB', 'Merge Request Hook', gitlabFixture('merge-request-close')))).toMatchObject({
      authorLogin: null,
      state: 'CLOSED',
      updatedAt: new Date('2025-03-12T08:30:00Z'),
      closedAt: new Date('2025-03-12T08:30:00Z'),
      mergedAt: null,
    });
  });

  it('reads a reopen as OPEN again, as a draft when draft is set', () => {
    const delivery = normalizeDelivery('GITLAB', 'Merge Request Hook', gitlabFixture('merge-request-reopen'));
    expect(delivery.action).toBe('reopen');
    expect(pullRequestOf(delivery)).toMatchObject({
      authorLogin: null,
      state: 'OPEN',
      draft: true,
      updatedAt: new Date('2025-03-12T10:45:10Z'),
      closedAt: null,
      mergedAt: null,
    });
  });

  it('reads a merge as MERGED, merged and closed at the update time', () => {
    expect(pullRequestOf(normalizeDelivery('GITLAB', 'Merge Request Hook', gitlabFixture('merge-request-merge')))).toMatchObject({
      state: 'MERGED',
      headSha: '5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d',
      updatedAt: new Date('2025-03-13T16:20:05Z'),
      closedAt: new Date('2025-03-13T16:20:05Z'),
      mergedAt: new Date('2025-03-13T16:20:05Z'),
    });
  });

  it('prefers dedicated merged_at and closed_at fields when a payload carries them', () => {
    const merged = patched(gitlabFixture('merge-request-merge'), 'object_attributes', {
      merged_at: '2025-03-13T16:20:01Z',
      closed_at: '2025-03-13 16:20:02 UTC',
    });
    expect(pullRequestOf(normalizeDelivery('GITLAB', 'Merge Request Hook', merged))).toMatchObject({
      mergedAt: new Date('2025-03-13T16:20:01Z'),
      closedAt: new Date('2025-03-13T16:20:02Z'),
    });
  });

  it('reads the locked state (a merge under way) as OPEN', () => {
    const locked = patched(gitlabFixture('merge-request-update'), 'object_attributes', { state: 'locked' });
    expect(pullRequestOf(normalizeDelivery('GITLAB', 'Merge Request Hook', locked))).toMatchObject({ state: 'OPEN', closedAt: null, mergedAt: null });
  });

  it('lets draft win over the legacy work_in_progress flag', () => {
    const payload = patched(gitlabFixture('merge-request-update'), 'object_attributes', { draft: false, work_in_progress: true });
    expect(pullRequestOf(normalizeDelivery('GITLAB', 'Merge Request Hook', payload)).draft).toBe(false);
  });

  it('reads timestamps with offsets and fractions as the same instant', () => {
    const payload = patched(gitlabFixture('merge-request-open'), 'object_attributes', {
      created_at: '2025-03-10T10:15:02+01:00',
      updated_at: '2025-03-10T09:15:02.250Z',
    });
    expect(pullRequestOf(normalizeDelivery('GITLAB', 'Merge Request Hook', payload))).toMatchObject({
      openedAt: new Date('2025-03-10T09:15:02Z'),
      updatedAt: new Date('2025-03-10T09:15:02.250Z'),
    });
  });

  it.each(['approved', 'unapproved', 'approval', 'unapproval'])('ignores the %s action, saying which', (action) => {
    const payload = patched(gitlabFixture('merge-request-update'), 'object_attributes', { action });
    expect(normalizeDelivery('GITLAB', 'Merge Request Hook', payload)).toEqual({
      action,
      repositoryFullName: 'steward-labs/api',
      event: { kind: 'ignored', reason: `Merge Request Hook action '${action}' does not change what Steward records` },
    });
  });

  it('reads a push to a branch whose name has a slash', () => {
    expect(normalizeDelivery('GITLAB', 'Push Hook', gitlabFixture('push'))).toEqual({
      action: null,
      repositoryFullName: 'steward-labs/api',
      event: {
        kind: 'push',
        ref: 'refs/heads/feature/webhook-ingress',
        branch: 'feature/webhook-ingress',
        headSha: '5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d',
        deleted: false,
      },
    });
  });

  it('prefers checkout_sha over after for the head', () => {
    const payload = { ...gitlabFixture('push'), checkout_sha: '9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c' };
    expect(normalizeDelivery('GITLAB', 'Push Hook', payload).event).toMatchObject({ headSha: '9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c' });
  });

  it('reads a branch deletion (after all zeros, checkout_sha null) as deleted', () => {
    const payload = {
      ...gitlabFixture('push'),
      after: '0000000000000000000000000000000000000000',
      checkout_sha: null,
      commits: [],
      total_commits_count: 0,
    };
    expect(normalizeDelivery('GITLAB', 'Push Hook', payload).event).toEqual({
      kind: 'push',
      ref: 'refs/heads/feature/webhook-ingress',
      branch: 'feature/webhook-ingress',
      headSha: '0000000000000000000000000000000000000000',
      deleted: true,
    });
  });

  it('ignores a Note Hook but records its action and project', () => {
    expect(normalizeDelivery('GITLAB', 'Note Hook', gitlabFixture('note'))).toEqual({
      action: 'create',
      repositoryFullName: 'steward-labs/api',
      event: { kind: 'ignored', reason: "GitLab event 'Note Hook' is not used by Steward" },
    });
  });

  it('ignores a Tag Push Hook, which is a separate GitLab event', () => {
    const tag = { ...gitlabFixture('push'), object_kind: 'tag_push', ref: 'refs/tags/v1.0.0' };
    expect(normalizeDelivery('GITLAB', 'Tag Push Hook', tag).event).toEqual({
      kind: 'ignored',
      reason: "GitLab event 'Tag Push Hook' is not used by Steward",
    });
  });

  it('does not mistake GitHub event names for GitLab ones', () => {
    expect(normalizeDelivery('GITLAB', 'pull_request', gitlabFixture('merge-request-open')).event.kind).toBe('ignored');
    expect(normalizeDelivery('GITHUB', 'Merge Request Hook', gitlabFixture('merge-request-open')).event.kind).toBe('ignored');
  });
});

describe('normalizeDelivery refuses GitLab payloads that lack what the event needs', () => {
  const open = gitlabFixture('merge-request-open');

  it('names a missing or null last commit', () => {
    const { last_commit: _dropped, ...attributes } = JsonObjectModel.parse(open.object_attributes);
    expect(payloadError(() => normalizeDelivery('GITLAB', 'Merge Request Hook', { ...open, object_attributes: attributes }))).toBe(
      'object_attributes.last_commit is missing',
    );
    const nullCommit = patched(open, 'object_attributes', { last_commit: null });
    expect(payloadError(() => normalizeDelivery('GITLAB', 'Merge Request Hook', nullCommit))).toBe('object_attributes.last_commit is null');
  });

  it('names an unknown state, an unreadable or impossible date and a missing iid', () => {
    const broken = patched(open, 'object_attributes', { state: 'archived', created_at: '10/03/2025', updated_at: '2025-02-30T09:15:02Z' });
    const { iid: _dropped, ...attributes } = JsonObjectModel.parse(broken.object_attributes);
    expect(payloadError(() => normalizeDelivery('GITLAB', 'Merge Request Hook', { ...open, object_attributes: attributes }))).toBe(
      [
        'object_attributes.iid is missing',
        'object_attributes.state must be one of opened, closed, merged, locked',
        'object_attributes.created_at is not a timestamp like 2013-12-03T17:23:34Z or 2013-12-03 17:23:34 UTC',
        'object_attributes.updated_at is not a timestamp like 2013-12-03T17:23:34Z or 2013-12-03 17:23:34 UTC',
      ].join('; '),
    );
  });

  it('names a missing action, which decides whether the hook matters', () => {
    const { action: _dropped, ...attributes } = JsonObjectModel.parse(open.object_attributes);
    expect(payloadError(() => normalizeDelivery('GITLAB', 'Merge Request Hook', { ...open, object_attributes: attributes }))).toBe(
      'object_attributes.action is missing',
    );
  });

  it('names a push without a usable after SHA', () => {
    expect(payloadError(() => normalizeDelivery('GITLAB', 'Push Hook', { ...gitlabFixture('push'), after: 'da15608' }))).toBe(
      'after is not a 40- or 64-digit lower-case hex commit SHA',
    );
  });
});
