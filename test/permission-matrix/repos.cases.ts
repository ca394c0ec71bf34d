import { eventually } from '@steward/kernel/testing';
import { seed } from '@steward/standalone/testing';
import { startFakeGitHub, type FakeGitHub } from '../../subgraphs/repos/test/fakes/fake-github.js';
import { githubPayload } from '../../subgraphs/repos/test/github-payloads.js';
import { op, world, type Case } from './world.js';

// The matrix's cases for repos' mutations, against a fake GitHub started by the first case that needs it.

let repositorySequence = 0;
/** A repository connected by the owner, with a unique name. */
const newRepository = () => seed(world.stack).repository(world.org, { fullName: `matrix/repo-${(repositorySequence += 1)}-${Date.now().toString(36)}` });

/** Publishing jobs of the matrix's reviews talk to this fake GitHub, never to api.github.com. */
let github: Promise<FakeGitHub> | undefined;
/** The head commit of the recorded `pull_request` payload (pull request #2). */
const MATRIX_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
/** A pull request of a new repository on the fake GitHub, created by its recorded `pull_request` webhook. */
async function newPullRequest(): Promise<string> {
  // Started once, by whichever actor's case comes first (they run at once).
  const fake = await (github ??= startFakeGitHub({ token: 'ghp_matrix_token_1' }));
  const fullName = `matrix/review-${(repositorySequence += 1)}-${Date.now().toString(36)}`;
  fake.addRepository({ fullName, commits: { [MATRIX_HEAD]: {} }, pullRequests: [{ number: 2, headSha: MATRIX_HEAD, baseSha: MATRIX_HEAD, files: [] }] });
  const repository = await seed(world.stack).repository(world.org, { fullName, apiBaseUrl: fake.apiBaseUrl, accessToken: 'ghp_matrix_token_1' });
  await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', fullName)));
  const listed = await eventually(
    () => world.asOwner<{ pullRequests: { edges: { node: { id: string } }[] } }>('query($r: ID!) { pullRequests(repositoryId: $r) { edges { node { id } } } }', { r: repository.id }),
    (data) => data.pullRequests.edges.length > 0,
    'the pull request created by the webhook',
  );
  return listed.pullRequests.edges[0]!.node.id;
}

export const REPOS_MUTATIONS: Case[] = [
  {
    field: 'connectRepository',
    needs: ['repo:manage'],
    prepare: async () =>
      op('mutation($i: ConnectRepositoryInput!) { connectRepository(input: $i) { repository { id } } }', {
        i: { organizationId: world.org.id, provider: 'GITHUB', fullName: `matrix/connect-${(repositorySequence += 1)}`, accessToken: 'ghp_matrix_token_1' },
      }),
  },
  {
    field: 'updateRepository',
    needs: ['repo:manage'],
    prepare: async () => op('mutation($i: UpdateRepositoryInput!) { updateRepository(input: $i) { id } }', { i: { id: (await newRepository()).id, defaultBranch: 'trunk' } }),
  },
  {
    field: 'disconnectRepository',
    needs: ['repo:manage'],
    prepare: async () => op('mutation($id: ID!) { disconnectRepository(id: $id) { id } }', { id: (await newRepository()).id }),
  },
  {
    field: 'rotateWebhookSecret',
    needs: ['repo:manage'],
    prepare: async () => op('mutation($id: ID!) { rotateWebhookSecret(id: $id) { webhookSecret } }', { id: (await newRepository()).id }),
  },
  {
    field: 'redeliverWebhook',
    needs: ['repo:manage'],
    prepare: async () => {
      const repository = await newRepository();
      const sent = await repository.send(repository.githubDelivery('ping', { zen: 'Keep it logically awesome.', repository: { full_name: repository.fullName } }));
      return op('mutation($id: ID!) { redeliverWebhook(id: $id) { id } }', { id: sent.body.id });
    },
  },
  {
    field: 'publishReview',
    needs: ['repo:manage'],
    prepare: async () =>
      op('mutation($id: ID!, $i: PublishReviewInput!) { publishReview(pullRequestId: $id, input: $i) { checkRun { id } } }', {
        id: await newPullRequest(),
        i: { findings: [{ fingerprint: 'matrix-1', path: 'README.md', line: 1, severity: 'INFO', category: 'docs', message: 'A finding.' }] },
      }),
  },
];

/** Stops the fake GitHub, if a case started it. */
export async function stopRepoFakes(): Promise<void> {
  await (await github)?.stop();
}
