import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { TenantScope } from '../../tenancy.js';
import type { Baseline } from './baseline.entity.js';
import { BaselineRepository } from './baseline.repository.js';
import type { Measurement } from './measurement.entity.js';
import { MeasurementRepository } from './measurement.repository.js';

/** Per-request batch loaders of baselines and measurements, limited to the organizations the caller may read. */
export interface GateLoaders {
  baselineById: DataLoader<string, Baseline | null>;
  baselinesByProject: DataLoader<string, Baseline[]>;
  measurementsByVersion: DataLoader<string, Measurement[]>;
}

export function createGateLoaders(em: EntityManager, readable: () => Promise<TenantScope>): GateLoaders {
  return {
    baselineById: new DataLoader(async (ids) => {
      const found = new Map((await BaselineRepository.forScope(em, await readable()).findManyByIds(ids)).map((b) => [b.id, b]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    baselinesByProject: new DataLoader(async (projectIds) => {
      const lists = await BaselineRepository.forScope(em, await readable()).listForProjects(projectIds);
      return projectIds.map((id) => lists.get(id)!);
    }),
    measurementsByVersion: new DataLoader(async (versionIds) => {
      const lists = await MeasurementRepository.forScope(em, await readable()).listForVersions(versionIds);
      return versionIds.map((id) => lists.get(id)!);
    }),
  };
}
