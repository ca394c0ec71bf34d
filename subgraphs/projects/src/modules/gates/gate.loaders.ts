import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfGroups, type AccessControl } from '@steward/kernel';
import type { Baseline, BaselineRecord } from './baseline.entity.js';
import { BaselineRepository } from './baseline.repository.js';
import type { MeasurementRecord } from './measurement.entity.js';
import { MeasurementRepository } from './measurement.repository.js';

/** Per-request batch loaders of baselines and measurements, limited to the organizations where the caller may read projects. */
export interface GateLoaders {
  /** Baselines by id, as entities: removing one needs the entity. */
  baselineById: DataLoader<string, Baseline | null>;
  baselinesByProject: DataLoader<string, BaselineRecord[]>;
  measurementsByVersion: DataLoader<string, MeasurementRecord[]>;
}

export function createGateLoaders(em: EntityManager, access: AccessControl): GateLoaders {
  const readable = () => access.scope('project:read');
  const baselines = async () => new BaselineRepository(em, await readable());
  return {
    baselineById: loaderById(async (ids) => (await baselines()).findByIds(ids)),
    baselinesByProject: loaderOfGroups(async (projectIds) => (await baselines()).listForProjects(projectIds), (baseline) => baseline.projectId),
    measurementsByVersion: loaderOfGroups(
      async (versionIds) => new MeasurementRepository(em, await readable()).listForVersions(versionIds),
      (measurement) => measurement.versionId,
    ),
  };
}
