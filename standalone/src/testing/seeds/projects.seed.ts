import { SeedCreateProjectDocument, SeedCreateVersionDocument, SeedRecordMeasurementsDocument, SeedSetBaselineDocument, type ProjectSettingsInput, type SetBaselineInput } from '@steward/client';
import type { SeedTarget } from '../stack.js';
import { uniqueSlug } from '../unique-names.js';
import type { SeededUser } from './identity.seed.js';
import type { SeededOrganization } from './organizations.seed.js';
import { seedRequest } from './seed-request.js';

/** Options of `seed(stack).project()`. */
export interface SeedProjectOptions {
  /** Who creates the project (and, by default, its versions and baselines); the organization's owner when omitted. */
  as?: SeededUser;
  name?: string;
  slug?: string;
  description?: string;
  settings?: ProjectSettingsInput;
}

/** A version created through the API. */
export interface SeededVersion {
  id: string;
  number: number;
  name: string;
  /** Records measured values for the version (replacing earlier values of the same metrics). */
  measure(values: Record<string, number>, as?: SeededUser): Promise<void>;
}

/** A project created through the API, with builders that add to it. */
export interface SeededProject {
  id: string;
  slug: string;
  name: string;
  organizationId: string;
  /** The user who created it. */
  creator: SeededUser;
  /** A new V1 version; names are unique per call unless given. */
  version(options?: { name?: string; modelConfig?: Record<string, unknown>; changelog?: string; as?: SeededUser }): Promise<SeededVersion>;
  /** Sets a quality-gate baseline (severity ERROR unless given); returns its id. */
  baseline(input: Omit<SetBaselineInput, 'projectId'>, as?: SeededUser): Promise<string>;
}

/** Creates a project in `org` and returns its builder. */
export async function seedProject(stack: SeedTarget, org: Pick<SeededOrganization, 'id' | 'owner'>, options: SeedProjectOptions = {}): Promise<SeededProject> {
  const creator = options.as ?? org.owner;
  const input = {
    organizationId: org.id,
    name: options.name ?? 'Test Project',
    slug: options.slug ?? uniqueSlug('project'),
    description: options.description ?? null,
    settings: options.settings ?? null,
  };
  const { createProject: created } = await seedRequest(stack, 'a project', SeedCreateProjectDocument, { input }, creator.accessToken);
  let versions = 0;
  return {
    ...created,
    organizationId: org.id,
    creator,
    async version(versionOptions = {}) {
      versions += 1;
      const versionInput = {
        projectId: created.id,
        name: versionOptions.name ?? `v${versions}-${Math.random().toString(36).slice(2, 6)}`,
        modelConfig: versionOptions.modelConfig ?? { model: 'gpt-4o-mini', temperature: 0.2 },
        changelog: versionOptions.changelog ?? `Version ${versions}.`,
      };
      const { createVersion: version } = await seedRequest(stack, 'a version', SeedCreateVersionDocument, { input: versionInput }, (versionOptions.as ?? creator).accessToken);
      return {
        ...version,
        async measure(values, as) {
          const measured = { versionId: version.id, values: Object.entries(values).map(([metric, value]) => ({ metric, value })) };
          await seedRequest(stack, 'measurements', SeedRecordMeasurementsDocument, { input: measured }, (as ?? creator).accessToken);
        },
      };
    },
    async baseline(baselineInput, as) {
      const input = { projectId: created.id, severity: 'ERROR' as const, ...baselineInput };
      return (await seedRequest(stack, 'a baseline', SeedSetBaselineDocument, { input }, (as ?? creator).accessToken)).setBaseline.id;
    },
  };
}
