import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@steward/kernel/testing';
import { seed, startTestStack, type SeededOrganization, type SeededRepository, type TestStack } from '@steward/standalone/testing';
import { startFakeGitHub, type FakeGitHub } from './fakes/fake-github.js';
import { githubPayload } from './github-payloads.js';

const FIRST = 'a'.repeat(40);
const SECOND = 'b'.repeat(40);
const TREE = `query($id: ID!, $ref: String, $path: String, $first: Int, $after: String) {
  repository(id: $id) { fileTree(ref: $ref) { ref commitSha truncated entries(path: $path, first: $first, after: $after) {
    edges { cursor node { path type size } } pageInfo { hasNextPage endCursor } } } }
}`;
const FILE = `query($id: ID!, $path: String!, $ref: String) { repository(id: $id) { file(path: $path, ref: $ref) { path ref commitSha size content } } }`;

let stack: TestStack;
let github: FakeGitHub;
let org: SeededOrganization;
let repository: SeededRepository;
beforeAll(async () => {
  github = await startFakeGitHub({
    repositories: [
      {
        fullName: 'acme/files',
        commits: {
          [FIRST]: { 'README.md': '# Files\n', 'src/index.ts': 'export const one = 1;\n', 'src/util/strings.ts': 'export {};\n' },
          [SECOND]: { 'README.md': '# Files, second edition\n', 'src/index.ts': 'export const two = 2;\n' },
        },
        refs: { main: FIRST, 'release/1.0': FIRST },
      },
    ],
  });
  stack = await startTestStack();
  org = await seed(stack).org();
  repository = await seed(stack).repository(org, { fullName: 'acme/files', apiBaseUrl: github.apiBaseUrl, accessToken: 'ghp_fake_token' });
});
afterAll(async () => {
  await stack?.stop();
  await github?.stop();
});

