import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectRepositoryDocument,
  DisconnectRepositoryDocument,
  ProjectRepositoriesDocument,
  RepositoriesDocument,
  RepositoryDocument,
  RotateWebhookSecretDocument,
  UpdateRepositoryDocument,
  type ConnectRepositoryInput,
} from '@steward/client';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec } from '@steward/kernel';
import { seed, startTestStack, type SeededOrganization, type SeededRepository, type TestStack } from '@steward/standalone/testing';
import { githubPayload } from './github-payloads.js';

let stack: TestStack;
let org: SeededOrganization;
let other: SeededOrganization;
beforeAll(async () => {
  stack = await startTestStack({ WEBHOOK_PUBLIC_URL: 'https://steward.example.com' });
  [org, other] = await Promise.all([seed(stack).org(), seed(stack).org()]);
});
afterAll(async () => {
  await stack?.stop();
});

const connect = (input: Partial<ConnectRepositoryInput>, token = org.owner.accessToken) =>
  stack.request(ConnectRepositoryDocument, { input: { organizationId: org.id, provider: 'GITHUB', fullName: 'acme/widgets', accessToken: 'ghp_0123456789abcdef', ...input } }, { token });

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const fieldOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.field;

describe('connecting a repository', () => {
  it('connects a GitHub repository with provider defaults and shows its webhook secret once', async () => {
    const res = await connect({ fullName: 'acme/first' });
    expect(res.errors).toBeUndefined();
    const setup = res.data!.connectRepository;
    expect(setup.webhookUrl).toBe(`https://steward.example.com/webhooks/github/${setup.repository.id}`);
    expect(setup.webhookSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(setup.repository).toMatchObject({
      provider: 'GITHUB',
      fullName: 'acme/first',
      defaultBranch: 'main',
      webUrl: 'https://github.com/acme/first',
      apiBaseUrl: 'https://api.github.com',
      status: 'ACTIVE',
      lastDeliveryAt: null,
      viewerCanManage: true,
      organization: { id: org.id },
      project: null,
    });
    // The token and the secret are sealed at rest: neither appears in the row.
    const [row] = await stack.database.query<Record<string, string>>('select * from repos.repositories where id = $1', [setup.repository.id]);
    expect(JSON.stringify(row)).not.toContain('ghp_0123456789abcdef');
    expect(JSON.stringify(row)).not.toContain(setup.webhookSecret);
  });

  it('connects a self-managed GitLab project with its own API root', async () => {
    const res = await connect({ provider: 'GITLAB', fullName: 'platform/tools/linter', apiBaseUrl: 'https://gitlab.acme.test/api/v4/', webUrl: 'https://gitlab.acme.test/platform/tools/linter', defaultBranch: 'develop' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.connectRepository.repository).toMatchObject({ provider: 'GITLAB', apiBaseUrl: 'https://gitlab.acme.test/api/v4', defaultBranch: 'develop' });
    expect(res.data!.connectRepository.webhookUrl).toMatch(/\/webhooks\/gitlab\//);
  });

  it('refuses a second live connection of one repository, whatever the case of its name', async () => {
    expect((await connect({ fullName: 'acme/twice' })).errors).toBeUndefined();
    expect(codeOf(await connect({ fullName: 'ACME/Twice' }))).toBe('REPOSITORY_ALREADY_CONNECTED');
  });

  it('lets exactly one of several racing connections of one repository win', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => connect({ fullName: 'acme/raced' })));
    expect(results.filter((res) => !res.errors)).toHaveLength(1);
    expect(results.filter((res) => res.errors).map(codeOf)).toEqual(Array(4).fill('REPOSITORY_ALREADY_CONNECTED'));
  });

  it('names the bad field of invalid input', async () => {
    const cases: [Partial<ConnectRepositoryInput>, string][] = [
      [{ fullName: 'no-slash' }, 'input.fullName'],
      [{ fullName: 'acme/bad name' }, 'input.fullName'],
      [{ defaultBranch: 'feature..x' }, 'input.defaultBranch'],
      [{ apiBaseUrl: 'http://github.acme.test/api/v3' }, 'input.apiBaseUrl'],
      [{ apiBaseUrl: 'not a url' }, 'input.apiBaseUrl'],
      [{ accessToken: 'short' }, 'input.accessToken'],
      [{ accessToken: 'has spaces in it' }, 'input.accessToken'],
    ];
    for (const [input, field] of cases) {
      const res = await connect(input);
      expect([codeOf(res), fieldOf(res)], JSON.stringify(input)).toEqual(['BAD_USER_INPUT', field]);
    }
  });

  it('links a project of the same organization only', async () => {
    const project = await seed(stack).project(org);
    const theirs = await seed(stack).project(other);
    const linked = await connect({ fullName: 'acme/linked', projectId: project.id });
    expect(linked.data?.connectRepository.repository.project).toEqual({ id: project.id });
    const refused = await connect({ fullName: 'acme/foreign-project', projectId: theirs.id });
    expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'input.projectId']);

    const listed = await stack.request(ProjectRepositoriesDocument, { id: project.id }, { token: org.owner.accessToken });
    expect(listed.data?.project?.repositories.edges.map((edge) => edge.node.fullName)).toEqual(['acme/linked']);
  });
});

