import { seed, uniqueSlug } from '@steward/standalone/testing';
import { op, world, type Case } from './world.js';

// The matrix's cases for projects' mutations.

const PROMOTE = 'mutation($i: PromoteVersionInput!) { promoteVersion(input: $i) { version { id } } }';
/** Metric names are snake_case identifiers. */
const metricName = () => `metric_${Math.random().toString(36).slice(2, 10)}`;

export const PROJECTS_MUTATIONS: Case[] = [
  {
    field: 'createProject',
    needs: ['project:write'],
    prepare: async () => op('mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', { i: { organizationId: world.org.id, name: 'New', slug: uniqueSlug('project') } }),
  },
  {
    field: 'updateProject',
    needs: ['project:write'],
    prepare: async () => op('mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }', { i: { id: world.project.id, description: `changed ${Math.random()}` } }),
  },
  {
    field: 'archiveProject',
    needs: ['project:archive'],
    prepare: async () => op('mutation($id: ID!) { archiveProject(id: $id) { id } }', { id: (await seed(world.stack).project(world.org)).id }),
  },
  {
    field: 'unarchiveProject',
    needs: ['project:archive'],
    prepare: async () => {
      const archived = await seed(world.stack).project(world.org);
      await world.asOwner('mutation($id: ID!) { archiveProject(id: $id) { id } }', { id: archived.id });
      return op('mutation($id: ID!) { unarchiveProject(id: $id) { id } }', { id: archived.id });
    },
  },
  {
    field: 'createVersion',
    needs: ['version:create'],
    prepare: async () =>
      op('mutation($i: CreateVersionInput!) { createVersion(input: $i) { id } }', {
        i: { projectId: world.project.id, name: uniqueSlug('v'), modelConfig: { model: 'gpt-4o-mini' }, changelog: 'Matrix.' },
      }),
  },
  {
    field: 'promoteVersion',
    needs: ['version:promote'],
    // No baselines: the gate passes, so only the permission decides.
    prepare: async () => op(PROMOTE, { i: { versionId: (await (await seed(world.stack).project(world.org)).version()).id, reason: 'Ready.' } }),
  },
  {
    field: 'promoteVersion',
    variant: 'forced past a failing gate',
    needs: ['version:promote', 'version:force-promote'],
    prepare: async () => {
      const failing = await seed(world.stack).project(world.org);
      await failing.baseline({ metric: 'accuracy', operator: 'GTE', threshold: 0.9 });
      const version = await failing.version();
      await version.measure({ accuracy: 0.1 });
      return op(PROMOTE, { i: { versionId: version.id, reason: 'Hotfix.', force: true } });
    },
  },
  {
    field: 'degradeVersion',
    needs: ['version:promote'],
    prepare: async () =>
      op('mutation($i: DegradeVersionInput!) { degradeVersion(input: $i) { id } }', { i: { versionId: (await (await seed(world.stack).project(world.org)).version()).id, reason: 'Bad.' } }),
  },
  {
    field: 'rollbackVersion',
    needs: ['version:promote'],
    prepare: async () => {
      const lifecycle = await seed(world.stack).project(world.org);
      for (const version of [await lifecycle.version(), await lifecycle.version()]) await world.asOwner(PROMOTE, { i: { versionId: version.id, reason: 'Next.' } });
      return op('mutation($i: RollbackVersionInput!) { rollbackVersion(input: $i) { version { id } } }', { i: { projectId: lifecycle.id, reason: 'Regression.' } });
    },
  },
  {
    field: 'setBaseline',
    needs: ['baseline:manage'],
    prepare: async () =>
      op('mutation($i: SetBaselineInput!) { setBaseline(input: $i) { id } }', { i: { projectId: world.project.id, metric: metricName(), operator: 'GTE', threshold: 0.5 } }),
  },
  {
    field: 'removeBaseline',
    needs: ['baseline:manage'],
    prepare: async () => op('mutation($id: ID!) { removeBaseline(id: $id) { id } }', { id: await world.project.baseline({ metric: metricName(), operator: 'GTE', threshold: 0.5 }) }),
  },
  {
    field: 'recordVersionMeasurements',
    needs: ['version:create'],
    prepare: async () =>
      op('mutation($i: RecordVersionMeasurementsInput!) { recordVersionMeasurements(input: $i) { id } }', {
        i: { versionId: (await world.project.version()).id, values: [{ metric: 'accuracy', value: 0.8 }] },
      }),
  },
];
