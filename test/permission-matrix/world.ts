import { isOwnerOnly, type Permission } from '@steward/kernel';
import type { SeededMember, SeededOrganization, SeededProject, TestStack } from '@steward/standalone/testing';

/** What a case is run for: the organization, the member acting and that member's role. */
export interface Fixture {
  org: SeededOrganization;
  actor: SeededMember;
  roleId: string;
}

/** A GraphQL operation a case sends as the actor. */
export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** One operation of the matrix: the permissions it needs and how to prepare a fresh target for it. */
export interface Case {
  field: string;
  variant?: string;
  needs: Permission[];
  prepare(fixture: Fixture): Promise<Operation>;
}

/**
 * The stack and organization every case runs against, set once by the matrix's `beforeAll` (cases
 * read them when they prepare, never at import).
 */
export const world = {
  stack: undefined as unknown as TestStack,
  org: undefined as unknown as SeededOrganization,
  project: undefined as unknown as SeededProject,
  /**
   * A role holding only `organization:read`: what members under management and invitations are given,
   * so that a custom role holding exactly `member:manage` or `member:invite` (plus what it implies) has
   * them within reach (nobody hands out or manages more than they hold).
   */
  directoryRole: '',
  /** Runs an operation as the owner to prepare a case; a refusal fails the case loudly. */
  async asOwner<T = Record<string, any>>(query: string, variables: Record<string, unknown>, target?: SeededOrganization): Promise<T> {
    const res = await world.stack.post<T>({ query, variables }, { token: (target ?? world.org).owner.accessToken });
    if (res.errors) throw new Error(`Preparing failed: ${JSON.stringify(res.errors)}`);
    return res.data!;
  },
};

export const op = (query: string, variables: Record<string, unknown> = {}): Operation => ({ query, variables });

/** What a custom role holding exactly `needs` may hold (owner-only permissions never go into a custom role). */
export const customPermissionsFor = (needs: Permission[]) => needs.filter((permission) => !isOwnerOnly(permission));