describe('who may do what', () => {
  it('lets a viewer read repositories but not connect or change them', async () => {
    const viewer = await org.member('viewer');
    const repository = await seed(stack).repository(org);
    expect(codeOf(await connect({ fullName: 'acme/by-viewer' }, viewer.accessToken))).toBe('FORBIDDEN');
    const read = await stack.request(RepositoryDocument, { id: repository.id }, { token: viewer.accessToken });
    expect(read.data?.repository).toMatchObject({ id: repository.id, viewerCanManage: false });
    const rotate = await stack.request(RotateWebhookSecretDocument, { id: repository.id }, { token: viewer.accessToken });
    expect(codeOf(rotate)).toBe('FORBIDDEN');
  });

  it('answers UNAUTHENTICATED without a token', async () => {
    expect(codeOf(await stack.request(RepositoriesDocument, { organizationId: org.id }))).toBe('UNAUTHENTICATED');
  });
});

describe('tenant isolation', () => {
  let theirs: SeededRepository;
  beforeAll(async () => {
    theirs = await seed(stack).repository(other, { fullName: 'other/secret-repo' });
  });

  it('answers NOT_FOUND or null for another tenant’s repository through root fields and mutations', async () => {
    const token = org.owner.accessToken;
    expect((await stack.request(RepositoryDocument, { id: theirs.id }, { token })).data?.repository).toBeNull();
    expect(codeOf(await stack.request(RepositoriesDocument, { organizationId: other.id }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.request(DisconnectRepositoryDocument, { id: theirs.id }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.request(RotateWebhookSecretDocument, { id: theirs.id }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.request(UpdateRepositoryDocument, { input: { id: theirs.id, defaultBranch: 'x' } }, { token }))).toBe('NOT_FOUND');
  });

  it('resolves no other tenant’s repository, pull request or delivery through _entities on the subgraph', async () => {
    await theirs.send(theirs.githubDelivery('pull_request', githubPayload('pull_request', 'opened', theirs.fullName)));
    const [delivery] = await stack.database.query<{ id: string }>('select id from repos.webhook_deliveries where repository_id = $1', [theirs.id]);
    const internalToken = await new InternalTokenCodec(stack.internalSecret).sign({ caller: { kind: 'user', userId: org.owner.id, sessionId: null }, client: { ip: null, userAgent: null } });
    const response = await fetch(stack.subgraphUrls.repos!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: internalToken },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Repository { id fullName }
          ... on WebhookDelivery { id event }
          ... on Project { id repositories { edges { node { id } } } }
        } }`,
        variables: { r: [{ __typename: 'Repository', id: theirs.id }, { __typename: 'WebhookDelivery', id: delivery!.id }] },
      }),
    });
    const body = (await response.json()) as { data: { _entities: unknown[] } };
    expect(body.data._entities).toEqual([null, null]);
  });
});

describe('changing a repository', () => {
  it('updates, rotates the secret (the old one stops working) and disconnects', async () => {
    const repository = await seed(stack).repository(org, { fullName: 'Codertocat/Lifecycle' });
    const token = org.owner.accessToken;
    const updated = await stack.request(UpdateRepositoryDocument, { input: { id: repository.id, defaultBranch: 'trunk', accessToken: 'ghp_rotated_token_99' } }, { token });
    expect(updated.data?.updateRepository).toMatchObject({ defaultBranch: 'trunk', status: 'ACTIVE' });

    const rotated = await stack.request(RotateWebhookSecretDocument, { id: repository.id }, { token });
    const newSecret = rotated.data!.rotateWebhookSecret.webhookSecret;
    expect(newSecret).not.toBe(repository.webhookSecret);
    const ping = githubPayload('ping', null, repository.fullName);
    expect((await repository.send(repository.githubDelivery('ping', ping))).status).toBe(401);
    expect((await repository.send(repository.githubDelivery('ping', ping, { secret: newSecret }))).status).toBe(202);

    const disconnected = await stack.request(DisconnectRepositoryDocument, { id: repository.id }, { token });
    expect(disconnected.data?.disconnectRepository).toMatchObject({ status: 'DISCONNECTED', disconnectedAt: expect.any(String) });
    expect((await repository.send(repository.githubDelivery('ping', ping, { secret: newSecret }))).status).toBe(404);
    expect(codeOf(await stack.request(RotateWebhookSecretDocument, { id: repository.id }, { token }))).toBe('REPOSITORY_DISCONNECTED');
    // Disconnected ones leave the default list but may be connected again.
    const list = await stack.request(RepositoriesDocument, { organizationId: org.id, filter: { search: 'lifecycle' } }, { token });
    expect(list.data?.repositories.edges).toEqual([]);
    expect((await connect({ fullName: 'Codertocat/Lifecycle' })).errors).toBeUndefined();
  });
});

describe('listing repositories', () => {
  it('pages with the shared cursor contract and filters', async () => {
    const listOrg = await seed(stack).org();
    for (const name of ['a', 'b', 'c']) await seed(stack).repository(listOrg, { fullName: `list/${name}` });
    await seed(stack).repository(listOrg, { fullName: 'list/gitlab-one', provider: 'GITLAB' });
    const token = listOrg.owner.accessToken;
    const first = await stack.request(RepositoriesDocument, { organizationId: listOrg.id, first: 2 }, { token });
    expect(first.data?.repositories.edges.map((edge) => edge.node.fullName)).toEqual(['list/a', 'list/b']);
    expect(first.data?.repositories.pageInfo.hasNextPage).toBe(true);
    const second = await stack.request(RepositoriesDocument, { organizationId: listOrg.id, first: 2, after: first.data!.repositories.pageInfo.endCursor }, { token });
    expect(second.data?.repositories.edges.map((edge) => edge.node.fullName)).toEqual(['list/c', 'list/gitlab-one']);
    expect(second.data?.repositories.pageInfo.hasNextPage).toBe(false);
    const gitlab = await stack.request(RepositoriesDocument, { organizationId: listOrg.id, filter: { provider: 'GITLAB' } }, { token });
    expect(gitlab.data?.repositories.edges.map((edge) => edge.node.fullName)).toEqual(['list/gitlab-one']);
    const bad = await stack.request(RepositoriesDocument, { organizationId: listOrg.id, first: 101 }, { token });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'first']);
    const badCursor = await stack.request(RepositoriesDocument, { organizationId: listOrg.id, after: 'nonsense' }, { token });
    expect([codeOf(badCursor), fieldOf(badCursor)]).toEqual(['BAD_USER_INPUT', 'after']);
  });
});
