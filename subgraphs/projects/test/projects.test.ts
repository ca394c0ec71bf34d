import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArchiveProjectDocument,
  CreateProjectDocument,
  CreateVersionDocument,
  DegradeVersionDocument,
  ProjectBySlugDocument,
  ProjectDocument,
  ProjectsDocument,
  PromoteVersionDocument,
  RecordVersionMeasurementsDocument,
  RemoveBaselineDocument,
  RollbackVersionDocument,
  SetBaselineDocument,
  UnarchiveProjectDocument,
  UpdateProjectDocument,
  type ProjectsQuery,
} from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
let org: SeededOrganization;
beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org();
});
afterAll(async () => {
  await stack?.stop();
});

const errorOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;

describe('creating and reading projects', () => {
  it('creates a project with default settings and reads it back by id and by slug', async () => {
    const created = await stack.request(
      CreateProjectDocument,
      { input: { organizationId: org.id, name: '  Checkout assistant ', slug: 'checkout-assistant', description: 'Helps at checkout.' } },
      { token: org.owner.accessToken },
    );
    expect(created.errors).toBeUndefined();
    const project = created.data!.createProject;
    expect(project).toMatchObject({
      name: 'Checkout assistant',
      slug: 'checkout-assistant',
      description: 'Helps at checkout.',
      archived: false,
      archivedAt: null,
      organization: { id: org.id },
      settings: { labels: [], defaultModel: null, blockPromotionOnWarn: false, blockPromotionOnNoData: false, links: [] },
      viewerCanWrite: true,
      viewerCanArchive: true,
      viewerCanCreateVersion: true,
      viewerCanPromote: true,
      viewerCanForcePromote: true,
      viewerCanManageBaselines: true,
    });

    const byId = await stack.request(ProjectDocument, { id: project.id }, { token: org.owner.accessToken });
    expect(byId.data!.project).toMatchObject({ id: project.id, createdBy: { id: org.owner.id }, currentVersion: null, baselines: [] });
    const bySlug = await stack.request(ProjectBySlugDocument, { organizationId: org.id, slug: 'checkout-assistant' }, { token: org.owner.accessToken });
    expect(bySlug.data!.projectBySlug).toEqual({ id: project.id, slug: 'checkout-assistant' });
    const unknownSlug = await stack.request(ProjectBySlugDocument, { organizationId: org.id, slug: 'nope' }, { token: org.owner.accessToken });
    expect(unknownSlug.data!.projectBySlug).toBeNull();
  });

  it('refuses invalid input and names the offending field', async () => {
    const attempt = async (input: Record<string, unknown>) =>
      errorOf(await stack.request(CreateProjectDocument, { input: { organizationId: org.id, name: 'Valid', slug: 'valid-slug', ...input } as never }, { token: org.owner.accessToken }));
    expect(await attempt({ slug: 'Not A Slug' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
    expect(await attempt({ slug: 'trailing-' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
    expect(await attempt({ name: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await attempt({ description: 'x'.repeat(2001) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.description' });
    expect(await attempt({ settings: { labels: ['Not Valid'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.settings.labels.0' });
    expect(await attempt({ settings: { links: [{ title: 'Docs', url: 'http://insecure.example' }] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.settings.links.0.url',
    });
  });

  it('keeps slugs unique within an organization but not across organizations', async () => {
    const first = await seed(stack).project(org, { slug: 'shared-slug' });
    const again = await stack.request(CreateProjectDocument, { input: { organizationId: org.id, name: 'Again', slug: 'shared-slug' } }, { token: org.owner.accessToken });
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', field: 'input.slug' });

    const other = await seed(stack).org();
    const elsewhere = await seed(stack).project(other, { slug: 'shared-slug' });
    expect(elsewhere.id).not.toBe(first.id);

    const renamed = await stack.request(UpdateProjectDocument, { input: { id: elsewhere.id, slug: 'other-slug' } }, { token: other.owner.accessToken });
    expect(renamed.data!.updateProject.slug).toBe('other-slug');
    const clash = await stack.request(UpdateProjectDocument, { input: { id: first.id, slug: (await seed(stack).project(org)).slug } }, { token: org.owner.accessToken });
    expect(errorOf(clash)).toEqual({ code: 'CONFLICT', field: 'input.slug' });
  });

  it('changes name, slug and description, and replaces the settings document as a whole', async () => {
    const project = await seed(stack).project(org, { settings: { labels: ['beta'], defaultModel: 'gpt-4o' } });
    const res = await stack.request(
      UpdateProjectDocument,
      { input: { id: project.id, name: 'Renamed', slug: `renamed-${project.slug}`, description: '', settings: { blockPromotionOnWarn: true } } },
      { token: org.owner.accessToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateProject).toMatchObject({
      name: 'Renamed',
      slug: `renamed-${project.slug}`,
      description: '',
      settings: { labels: [], defaultModel: null, blockPromotionOnWarn: true, blockPromotionOnNoData: false, links: [] },
    });
    const untouched = await stack.request(UpdateProjectDocument, { input: { id: project.id } }, { token: org.owner.accessToken });
    expect(untouched.data!.updateProject).toMatchObject({ name: 'Renamed', settings: { blockPromotionOnWarn: true } });
  });
});

describe('listing projects', () => {
  let listed: SeededOrganization;
  beforeAll(async () => {
    listed = await seed(stack).org();
    for (const slug of ['alpha', 'bravo', 'charlie', 'delta', 'echo-50-percent']) await seed(stack).project(listed, { slug, name: `Project ${slug}` });
  });

  it('pages through projects by slug with opaque cursors', async () => {
    const token = listed.owner.accessToken;
    const first = await stack.request(ProjectsDocument, { organizationId: listed.id, first: 2 }, { token });
    expect(first.data!.projects.edges.map((e) => e.node.slug)).toEqual(['alpha', 'bravo']);
    expect(first.data!.projects.pageInfo.hasNextPage).toBe(true);
    expect(first.data!.projects.pageInfo.endCursor).not.toContain('bravo');

    const slugs: string[] = [];
    let after: string | null = null;
    do {
      const { projects }: ProjectsQuery = (await stack.request(ProjectsDocument, { organizationId: listed.id, first: 2, after }, { token })).data!;
      slugs.push(...projects.edges.map((e) => e.node.slug));
      after = projects.pageInfo.hasNextPage ? projects.pageInfo.endCursor! : null;
    } while (after);
    expect(slugs).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo-50-percent']);
  });

  it('filters by a literal, case-insensitive search text', async () => {
    const token = listed.owner.accessToken;
    const search = async (text: string) =>
      (await stack.request(ProjectsDocument, { organizationId: listed.id, search: text }, { token })).data!.projects.edges.map((e) => e.node.slug);
    expect(await search('PROJECT D')).toEqual(['delta']);
    expect(await search('50%')).toEqual([]);
    expect(await search('50-p')).toEqual(['echo-50-percent']);
    expect(await search('_')).toEqual([]);
  });

  it('pages an organization\'s projects through the gateway like the root list, with the same cursors', async () => {
    const token = listed.owner.accessToken;
    type OrganizationPage = {
      organization: { projects: { edges: { cursor: string; node: { slug: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    };
    const page = async (variables: { first?: number; after?: string | null; search?: string }) =>
      (
        await stack.post<OrganizationPage>(
          {
            query: `query($id: ID!, $first: Int, $after: String, $search: String) {
              organization(id: $id) { projects(first: $first, after: $after, search: $search) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }
            }`,
            variables: { id: listed.id, ...variables },
          },
          { token },
        )
      ).data!.organization.projects;
    const root = (await stack.request(ProjectsDocument, { organizationId: listed.id, first: 2 }, { token })).data!.projects;
    const first = await page({ first: 2 });
    expect(first.edges.map((e) => [e.cursor, e.node.slug])).toEqual(root.edges.map((e) => [e.cursor, e.node.slug]));
    expect(first.pageInfo).toEqual(root.pageInfo);
    const second = await page({ first: 2, after: root.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.slug)).toEqual(['charlie', 'delta']);
    expect(second.pageInfo.hasNextPage).toBe(true);
    expect((await page({ search: 'PROJECT D' })).edges.map((e) => e.node.slug)).toEqual(['delta']);
    expect((await page({ search: '50%' })).edges).toEqual([]);
  });

  it('refuses page sizes outside 1 to 100 and cursors of other lists', async () => {
    const token = listed.owner.accessToken;
    expect(errorOf(await stack.request(ProjectsDocument, { organizationId: listed.id, first: 101 }, { token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await stack.request(ProjectsDocument, { organizationId: listed.id, first: 0 }, { token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await stack.request(ProjectsDocument, { organizationId: listed.id, after: 'bm90IGEgY3Vyc29y' }, { token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});

describe('archiving', () => {
  it('keeps an archived project readable but refuses every change until it is unarchived', async () => {
    const project = await seed(stack).project(org);
    const version = await project.version();
    const baselineId = await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
    const token = org.owner.accessToken;

    const archived = await stack.request(ArchiveProjectDocument, { id: project.id }, { token });
    expect(archived.data!.archiveProject).toMatchObject({ archived: true, viewerCanWrite: false, viewerCanCreateVersion: false, viewerCanPromote: false, viewerCanManageBaselines: false, viewerCanArchive: true });
    expect(archived.data!.archiveProject.archivedAt).not.toBeNull();
    // Archiving twice is harmless.
    expect((await stack.request(ArchiveProjectDocument, { id: project.id }, { token })).data!.archiveProject.archivedAt).toBe(archived.data!.archiveProject.archivedAt);

    expect((await stack.request(ProjectDocument, { id: project.id }, { token })).data!.project).toMatchObject({ id: project.id, archived: true });
    const active = await stack.request(ProjectsDocument, { organizationId: org.id, first: 100 }, { token });
    expect(active.data!.projects.edges.map((e) => e.node.id)).not.toContain(project.id);
    const all = await stack.request(ProjectsDocument, { organizationId: org.id, first: 100, includeArchived: true }, { token });
    expect(all.data!.projects.edges.map((e) => e.node.id)).toContain(project.id);

    const refusals = await Promise.all([
      stack.request(UpdateProjectDocument, { input: { id: project.id, name: 'No' } }, { token }),
      stack.request(CreateVersionDocument, { input: { projectId: project.id, name: 'late', modelConfig: {}, changelog: '' } }, { token }),
      stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'ship it' } }, { token }),
      stack.request(SetBaselineDocument, { input: { projectId: project.id, metric: 'cost', operator: 'LT', threshold: 1 } }, { token }),
      stack.request(RemoveBaselineDocument, { id: baselineId }, { token }),
      stack.request(RecordVersionMeasurementsDocument, { input: { versionId: version.id, values: [{ metric: 'error_rate', value: 0 }] } }, { token }),
    ]);
    expect(refusals.map((res) => errorOf(res)?.code)).toEqual(Array(6).fill('PROJECT_ARCHIVED'));

    const unarchived = await stack.request(UnarchiveProjectDocument, { id: project.id }, { token });
    expect(unarchived.data!.unarchiveProject).toMatchObject({ archived: false, archivedAt: null, viewerCanWrite: true });
    const renamed = await stack.request(UpdateProjectDocument, { input: { id: project.id, name: 'Back again' } }, { token });
    expect(renamed.data!.updateProject.name).toBe('Back again');
  });

  it('refuses to retire or roll back versions of an archived project, and changes no stage or history', async () => {
    const project = await seed(stack).project(org);
    const token = org.owner.accessToken;
    const first = await project.version();
    const second = await project.version();
    for (const version of [first, second]) {
      expect((await stack.request(PromoteVersionDocument, { input: { versionId: version.id, reason: 'Release.' } }, { token })).errors).toBeUndefined();
    }
    // `first` left production, so a rollback would bring it back if the project were active.
    await stack.request(ArchiveProjectDocument, { id: project.id }, { token });
    const snapshot = () =>
      stack.database.query<{ id: string; stage: string; transitions: number }>(
        `select v.id, v.stage, (select count(*)::int from projects.version_transitions t where t.version_id = v.id) as transitions
           from projects.project_versions v where v.project_id = $1 order by v.number`,
        [project.id],
      );
    const before = await snapshot();
    expect(before.map((row) => row.stage)).toEqual(['V3', 'V2']);

    const refusals = await Promise.all([
      stack.request(DegradeVersionDocument, { input: { versionId: second.id, reason: 'Retire it.' } }, { token }),
      stack.request(RollbackVersionDocument, { input: { projectId: project.id, reason: 'Go back.' } }, { token }),
    ]);
    expect(refusals.map((res) => errorOf(res)?.code)).toEqual(['PROJECT_ARCHIVED', 'PROJECT_ARCHIVED']);
    expect(await snapshot()).toEqual(before);
  });

  it('lets only holders of project:archive archive a project', async () => {
    const project = await seed(stack).project(org);
    const member = await org.member('member');
    const res = await stack.request(ArchiveProjectDocument, { id: project.id }, { token: member.accessToken });
    expect(errorOf(res)?.code).toBe('FORBIDDEN');
    const [row] = await stack.database.query<{ archived_at: Date | null }>('select archived_at from projects.projects where id = $1', [project.id]);
    expect(row!.archived_at).toBeNull();
  });
});
