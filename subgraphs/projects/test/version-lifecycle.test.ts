import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateVersionDocument,
  DegradeVersionDocument,
  ProjectVersionDocument,
  ProjectVersionsDocument,
  PromoteVersionDocument,
  RollbackVersionDocument,
  type ProjectVersionQuery,
} from '@steward/client';
import { VERSION_STAGE_CHANGED_TOPIC } from '@steward/projects';
import { seed, startTestStack, type SeededOrganization, type SeededProject, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
let org: SeededOrganization;
let token: string;
beforeAll(async () => {
  stack = await startTestStack();
  org = await seed(stack).org();
  token = org.owner.accessToken;
});
afterAll(async () => {
  await stack?.stop();
});

const errorOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;
const promote = (versionId: string, reason = 'Ready for production.') => stack.request(PromoteVersionDocument, { input: { versionId, reason } }, { token });
const degrade = (versionId: string, reason = 'Retired.') => stack.request(DegradeVersionDocument, { input: { versionId, reason } }, { token });
const rollback = (projectId: string, reason = 'Regression in production.') => stack.request(RollbackVersionDocument, { input: { projectId, reason } }, { token });
const versionOf = async (id: string) => (await stack.request(ProjectVersionDocument, { id }, { token })).data!.projectVersion!;
const historyOf = async (id: string) => (await versionOf(id)).history.edges.map((e) => e.node);
const stages = async (project: SeededProject) =>
  Object.fromEntries(
    (await stack.database.query<{ name: string; stage: string }>('select name, stage from projects.project_versions where project_id = $1', [project.id])).map((r) => [
      r.name,
      r.stage,
    ]),
  );

describe('creating versions', () => {
  it('creates immutable V1 versions numbered in order, each starting its history', async () => {
    const project = await seed(stack).project(org);
    const created = await stack.request(
      CreateVersionDocument,
      { input: { projectId: project.id, name: 'prompt v1', modelConfig: { model: 'gpt-4o', parameters: { temperature: 0.1 } }, changelog: 'First cut.' } },
      { token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createVersion).toMatchObject({
      number: 1,
      name: 'prompt v1',
      stage: 'V1',
      modelConfig: { model: 'gpt-4o', parameters: { temperature: 0.1 } },
      changelog: 'First cut.',
      createdBy: { id: org.owner.id },
      project: { id: project.id },
      viewerCanPromote: true,
      viewerCanDegrade: true,
    });
    expect((await project.version()).number).toBe(2);
    expect(await historyOf(created.data!.createVersion.id)).toEqual([
      expect.objectContaining({ from: null, to: 'V1', kind: 'CREATED', forced: false, gateStatus: null, actor: { id: org.owner.id } }),
    ]);
  });

  it('refuses a duplicate name and a model configuration that is not a bounded JSON object', async () => {
    const project = await seed(stack).project(org);
    await project.version({ name: 'taken' });
    const attempt = async (input: Record<string, unknown>) =>
      errorOf(await stack.request(CreateVersionDocument, { input: { projectId: project.id, name: 'fresh', modelConfig: {}, changelog: '', ...input } as never }, { token }));
    expect(await attempt({ name: 'taken' })).toEqual({ code: 'CONFLICT', field: 'input.name' });
    expect(await attempt({ modelConfig: [1, 2] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.modelConfig' });
    expect(await attempt({ modelConfig: 'gpt-4o' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.modelConfig' });
    expect(await attempt({ modelConfig: { prompt: 'x'.repeat(70_000) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.modelConfig' });
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 25; i++) deep = { next: deep };
    expect(await attempt({ modelConfig: deep })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.modelConfig' });
    expect(await attempt({ changelog: 'x'.repeat(20_001) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changelog' });
  });
});

describe('the lifecycle V1 → V2 → V3', () => {
  it('promotes a candidate and retires the production version in the same change', async () => {
    const project = await seed(stack).project(org);
    const [v1, v2] = [await project.version({ name: 'one' }), await project.version({ name: 'two' })];

    const first = await promote(v1.id, 'Initial release.');
    expect(first.data!.promoteVersion).toEqual({ version: { id: v1.id, stage: 'V2' }, retiredVersion: null });
    const second = await promote(v2.id, 'Better prompts.');
    expect(second.data!.promoteVersion).toEqual({ version: { id: v2.id, stage: 'V2' }, retiredVersion: { id: v1.id, stage: 'V3' } });
    expect(await stages(project)).toEqual({ one: 'V3', two: 'V2' });

    expect((await historyOf(v1.id)).map((h) => [h.from, h.to, h.kind, h.reason])).toEqual([
      [null, 'V1', 'CREATED', 'Version created.'],
      ['V1', 'V2', 'PROMOTED', 'Initial release.'],
      ['V2', 'V3', 'SUPERSEDED', 'Superseded by two: Better prompts.'],
    ]);
    const promoted = (await historyOf(v2.id)).at(-1)!;
    expect(promoted).toMatchObject({ from: 'V1', to: 'V2', kind: 'PROMOTED', reason: 'Better prompts.', gateStatus: 'PASSED', actor: { id: org.owner.id } });
    const current = await stack.request(ProjectVersionsDocument, { projectId: project.id }, { token });
    expect(current.data!.project!.currentVersion).toEqual({ id: v2.id, name: 'two', stage: 'V2' });
  });

  it('rolls back to the version that most recently left production', async () => {
    const project = await seed(stack).project(org);
    const [a, b, c] = [await project.version({ name: 'a' }), await project.version({ name: 'b' }), await project.version({ name: 'c' })];
    await promote(a.id);
    await promote(b.id);
    await promote(c.id);

    const back = await rollback(project.id, 'c breaks checkout.');
    expect(back.data!.rollbackVersion).toEqual({ version: { id: b.id, stage: 'V2' }, retiredVersion: { id: c.id, stage: 'V3' } });
    expect((await historyOf(c.id)).at(-1)).toMatchObject({ from: 'V2', to: 'V3', kind: 'ROLLED_BACK_FROM', reason: 'Rolled back to b: c breaks checkout.' });
    expect((await historyOf(b.id)).at(-1)).toMatchObject({ from: 'V3', to: 'V2', kind: 'ROLLED_BACK', reason: 'c breaks checkout.', gateStatus: 'PASSED' });

    // The last version to leave production is now c, so a second rollback undoes the first.
    expect((await rollback(project.id)).data!.rollbackVersion.version.id).toBe(c.id);
    expect(await stages(project)).toEqual({ a: 'V3', b: 'V3', c: 'V2' });

    // With nothing in production, a rollback restores what was degraded last.
    await degrade(c.id, 'Incident: take it down.');
    expect(await stages(project)).toEqual({ a: 'V3', b: 'V3', c: 'V3' });
    expect((await rollback(project.id)).data!.rollbackVersion).toEqual({ version: { id: c.id, stage: 'V2' }, retiredVersion: null });
  });

  it('retires a candidate directly, which never makes it a rollback target', async () => {
    const project = await seed(stack).project(org);
    const candidate = await project.version();
    expect((await degrade(candidate.id, 'Abandoned.')).data!.degradeVersion).toEqual({ id: candidate.id, stage: 'V3' });
    expect(errorOf(await rollback(project.id))?.code).toBe('INVALID_TRANSITION');
  });

  it('refuses transitions the lifecycle does not allow', async () => {
    const project = await seed(stack).project(org);
    const [old, live] = [await project.version(), await project.version()];
    await promote(old.id);
    await promote(live.id);

    const refusals = {
      promoteRetired: await promote(old.id),
      promoteProduction: await promote(live.id),
      degradeRetired: await degrade(old.id),
    };
    for (const res of Object.values(refusals)) {
      expect(errorOf(res)?.code).toBe('INVALID_TRANSITION');
      expect(res.data).toBeNull();
    }
    expect(refusals.promoteRetired.errors![0]!.message).toMatch(/V3 \(retired\)/);
    expect(errorOf(await rollback((await seed(stack).project(org)).id))?.code).toBe('INVALID_TRANSITION');
    expect(errorOf(await promote(live.id, '   '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await stages(project)).toEqual({ [(await versionOf(old.id)).name]: 'V3', [(await versionOf(live.id)).name]: 'V2' });
    // Nothing refused left a trace in the history.
    expect((await historyOf(old.id)).map((h) => h.kind)).toEqual(['CREATED', 'PROMOTED', 'SUPERSEDED']);
  });
});

describe('announcing stage changes', () => {
  it('publishes the id of every version whose stage changed on the event bus', async () => {
    const project = await seed(stack).project(org);
    const [a, b] = [await project.version(), await project.version()];
    const seen: string[] = [];
    const unsubscribe = await stack.bus.subscribe(VERSION_STAGE_CHANGED_TOPIC, (id) => seen.push(id));
    try {
      await promote(a.id);
      await promote(b.id);
      for (let i = 0; i < 100 && seen.length < 3; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen.sort()).toEqual([a.id, a.id, b.id].sort());
    } finally {
      await unsubscribe();
    }
  });
});

describe('concurrency and database invariants', () => {
  it('ends parallel promotions in one project with exactly one production version', async () => {
    const project = await seed(stack).project(org);
    const candidates = [];
    for (let i = 0; i < 6; i++) candidates.push(await project.version({ name: `racer-${i}` }));

    const results = await Promise.all(candidates.map((v) => promote(v.id, 'Race.')));
    expect(results.every((res) => res.errors === undefined)).toBe(true);
    const rows = await stack.database.query<{ stage: string; count: string }>(
      'select stage, count(*)::text as count from projects.project_versions where project_id = $1 group by stage order by stage',
      [project.id],
    );
    expect(rows).toEqual([
      { stage: 'V2', count: '1' },
      { stage: 'V3', count: '5' },
    ]);
    // The promotions were serialised: each one but the first retired the one before it.
    expect(results.filter((res) => res.data!.promoteVersion.retiredVersion === null)).toHaveLength(1);
    const superseded = await stack.database.query('select 1 from projects.version_transitions where project_id = $1 and kind = $2', [project.id, 'SUPERSEDED']);
    expect(superseded).toHaveLength(5);
  });

  it('lets exactly one of two parallel promotions of the same candidate succeed', async () => {
    const project = await seed(stack).project(org);
    const candidate = await project.version();
    const results = await Promise.all([promote(candidate.id), promote(candidate.id)]);
    expect(results.map((res) => errorOf(res)?.code ?? 'OK').sort()).toEqual(['INVALID_TRANSITION', 'OK']);
    expect((await historyOf(candidate.id)).map((h) => h.kind)).toEqual(['CREATED', 'PROMOTED']);
  });

  it('refuses a second production version, edited content and rewritten history in the database itself', async () => {
    const project = await seed(stack).project(org);
    const [live, other] = [await project.version(), await project.version()];
    await promote(live.id);
    await expect(stack.database.query(`update projects.project_versions set stage = 'V2' where id = $1`, [other.id])).rejects.toThrow(/project_versions_one_production/);
    await expect(stack.database.query(`update projects.project_versions set model_config = '{}' where id = $1`, [live.id])).rejects.toThrow(/immutable/);
    await expect(stack.database.query(`update projects.version_transitions set reason = 'rewritten' where version_id = $1`, [live.id])).rejects.toThrow(/append-only/);
  });

  it('refuses deleting history rows or a version with its history, but lets a deleted project take its history along', async () => {
    const project = await seed(stack).project(org);
    const [live, candidate] = [await project.version(), await project.version()];
    await promote(live.id);
    const countFor = async () =>
      (await stack.database.query<{ count: number }>('select count(*)::int as count from projects.version_transitions where project_id = $1', [project.id]))[0]!.count;
    expect(await countFor()).toBe(3);
    await expect(stack.database.query('delete from projects.version_transitions where version_id = $1', [live.id])).rejects.toThrow(/append-only/);
    // The history would go with the version through its foreign key's cascade.
    await expect(stack.database.query('delete from projects.project_versions where id = $1', [candidate.id])).rejects.toThrow(/append-only/);
    expect(await countFor()).toBe(3);

    await stack.database.query('delete from projects.projects where id = $1', [project.id]);
    expect(await countFor()).toBe(0);
    const [versions] = await stack.database.query<{ count: number }>('select count(*)::int as count from projects.project_versions where project_id = $1', [project.id]);
    expect(versions!.count).toBe(0);
  });
});

describe('listing versions and history', () => {
  it('pages through versions newest first and filters them by stage', async () => {
    const project = await seed(stack).project(org);
    const versions = [];
    for (let i = 1; i <= 5; i++) versions.push(await project.version({ name: `n${i}` }));
    await promote(versions[1]!.id);
    await promote(versions[3]!.id);

    const firstPage = await stack.request(ProjectVersionsDocument, { projectId: project.id, first: 3 }, { token });
    const { versions: page } = firstPage.data!.project!;
    expect(page.edges.map((e) => e.node.number)).toEqual([5, 4, 3]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const secondPage = await stack.request(ProjectVersionsDocument, { projectId: project.id, first: 3, after: page.pageInfo.endCursor }, { token });
    expect(secondPage.data!.project!.versions.edges.map((e) => e.node.number)).toEqual([2, 1]);
    expect(secondPage.data!.project!.versions.pageInfo).toEqual({ hasNextPage: false, endCursor: secondPage.data!.project!.versions.edges[1]!.cursor });

    const candidates = await stack.request(ProjectVersionsDocument, { projectId: project.id, stages: ['V1'] }, { token });
    expect(candidates.data!.project!.versions.edges.map((e) => e.node.name)).toEqual(['n5', 'n3', 'n1']);
    const retiredOrLive = await stack.request(ProjectVersionsDocument, { projectId: project.id, stages: ['V3', 'V2'] }, { token });
    expect(retiredOrLive.data!.project!.versions.edges.map((e) => [e.node.name, e.node.stage])).toEqual([
      ['n4', 'V2'],
      ['n2', 'V3'],
    ]);
  });

  it('pages through a version’s history oldest first', async () => {
    const project = await seed(stack).project(org);
    const [a, b] = [await project.version(), await project.version()];
    await promote(a.id);
    await promote(b.id);
    await rollback(project.id);
    const page = async (after?: string | null): Promise<ProjectVersionQuery> =>
      (await stack.request(ProjectVersionDocument, { id: a.id, historyFirst: 2, historyAfter: after ?? null }, { token })).data!;
    const first = (await page()).projectVersion!.history;
    expect(first.edges.map((e) => e.node.kind)).toEqual(['CREATED', 'PROMOTED']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await page(first.pageInfo.endCursor)).projectVersion!.history;
    expect(second.edges.map((e) => e.node.kind)).toEqual(['SUPERSEDED', 'ROLLED_BACK']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
