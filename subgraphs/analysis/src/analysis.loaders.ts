import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfGroups, loaderOfValues, type AccessControl, type Clock, type ReferenceDirectory } from '@steward/kernel';
import type { Artifact } from './modules/artifacts/artifact.entity.js';
import type { Finding } from './modules/findings/finding.entity.js';
import { FindingRepository, type SeverityCounts } from './modules/findings/finding.repository.js';
import type { AnalysisSession, AnalysisTask } from './modules/sessions/session.entity.js';
import { SessionRepository } from './modules/sessions/session.repository.js';

/** Per-request batch loaders, in the organizations where the caller may read analyses. */
export interface AnalysisLoaders {
  sessionById: DataLoader<string, AnalysisSession | null>;
  tasksBySession: DataLoader<string, AnalysisTask[]>;
  artifactsBySession: DataLoader<string, Artifact[]>;
  findingById: DataLoader<string, Finding | null>;
  /** Findings per severity of each session (all, new, new and not ignored). */
  countsBySession: DataLoader<string, SeverityCounts[]>;
  /** The latest SUCCEEDED or PARTIAL session of each version. */
  latestSessionByVersion: DataLoader<string, AnalysisSession | null>;
  /** The production version of a project (`organizationId:projectId`), from projects; null without one. */
  productionVersion: DataLoader<string, string | null>;
  /** Whether a finished analysis of the version saw the finding (`findingId:versionId`). */
  seenInVersion: DataLoader<string, boolean>;
}

export function createAnalysisLoaders(em: EntityManager, access: AccessControl, directory: ReferenceDirectory, clock: Clock): AnalysisLoaders {
  const sessions = async () => new SessionRepository(em, await access.scope('analysis:read'));
  const findings = async () => new FindingRepository(em, await access.scope('analysis:read'));
  return {
    sessionById: loaderById(async (ids) => (await sessions()).findByIds(ids)),
    tasksBySession: loaderOfGroups(async (ids) => (await sessions()).tasksOf(ids), (task) => task.sessionId),
    artifactsBySession: loaderOfGroups(async (ids) => (await sessions()).artifactsOf(ids), (artifact) => artifact.sessionId ?? ''),
    findingById: loaderById(async (ids) => (await findings()).findByIds(ids)),
    countsBySession: loaderOfValues(async (ids) => (await findings()).countsBySession(ids, clock()), []),
    latestSessionByVersion: loaderOfValues<AnalysisSession | null>(async (ids) => (await sessions()).latestFinishedByVersion(ids), null),
    productionVersion: new DataLoader(async (keys: readonly string[]) => {
      const byOrganization = new Map<string, string[]>();
      for (const key of keys) {
        const [organizationId, projectId] = key.split(':') as [string, string];
        byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), projectId]);
      }
      const found = new Map<string, string>();
      await Promise.all(
        [...byOrganization].map(async ([organizationId, projectIds]) => {
          const lookup = await directory.projects(organizationId, { projectIds, versionIds: [] });
          for (const entry of lookup.productionVersions ?? []) found.set(`${organizationId}:${entry.projectId}`, entry.versionId);
        }),
      );
      return keys.map((key) => found.get(key) ?? null);
    }),
    seenInVersion: new DataLoader(async (keys: readonly string[]) => {
      const pairs = keys.map((key) => {
        const [findingId, versionId] = key.split(':') as [string, string];
        return { findingId, versionId };
      });
      const seen = await (await findings()).seenInVersion(pairs);
      return keys.map((key) => seen.has(key));
    }),
  };
}
