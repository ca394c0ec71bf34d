import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArchiveProjectDocument,
  CompareVersionsDocument,
  CreateProjectDocument,
  CreateVersionDocument,
  DegradeVersionDocument,
  OrganizationProjectsDocument,
  ProjectBySlugDocument,
  ProjectDocument,
  ProjectVersionDocument,
  ProjectsDocument,
  PromoteVersionDocument,
  RecordVersionMeasurementsDocument,
  RemoveBaselineDocument,
  RollbackVersionDocument,
  SetBaselineDocument,
  UpdateProjectDocument,
} from '@steward/client';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec } from '@steward/kernel';
import {
  seed,
  startTestStack,
  type SeededOrganization,
  type SeededProject,
  type SeededUser,
  type SeededVersion,
  type TestStack,
} from '@steward/standalone/testing';

let stack: TestStack;
let org: SeededOrganization;
let project: SeededProject;
let candidate: SeededVersion;
let baselineId: string;
let outsider: SeededOrganization;
let outsiderProject: SeededProject;
beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org();
  project = await seed(stack).project(org);
  candidate = await project.version();
  baselineId = await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
  outsider = await seed(stack).org();
  outsiderProject = await seed(stack).project(outsider);
});
afterAll(async () => {
  await stack?.stop();
});

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe('permissions by role', () => {
  const flags = async (user: SeededUser) => {
    const res = await stack.request(ProjectDocument, { id: project.id }, { token: user.accessToken });
    const { viewerCanWrite, viewerCanArchive, viewerCanCreateVersion, viewerCanPromote, viewerCanForcePromote, viewerCanManageBaselines } = res.data!.project!;
    return { viewerCanWrite, viewerCanArchive, viewerCanCreateVersion, viewerCanPromote, viewerCanForcePromote, viewerCanManageBaselines };
  };

  it('lets a viewer read projects, versions and gates but change nothing', async () => {
    const viewer = await org.member('viewer');
    const token = viewer.accessToken;
    expect((await stack.request(ProjectDocument, { id: project.id }, { token })).data!.project!.id).toBe(project.id);
    const version = (await stack.request(ProjectVersionDocument, { id: candidate.id }, { token })).data!.projectVersion!;
    expect(version).toMatchObject({ id: candidate.id, viewerCanPromote: false, viewerCanDegrade: false, viewerCanRecordMeasurements: false, gate: { status: 'NO_DATA' } });
    expect(await flags(viewer)).toEqual({
      viewerCanWrite: false,
      viewerCanArchive: false,
      viewerCanCreateVersion: false,
      viewerCanPromote: false,
      viewerCanForcePromote: false,
      viewerCanManageBaselines: false,
    });

    const attempts = await Promise.all([
      stack.request(CreateProjectDocument, { input: { organizationId: org.id, name: 'Nope', slug: 'viewer-nope' } }, { token }),
      stack.request(UpdateProjectDocument, { input: { id: project.id, name: 'Nope' } }, { token }),
      stack.request(CreateVersionDocument, { input: { projectId: project.id, name: 'nope', modelConfig: {}, changelog: '' } }, { token }),
      stack.request(SetBaselineDocument, { input: { projectId: project.id, metric: 'cost', operator: 'LT', threshold: 1 } }, { token }),
      stack.request(RecordVersionMeasurementsDocument, { input: { versionId: candidate.id, values: [{ metric: 'error_rate', value: 0 }] } }, { token }),
    ]);
    expect(attempts.map(codeOf)).toEqual(Array(5).fill('FORBIDDEN'));
  });

  it('refuses a viewer who tries to promote a version', async () => {
    const viewer = await org.member('viewer');
    const res = await stack.request(PromoteVersionDocument, { input: { versionId: candidate.id, reason: 'I want to.' } }, { token: viewer.accessToken });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.errors![0]!.message).toMatch(/version:promote/);
    const [row] = await stack.database.query<{ stage: string }>('select stage from projects.project_versions where id = $1', [candidate.id]);
    expect(row!.stage).toBe('V1');
  });

  it('lets a member create projects and versions and record measurements, but not promote or manage baselines', async () => {
    const member = await org.member('member');
    const token = member.accessToken;
    expect(await flags(member)).toEqual({
      viewerCanWrite: true,
      viewerCanArchive: false,
      viewerCanCreateVersion: true,
      viewerCanPromote: false,
      viewerCanForcePromote: false,
      viewerCanManageBaselines: false,
    });
    const own = await seed(stack).project(org, { as: member });
    const version = await own.version({ as: member });
    await version.measure({ error_rate: 0.01 }, member);
    expect(codeOf(await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Go.' } }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.request(DegradeVersionDocument, { input: { versionId: version.id, reason: 'Go.' } }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.request(RollbackVersionDocument, { input: { projectId: own.id, reason: 'Go.' } }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.request(RemoveBaselineDocument, { id: baselineId }, { token }))).toBe('FORBIDDEN');
  });

  it('lets an admin promote and manage baselines but not force a failing gate', async () => {
    const admin = await org.member('admin');
    expect(await flags(admin)).toEqual({
      viewerCanWrite: true,
      viewerCanArchive: true,
      viewerCanCreateVersion: true,
      viewerCanPromote: true,
      viewerCanForcePromote: false,
      viewerCanManageBaselines: true,
    });
    const version = (await stack.request(ProjectVersionDocument, { id: candidate.id }, { token: admin.accessToken })).data!.projectVersion!;
    expect(version).toMatchObject({ viewerCanPromote: true, viewerCanForcePromote: false, viewerCanDegrade: true });
  });

  it('tells a member without project:read that the projects exist but are forbidden, and hides them elsewhere', async () => {
    const roleId = await org.role(['organization:read']);
    const reader = await org.member(roleId);
    const token = reader.accessToken;
    expect(codeOf(await stack.request(ProjectsDocument, { organizationId: org.id }, { token }))).toBe('FORBIDDEN');
    expect((await stack.request(ProjectDocument, { id: project.id }, { token })).data!.project).toBeNull();
    const nested = await stack.request(OrganizationProjectsDocument, { id: org.id }, { token });
    expect(nested.data!.organization).toMatchObject({ id: org.id, projects: null });
  });

  it('refuses anonymous callers', async () => {
    expect(codeOf(await stack.request(ProjectDocument, { id: project.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.request(CreateProjectDocument, { input: { organizationId: org.id, name: 'Anon', slug: 'anon' } }))).toBe('UNAUTHENTICATED');
  });

  it('takes access away as soon as a member is removed from the organization', async () => {
    const member = await org.member('member');
    expect((await stack.request(ProjectDocument, { id: project.id }, { token: member.accessToken })).data!.project?.id).toBe(project.id);
    const removed = await stack.post(
      { query: 'mutation($o: ID!, $m: ID!) { removeMember(organizationId: $o, membershipId: $m) }', variables: { o: org.id, m: member.membershipId } },
      { token: org.owner.accessToken },
    );
    expect(removed.errors).toBeUndefined();
    let visible = true;
    for (let attempt = 0; attempt < 50 && visible; attempt++) {
      visible = (await stack.request(ProjectDocument, { id: project.id }, { token: member.accessToken })).data?.project != null;
      if (visible) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(visible).toBe(false);
    expect(codeOf(await stack.request(CreateVersionDocument, { input: { projectId: project.id, name: 'after-removal', modelConfig: {}, changelog: '' } }, { token: member.accessToken }))).toBe('NOT_FOUND');
  });
});

describe('tenant isolation', () => {
  it('hides another organization’s projects, versions and baselines when asked by id', async () => {
    const token = outsider.owner.accessToken;
    expect((await stack.request(ProjectDocument, { id: project.id }, { token })).data!.project).toBeNull();
    expect((await stack.request(ProjectBySlugDocument, { organizationId: org.id, slug: project.slug }, { token })).data!.projectBySlug).toBeNull();
    expect((await stack.request(ProjectVersionDocument, { id: candidate.id }, { token })).data!.projectVersion).toBeNull();
    expect(codeOf(await stack.request(ProjectsDocument, { organizationId: org.id }, { token }))).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND to every change aimed at another organization, and changes nothing', async () => {
    const token = outsider.owner.accessToken;
    const attempts = await Promise.all([
      stack.request(CreateProjectDocument, { input: { organizationId: org.id, name: 'Intruder', slug: 'intruder' } }, { token }),
      stack.request(UpdateProjectDocument, { input: { id: project.id, name: 'Hijacked' } }, { token }),
      stack.request(ArchiveProjectDocument, { id: project.id }, { token }),
      stack.request(CreateVersionDocument, { input: { projectId: project.id, name: 'intruder', modelConfig: {}, changelog: '' } }, { token }),
      stack.request(PromoteVersionDocument, { input: { versionId: candidate.id, reason: 'Mine now.', force: true } }, { token }),
      stack.request(DegradeVersionDocument, { input: { versionId: candidate.id, reason: 'Mine now.' } }, { token }),
      stack.request(RollbackVersionDocument, { input: { projectId: project.id, reason: 'Mine now.' } }, { token }),
      stack.request(SetBaselineDocument, { input: { projectId: project.id, metric: 'error_rate', operator: 'GT', threshold: 1 } }, { token }),
      stack.request(RemoveBaselineDocument, { id: baselineId }, { token }),
      stack.request(RecordVersionMeasurementsDocument, { input: { versionId: candidate.id, values: [{ metric: 'error_rate', value: 1 }] } }, { token }),
      stack.request(CompareVersionsDocument, { fromId: candidate.id, toId: candidate.id }, { token }),
    ]);
    expect(attempts.map(codeOf)).toEqual(Array(attempts.length).fill('NOT_FOUND'));
    const [row] = await stack.database.query<{ name: string; archived_at: Date | null }>('select name, archived_at from projects.projects where id = $1', [project.id]);
    expect(row).toEqual({ name: project.name, archived_at: null });
    const baselines = await stack.database.query<{ operator: string }>('select operator from projects.baselines where project_id = $1', [project.id]);
    expect(baselines).toEqual([{ operator: 'LT' }]);
  });

  it('does not reach another organization’s versions through a comparison with one’s own', async () => {
    const own = await outsiderProject.version();
    const res = await stack.request(CompareVersionsDocument, { fromId: own.id, toId: candidate.id }, { token: outsider.owner.accessToken });
    expect(codeOf(res)).toBe('NOT_FOUND');
  });

  it('lists only the caller’s own projects under their organization', async () => {
    const res = await stack.request(OrganizationProjectsDocument, { id: outsider.id, first: 100 }, { token: outsider.owner.accessToken });
    const ids = res.data!.organization!.projects!.edges.map((e) => e.node.id);
    expect(ids).toContain(outsiderProject.id);
    expect(ids).not.toContain(project.id);
    const foreign = await stack.request(OrganizationProjectsDocument, { id: org.id }, { token: outsider.owner.accessToken });
    expect(foreign.data?.organization ?? null).toBeNull();
  });

  it('offers no _entities entry point on the gateway', async () => {
    const res = await stack.post(
      { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id name } } }', variables: { r: [{ __typename: 'Project', id: project.id }] } },
      { token: outsider.owner.accessToken },
    );
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toContain(project.name);
  });

  it('resolves no other tenant’s entity through _entities on the subgraph itself', async () => {
    const internalToken = await new InternalTokenCodec(stack.internalSecret).sign({
      caller: { kind: 'user', userId: outsider.owner.id, sessionId: null },
      client: { ip: null, userAgent: null },
    });
    const response = await fetch(stack.subgraphUrls.projects!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: internalToken },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Project { id name slug }
          ... on ProjectVersion { id name modelConfig }
          ... on Baseline { id metric }
          ... on Organization { id projects { edges { node { id } } } }
        } }`,
        variables: {
          r: [
            { __typename: 'Project', id: project.id },
            { __typename: 'ProjectVersion', id: candidate.id },
            { __typename: 'Baseline', id: baselineId },
            { __typename: 'Organization', id: org.id },
            { __typename: 'Project', id: outsiderProject.id },
          ],
        },
      }),
    });
    const body = (await response.json()) as { data: { _entities: unknown[] } };
    expect(body.data._entities).toEqual([null, null, null, { id: org.id, projects: null }, { id: outsiderProject.id, name: outsiderProject.name, slug: outsiderProject.slug }]);
  });

  it('refuses requests that reach the subgraph without the gateway’s token', async () => {
    const response = await fetch(stack.subgraphUrls.projects!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ project(id: "${project.id}") { id } }` }),
    });
    expect(response.status).toBe(401);
  });
});

