import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationProjectsDocument, PromoteVersionDocument, ProjectsWithOrganizationDocument } from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
let org: SeededOrganization;
beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org({ name: 'Federated Org' });
});
afterAll(async () => {
  await stack?.stop();
});

/**
 * Writes `count` projects of an organization, each with a production version, a baseline and a
 * measurement, straight into the database: the cost test needs rows, and creating them through the
 * API would take seconds per hundred.
 */
async function seedProjectRows(stack: TestStack, organization: SeededOrganization, count: number): Promise<void> {
  const params = [organization.id, `user:${organization.owner.id}`, count];
  await stack.database.query(
    `insert into projects.projects (id, organization_id, name, slug, description, settings, created_by, created_at, updated_at)
     select gen_random_uuid(), $1::uuid, 'Bulk ' || i, 'bulk-' || lpad(i::text, 3, '0'), '', '{}'::jsonb, $2, now(), now()
       from generate_series(1, $3::int) as i`,
    params,
  );
  await stack.database.query(
    `insert into projects.project_versions (id, organization_id, project_id, number, name, model_config, changelog, stage, stage_changed_at, created_by, created_at)
     select gen_random_uuid(), organization_id, id, 1, 'v1', '{}'::jsonb, '', 'V2', now(), created_by, now() from projects.projects where organization_id = $1::uuid`,
    [organization.id],
  );
  await stack.database.query(
    `insert into projects.baselines (id, organization_id, project_id, metric, operator, threshold, severity, created_at, updated_at, updated_by)
     select gen_random_uuid(), organization_id, id, 'error_rate', 'LT', 0.05, 'ERROR', now(), now(), created_by from projects.projects where organization_id = $1::uuid`,
    [organization.id],
  );
  await stack.database.query(
    `insert into projects.version_measurements (version_id, metric, organization_id, value, recorded_by, recorded_at)
     select id, 'error_rate', organization_id, 0.01, created_by, now() from projects.project_versions where organization_id = $1::uuid`,
    [organization.id],
  );
}

describe('one graph across subgraphs', () => {
  it('answers organization → projects → versions → gate in one gateway query', async () => {
    const project = await seed(stack).project(org, { slug: 'aaa-federated', name: 'Federated' });
    await project.baseline({ metric: 'error_rate', operator: 'LT', threshold: 0.05 });
    const live = await project.version({ name: 'live' });
    await live.measure({ error_rate: 0.01 });
    await stack.request(PromoteVersionDocument, { input: { versionId: live.id, reason: 'Release.' } }, { token: org.owner.accessToken });
    const next = await project.version({ name: 'next' });
    await next.measure({ error_rate: 0.2 });

    const res = await stack.request(OrganizationProjectsDocument, { id: org.id, first: 1 }, { token: org.owner.accessToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!.organization).toMatchObject({ id: org.id, name: 'Federated Org' });
    const [edge] = res.data!.organization!.projects!.edges;
    expect(edge!.node).toMatchObject({
      id: project.id,
      currentVersion: {
        id: live.id,
        stage: 'V2',
        gate: { status: 'PASSED', conditions: [{ metric: 'error_rate', operator: 'LT', threshold: 0.05, actualValue: 0.01, status: 'PASSED', severity: 'ERROR' }] },
      },
      versions: {
        edges: [
          { node: { id: next.id, name: 'next', stage: 'V1', gate: { status: 'FAILED' } } },
          { node: { id: live.id, name: 'live', stage: 'V2', gate: { status: 'PASSED' } } },
        ],
      },
    });

    // The other direction: a project's organization and creator come from organizations and identity.
    const reverse = await stack.post<{ project: { organization: { name: string }; createdBy: { id: string; name: string } } }>(
      { query: 'query($id: ID!) { project(id: $id) { organization { name } createdBy { id name } } }', variables: { id: project.id } },
      { token: org.owner.accessToken },
    );
    expect(reverse.errors).toBeUndefined();
    expect(reverse.data!.project).toEqual({ organization: { name: 'Federated Org' }, createdBy: { id: org.owner.id, name: org.owner.name } });
  });
});

describe('query cost', () => {
  it('lists 10 or 100 projects with their organization and production version in a constant number of SQL statements per subgraph', async () => {
    const listed = await seed(stack).org();
    const token = listed.owner.accessToken;
    await seedProjectRows(stack, listed, 100);

    const counters = stack.queryCounters;
    expect(Object.keys(counters)).toEqual(expect.arrayContaining(['organizations', 'projects']));
    const statementsFor = async (first: number) => {
      for (const counter of Object.values(counters)) counter.reset();
      const res = await stack.request(ProjectsWithOrganizationDocument, { organizationId: listed.id, first }, { token });
      expect(res.errors).toBeUndefined();
      const edges = res.data!.projects.edges;
      expect(edges).toHaveLength(first);
      expect(edges.every((e) => e.node.organization.id === listed.id && e.node.currentVersion?.gate.status === 'PASSED')).toBe(true);
      return Object.fromEntries(Object.entries(counters).map(([name, counter]) => [name, counter.count]));
    };
    // Warm the per-process caches (grants, query plans) so both measured runs start alike.
    await statementsFor(10);
    const small = await statementsFor(10);
    const large = await statementsFor(100);
    console.info('SQL statements per subgraph (page of 10 / page of 100): %j / %j', small, large);
    expect(large).toEqual(small);
    // One statement each: a page of projects and their production versions; the versions' projects (for the
    // organization metrics' live gate values @require); then, for `gate`, the versions again (`_entities`
    // with those values), their baselines and measurements.
    expect(small.projects).toBe(6);
  });
});
