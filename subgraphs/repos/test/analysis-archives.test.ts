import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { DisconnectRepositoryDocument } from '@steward/client';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec } from '@steward/kernel';
import { seed, type SeededRepository } from '@steward/standalone/testing';
import { REPOSITORY_ARCHIVE_PATH } from '../src/repos.routes.js';
import { GITHUB_TOKEN, GITLAB_TOKEN, HEAD, SOURCE, analysis, github, githubRepository, gitlab, org, other, stack, useAnalysisWorld } from './analysis-world.js';

// Repos streams a commit's source to analysis from the provider (analysis never holds a token).

useAnalysisWorld();

/** Numbers the GitLab projects this file adds. */
let sequence = 0;

/** Every file of a tar.gz stream, by path below its top folder, and that top folder. */
async function unpack(body: ReadableStream<Uint8Array>): Promise<{ top: string; files: Record<string, string> }> {
  const files: Record<string, string> = {};
  const tops = new Set<string>();
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    const [top, ...rest] = header.name.split('/');
    tops.add(top!);
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
    stream.on('end', () => {
      if (header.type === 'file') files[rest.join('/')] = Buffer.concat(chunks).toString('utf8');
      next();
    });
  });
  const done = new Promise<void>((resolve, reject) => {
    reader.on('finish', resolve);
    reader.on('error', reject);
  });
  Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>).pipe(createGunzip()).pipe(reader);
  await done;
  expect(tops.size).toBe(1);
  return { top: [...tops][0]!, files };
}

const archive = (organizationId: string, repositoryId: string, commitSha = HEAD) => analysis.fetchRaw('repos', REPOSITORY_ARCHIVE_PATH, { organizationId, repositoryId, commitSha });

/** The archive route called with an internal token signed for someone else than a service. */
async function archiveAs(caller: 'user' | 'none', repository: SeededRepository): Promise<Response> {
  const url = new URL(REPOSITORY_ARCHIVE_PATH, stack.subgraphUrls.repos);
  for (const [key, value] of Object.entries({ organizationId: org.id, repositoryId: repository.id, commitSha: HEAD })) url.searchParams.set(key, value);
  const headers: Record<string, string> =
    caller === 'user' ? { [INTERNAL_TOKEN_HEADER]: await new InternalTokenCodec(stack.internalSecret).sign({ caller: { kind: 'user', userId: org.owner.id, sessionId: null }, client: { ip: null, userAgent: null } }) } : {};
  return fetch(url, { headers });
}

describe('source archives for analysis', () => {
  it('streams a GitHub commit from its tarball, following the redirect to codeload', async () => {
    const repository = await githubRepository();
    const from = github.requests.length;
    const response = await archive(org.id, repository.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    const { top, files } = await unpack(response.body!);
    expect(top).toBe(`${repository.fullName.replace('/', '-')}-${HEAD.slice(0, 7)}`);
    expect(files).toEqual(SOURCE);

    const [api, download, ...rest] = github.requests.slice(from);
    expect(rest).toEqual([]);
    expect(api).toMatchObject({ method: 'GET', path: `/api/v3/repos/${repository.fullName}/tarball/${HEAD}`, query: {}, body: null });
    expect(api!.headers).toMatchObject({ authorization: `token ${GITHUB_TOKEN}`, 'x-github-api-version': '2022-11-28', 'user-agent': 'steward-repos' });
    expect(download).toMatchObject({ method: 'GET', path: `/codeload/${repository.fullName}/legacy.tar.gz/${HEAD}`, query: { token: expect.stringMatching(/^[0-9a-f]{40}$/) } });
  });

  it('streams a GitLab commit from its archive.tar.gz, the project path encoded as one segment', async () => {
    const path = `steward-analysis/group/project-${(sequence += 1)}`;
    gitlab.addProject({ id: 7000 + sequence, path, commits: { [HEAD]: SOURCE } });
    const repository = await seed(stack).repository(org, { provider: 'GITLAB', fullName: path, apiBaseUrl: gitlab.apiBaseUrl, accessToken: GITLAB_TOKEN });
    const from = gitlab.requests.length;
    const response = await archive(org.id, repository.id);
    expect(response.status).toBe(200);
    const { top, files } = await unpack(response.body!);
    expect(top).toBe(`project-${sequence}-${HEAD}-${HEAD}`);
    expect(files).toEqual(SOURCE);

    const sent = gitlab.requests.slice(from);
    expect(sent.map(({ method, path: requested, query, body }) => ({ method, path: requested, query, body }))).toEqual([
      { method: 'GET', path: `/api/v4/projects/${encodeURIComponent(path)}/repository/archive.tar.gz`, query: { sha: HEAD }, body: null },
    ]);
    expect(sent[0]!.headers['private-token']).toBe(GITLAB_TOKEN);
    expect(sent[0]!.headers.authorization).toBeUndefined();
  });

  it('answers 404 for a repository of another organization, and 400 for a SHA that is not one', async () => {
    const repository = await githubRepository();
    const from = github.requests.length;
    const foreign = await archive(other.id, repository.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: expect.any(String) });
    const short = await archive(org.id, repository.id, HEAD.slice(0, 12));
    expect(short.status).toBe(400);
    expect(github.requests.length).toBe(from);
  });

  it('serves Steward services only: a token signed for a user is refused, and so is no token', async () => {
    const repository = await githubRepository();
    const from = github.requests.length;
    const user = await archiveAs('user', repository);
    expect(user.status).toBe(403);
    expect(await user.json()).toEqual({ error: 'Only Steward services may call this route.' });
    expect((await archiveAs('none', repository)).status).toBe(401);
    expect(github.requests.length).toBe(from);
  });

  it('answers 502 when the provider fails, naming neither its URL nor the token', async () => {
    const repository = await githubRepository();
    github.failNext(500, 1, { match: { path: /\/tarball\// }, body: { message: `upstream broke for ${GITHUB_TOKEN}` } });
    const failed = await archive(org.id, repository.id);
    expect(failed.status).toBe(502);
    const { error } = (await failed.json()) as { error: string };
    expect(error).toBe('GitHub could not serve the archive right now (status 500); try again later.');

    const unknown = await archive(org.id, repository.id, 'c'.repeat(40));
    expect(unknown.status).toBe(502);
    expect(await unknown.json()).toEqual({ error: 'GitHub has no archive of this commit (status 404).' });
    expect(JSON.stringify(stack.logLines)).not.toContain(GITHUB_TOKEN);
  });

  it('answers 409 for a disconnected repository or one whose token the provider refuses', async () => {
    const refused = await githubRepository();
    github.failNext(401, 1, { match: { path: /\/tarball\// } });
    const first = await archive(org.id, refused.id);
    expect(first.status).toBe(409);
    const from = github.requests.length;
    // NEEDS_REAUTH now: the provider is not asked again until a new token is given.
    expect((await archive(org.id, refused.id)).status).toBe(409);
    expect(github.requests.length).toBe(from);

    const gone = await githubRepository();
    expect((await stack.request(DisconnectRepositoryDocument, { id: gone.id }, { token: org.owner.accessToken })).errors).toBeUndefined();
    const disconnected = await archive(org.id, gone.id);
    expect(disconnected.status).toBe(409);
    expect(await disconnected.json()).toEqual({ error: 'The repository is disconnected.' });
  });
});