const asOwner = <T>(query: string, variables: Record<string, unknown>) => stack.post<T>({ query, variables }, { token: org.owner.accessToken });
type TreeAnswer = { repository: { fileTree: { ref: string; commitSha: string; entries: { edges: { cursor: string; node: { path: string; type: string; size: number | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } };
const calls = () => github.requests.map((request) => `${request.method} ${request.path}`);

describe('repository files through the provider, kept per commit', () => {
  it('reads the default branch’s tree once, then answers from the cache', async () => {
    const first = await asOwner<TreeAnswer>(TREE, { id: repository.id });
    expect(first.errors).toBeUndefined();
    expect(first.data!.repository.fileTree).toMatchObject({ ref: 'main', commitSha: FIRST });
    expect(first.data!.repository.fileTree.entries.edges.map((edge) => [edge.node.path, edge.node.type])).toEqual([
      ['README.md', 'BLOB'],
      ['src', 'TREE'],
      ['src/index.ts', 'BLOB'],
      ['src/util', 'TREE'],
      ['src/util/strings.ts', 'BLOB'],
    ]);
    expect(calls()).toEqual(['GET /api/v3/repos/acme/files/commits/main', `GET /api/v3/repos/acme/files/git/trees/${FIRST}`]);
    const before = github.requests.length;
    const again = await asOwner<TreeAnswer>(TREE, { id: repository.id, path: 'src', first: 2 });
    expect(again.data!.repository.fileTree.entries.edges.map((edge) => edge.node.path)).toEqual(['src/index.ts', 'src/util']);
    const rest = await asOwner<TreeAnswer>(TREE, { id: repository.id, path: 'src', first: 2, after: again.data!.repository.fileTree.entries.pageInfo.endCursor });
    expect(rest.data!.repository.fileTree.entries.edges.map((edge) => edge.node.path)).toEqual(['src/util/strings.ts']);
    expect(rest.data!.repository.fileTree.entries.pageInfo.hasNextPage).toBe(false);
    expect(github.requests.length).toBe(before);
  });

  it('reads a file once per commit and answers null for a path that is not there', async () => {
    const before = github.requests.length;
    const read = () => asOwner<{ repository: { file: { content: string; commitSha: string; size: number } | null } }>(FILE, { id: repository.id, path: 'src/index.ts' });
    expect((await read()).data!.repository.file).toMatchObject({ content: 'export const one = 1;\n', commitSha: FIRST, size: 22 });
    expect((await read()).data!.repository.file?.content).toBe('export const one = 1;\n');
    const missing = await asOwner<{ repository: { file: unknown } }>(FILE, { id: repository.id, path: 'docs/nothing.md' });
    expect(missing.data!.repository.file).toBeNull();
    await asOwner(FILE, { id: repository.id, path: 'docs/nothing.md' });
    expect(github.requests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/v3/repos/acme/files/contents/src%2Findex.ts',
      'GET /api/v3/repos/acme/files/contents/docs%2Fnothing.md',
    ]);
  });

  it('moves a branch to the commit a push names, without asking the provider where it points', async () => {
    const push = { ...githubPayload('push', null, repository.fullName), ref: 'refs/heads/main', after: SECOND, deleted: false };
    expect((await repository.send(repository.githubDelivery('push', push))).status).toBe(202);
    await eventually(
      () => stack.database.query<{ sha: string }>("select sha from repos.ref_heads where repository_id = $1 and ref = 'main'", [repository.id]),
      (rows) => rows[0]?.sha === SECOND,
      'the push recorded',
    );
    const before = github.requests.length;
    const moved = await asOwner<TreeAnswer>(TREE, { id: repository.id });
    expect(moved.data!.repository.fileTree.commitSha).toBe(SECOND);
    expect(moved.data!.repository.fileTree.entries.edges.map((edge) => edge.node.path)).toEqual(['README.md', 'src', 'src/index.ts']);
    expect(github.requests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual([`GET /api/v3/repos/acme/files/git/trees/${SECOND}`]);
    // Another ref still reads where it points, and a commit SHA is used as it is.
    const release = await asOwner<{ repository: { file: { content: string } } }>(FILE, { id: repository.id, path: 'README.md', ref: 'release/1.0' });
    expect(release.data!.repository.file.content).toBe('# Files\n');
    const pinned = await asOwner<{ repository: { file: { content: string } } }>(FILE, { id: repository.id, path: 'README.md', ref: SECOND });
    expect(pinned.data!.repository.file.content).toBe('# Files, second edition\n');
  });

  it('refuses bad paths and refs by name, and hides another tenant’s repository', async () => {
    const badPath = await asOwner(FILE, { id: repository.id, path: '../etc/passwd' });
    expect(badPath.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'path' });
    const badRef = await asOwner(TREE, { id: repository.id, ref: 'main..evil' });
    expect(badRef.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ref' });
    const unknownRef = await asOwner(TREE, { id: repository.id, ref: 'no-such-branch' });
    expect(unknownRef.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
    const outsider = await seed(stack).org();
    const peek = await stack.post<{ repository: unknown }>({ query: TREE, variables: { id: repository.id } }, { token: outsider.owner.accessToken });
    expect(peek.data?.repository).toBeNull();
  });

  it('says the provider is unavailable on a 5xx, and marks the repository NEEDS_REAUTH on a 401', async () => {
    github.failNext(502);
    const down = await asOwner(FILE, { id: repository.id, path: 'src/index.ts', ref: SECOND });
    expect(down.errors?.[0]?.extensions?.code).toBe('PROVIDER_UNAVAILABLE');
    github.failNext(401, 1, { body: { message: 'Bad credentials' } });
    const refused = await asOwner(FILE, { id: repository.id, path: 'src/util/strings.ts' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('REPOSITORY_NEEDS_REAUTH');
    const status = await asOwner<{ repository: { status: string } }>('query($id: ID!) { repository(id: $id) { status } }', { id: repository.id });
    expect(status.data!.repository.status).toBe('NEEDS_REAUTH');
  });
});
