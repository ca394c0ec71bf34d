import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type SeededProject, type SeededRepository, type TestStack } from '@steward/standalone/testing';
import { githubPayload } from './github-payloads.js';

const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const CREATE = `mutation($i: CreateVersionInput!) { createVersion(input: $i) { id sourceRevision { commitSha repository { id fullName } } } }`;
const VERSION = `query($id: ID!) { projectVersion(id: $id) { id sourceRevision { commitSha repository { id } } pullRequests { edges { node { number headSha repository { id } } } } } }`;

let stack: TestStack;
let org: SeededOrganization;
let project: SeededProject;
let repository: SeededRepository;
beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org();
  project = await seed(stack).project(org);
  repository = await seed(stack).repository(org, { fullName: 'Codertocat/Hello-World' });
  await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName)));
  await eventually(
    () => stack.database.query("select 1 from repos.pull_requests where repository_id = $1", [repository.id]),
    (rows) => rows.length === 1,
    'the pull request tracked',
  );
});
afterAll(async () => {
  await stack?.stop();
});

const create = (sourceRevision: unknown, token = org.owner.accessToken) =>
  stack.post<{ createVersion: { id: string; sourceRevision: { commitSha: string; repository: { id: string; fullName: string } | null } | null } }>(
    { query: CREATE, variables: { i: { projectId: project.id, name: `v-${Math.random().toString(36).slice(2, 8)}`, modelConfig: {}, changelog: '', sourceRevision } } },
    { token },
  );

describe('a version’s source revision', () => {
  it('records the commit and lists the pull requests whose head it is', async () => {
    const created = await create({ repositoryId: repository.id, commitSha: HEAD.toUpperCase() });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createVersion.sourceRevision).toEqual({ commitSha: HEAD, repository: { id: repository.id, fullName: 'Codertocat/Hello-World' } });
    const read = await stack.post<{ projectVersion: { pullRequests: { edges: { node: { number: number; headSha: string } }[] } } }>(
      { query: VERSION, variables: { id: created.data!.createVersion.id } },
      { token: org.owner.accessToken },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.projectVersion.pullRequests.edges.map((edge) => edge.node)).toEqual([{ number: 2, headSha: HEAD, repository: { id: repository.id } }]);
  });

  it('answers an empty list for a version without a source revision', async () => {
    const created = await create(null);
    expect(created.data!.createVersion.sourceRevision).toBeNull();
    const read = await stack.post<{ projectVersion: { pullRequests: { edges: unknown[] } } }>({ query: VERSION, variables: { id: created.data!.createVersion.id } }, { token: org.owner.accessToken });
    expect(read.data!.projectVersion.pullRequests.edges).toEqual([]);
  });

  it('refuses another organization’s repository and a malformed commit by field name', async () => {
    const other = await seed(stack).org();
    const theirs = await seed(stack).repository(other, { fullName: 'other/repo' });
    const foreign = await create({ repositoryId: theirs.id, commitSha: HEAD });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sourceRevision.repositoryId' });
    const short = await create({ repositoryId: repository.id, commitSha: 'abc123' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sourceRevision.commitSha' });
  });
});