// CI pipelines create versions and report measurements with an API key, not a person's session.
describe('API keys', () => {
  it('lets a member key create a version and record its measurements', async () => {
    const key = await org.apiKey('member');
    const created = await stack.request(
      CreateVersionDocument,
      { input: { projectId: project.id, name: 'from-ci', modelConfig: { model: 'x' }, changelog: 'built by CI' } },
      { token: key.secret },
    );
    expect(created.errors).toBeUndefined();
    const versionId = created.data!.createVersion.id;
    const measured = await stack.request(
      RecordVersionMeasurementsDocument,
      { input: { versionId, values: [{ metric: 'error_rate', value: 0.01 }] } },
      { token: key.secret },
    );
    expect(measured.errors).toBeUndefined();
    expect(measured.data!.recordVersionMeasurements.gate.status).toBe('PASSED');
  });

  it('names the API key behind a stage change in the history, and the person behind the others', async () => {
    const key = await org.apiKey('admin');
    const version = await seed(stack).project(org).then((p) => p.version());
    const promoted = await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Deployed by CI.' } }, { token: key.secret });
    expect(promoted.errors).toBeUndefined();
    const history = (await stack.request(ProjectVersionDocument, { id: version.id }, { token: org.owner.accessToken })).data!.projectVersion!.history.edges.map((e) => e.node);
    expect(history.map((entry) => [entry.kind, entry.actor?.id ?? null, entry.actorKind, entry.actorApiKeyId])).toEqual([
      ['CREATED', org.owner.id, 'USER', null],
      ['PROMOTED', null, 'API_KEY', key.id],
    ]);
  });

  it('lets a viewer key read but not write, and a key of another organization see nothing', async () => {
    const viewerKey = await org.apiKey('viewer');
    expect((await stack.request(ProjectDocument, { id: project.id }, { token: viewerKey.secret })).data!.project!.id).toBe(project.id);
    const refused = await stack.request(
      CreateVersionDocument,
      { input: { projectId: project.id, name: 'viewer-key', modelConfig: {}, changelog: '' } },
      { token: viewerKey.secret },
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');

    const foreignKey = await outsider.apiKey('owner');
    const foreign = await stack.request(ProjectDocument, { id: project.id }, { token: foreignKey.secret });
    expect(foreign.data?.project ?? null).toBeNull();
    expect((await stack.request(ProjectDocument, { id: outsiderProject.id }, { token: foreignKey.secret })).data!.project!.id).toBe(outsiderProject.id);
  });
});
