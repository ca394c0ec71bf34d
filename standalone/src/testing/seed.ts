import type { SeedTarget } from './stack.js';
import { seedUser, seedVerifiedUser, type SeededUser, type SeedUserOptions } from './seeds/identity.seed.js';
import { seedOrganization, type SeededOrganization, type SeedOrganizationOptions } from './seeds/organizations.seed.js';
import { seedProject, type SeededProject, type SeedProjectOptions } from './seeds/projects.seed.js';
import { seedRepository, type SeededRepository, type SeedRepositoryOptions } from './seeds/repos.seed.js';

/** The fixture builder of one stack; every fixture is created through the gateway, as a client would. */
export interface SeedBuilder {
  /** A registered user with live tokens. */
  user(overrides?: SeedUserOptions): Promise<SeededUser>;
  /** A user who followed the mailed verification link (as a platform admin must have). */
  verifiedUser(overrides?: SeedUserOptions): Promise<SeededUser>;
  /**
   * An organization created by `owner` (a new user when omitted), with builders for members,
   * roles and API keys: `const org = await seed(stack).org(); const viewer = await org.member('viewer');`
   */
  org(options?: SeedOrganizationOptions & { owner?: SeededUser }): Promise<SeededOrganization>;
  /**
   * A project of `org`, created by its owner (or `options.as`), with builders for versions and
   * baselines: `const project = await seed(stack).project(org); const v1 = await project.version();`
   */
  project(org: Pick<SeededOrganization, 'id' | 'owner'>, options?: SeedProjectOptions): Promise<SeededProject>;
  /** A repository connected to `org` by its owner (or `options.as`), with its webhook secret and signed-delivery helpers. */
  repository(org: Pick<SeededOrganization, 'id' | 'owner'>, options?: SeedRepositoryOptions): Promise<SeededRepository>;
}

/** Fixture builder: `await seed(stack).user()`, `await seed(stack).org()` and its `.member()`, `.role()`, `.apiKey()`. */
export function seed(stack: SeedTarget): SeedBuilder {
  return {
    user: (overrides) => seedUser(stack, overrides),
    verifiedUser: (overrides) => seedVerifiedUser(stack, overrides),
    async org(options = {}) {
      return seedOrganization(stack, options.owner ?? (await seedUser(stack)), () => seedVerifiedUser(stack), options);
    },
    project: (org, options) => seedProject(stack, org, options),
    repository: (org, options) => seedRepository(stack, org, options),
  };
}
