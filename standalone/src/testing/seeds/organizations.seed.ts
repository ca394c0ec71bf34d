import { SeedAcceptDocument, SeedCreateApiKeyDocument, SeedCreateOrganizationDocument, SeedCreateRoleDocument, SeedInviteDocument } from '@steward/client';
import { mailSentBy } from '../mail.js';
import type { SeedTarget } from '../stack.js';
import { uniqueSlug } from '../unique-names.js';
import type { SeededUser } from './identity.seed.js';
import { seedRequest } from './seed-request.js';

/** A built-in role of every organization. */
export type BuiltInRole = 'owner' | 'admin' | 'member' | 'viewer';

/** A member who joined an organization by invitation. */
export interface SeededMember extends SeededUser {
  membershipId: string;
  roleId: string;
}

/** An API key (service account) of an organization; send `secret` as `Authorization: Bearer <secret>`. */
export interface SeededApiKey {
  id: string;
  secret: string;
  roleId: string;
}

/** An organization created through the API, with builders that add to it. */
export interface SeededOrganization {
  id: string;
  slug: string;
  name: string;
  /** The user who created it, its first owner. */
  owner: SeededUser;
  /** Ids of the built-in roles. */
  roles: Record<BuiltInRole, string>;
  /**
   * A new user with a verified email (or `user`, whose email must be verified) who joined by
   * accepting an invitation with `role`: a built-in role's name or a role id.
   */
  member(role?: BuiltInRole | string, user?: SeededUser): Promise<SeededMember>;
  /** A custom role with these permissions (and optionally a parent role); returns its id. */
  role(permissions: string[], options?: { name?: string; parentRoleId?: string }): Promise<string>;
  /** An API key acting with `role`: a built-in role's name or a role id. */
  apiKey(role?: BuiltInRole | string, options?: { name?: string; expiresAt?: string }): Promise<SeededApiKey>;
}

/** What `seed(stack).org()` may be told; everything else gets a unique default. */
export interface SeedOrganizationOptions {
  name?: string;
  slug?: string;
  maxMembers?: number;
}

/**
 * Creates an organization owned by `owner` and returns its builder. `newMember` makes the verified
 * user `member()` invites when given none (identity's seed, passed in so this module needs no other).
 */
export async function seedOrganization(
  stack: SeedTarget,
  owner: SeededUser,
  newMember: () => Promise<SeededUser>,
  options: SeedOrganizationOptions = {},
): Promise<SeededOrganization> {
  const input = { name: options.name ?? 'Test Organization', slug: options.slug ?? uniqueSlug(), maxMembers: options.maxMembers ?? null };
  const { createOrganization: created } = await seedRequest(stack, 'an organization', SeedCreateOrganizationDocument, { input }, owner.accessToken);
  const roles = Object.fromEntries((created.roles ?? []).flatMap((role) => (role.builtIn ? [[role.builtIn, role.id]] : []))) as Record<BuiltInRole, string>;
  const roleId = (role: BuiltInRole | string) => (role in roles ? roles[role as BuiltInRole] : role);
  return {
    id: created.id,
    slug: created.slug ?? input.slug,
    name: created.name ?? input.name,
    owner,
    roles,
    async member(role = 'member', existing) {
      const user = existing ?? (await newMember());
      // An existing user's earlier invitation must not be taken for this one.
      const mail = await mailSentBy(stack, user.email, /You are invited/, () =>
        seedRequest(stack, 'an invitation', SeedInviteDocument, { input: { organizationId: created.id, email: user.email, roleId: roleId(role) } }, owner.accessToken),
      );
      const token = decodeURIComponent(mail.token ?? '');
      const { acceptInvitation } = await seedRequest(stack, 'an acceptance', SeedAcceptDocument, { token }, user.accessToken);
      if (!acceptInvitation.role) throw new Error('Seeding an acceptance failed: the membership has no role');
      return { ...user, membershipId: acceptInvitation.id, roleId: acceptInvitation.role.id };
    },
    async role(permissions, roleOptions = {}) {
      const input = {
        organizationId: created.id,
        name: roleOptions.name ?? `Role ${Math.random().toString(36).slice(2, 8)}`,
        permissions,
        parentRoleId: roleOptions.parentRoleId ?? null,
      };
      return (await seedRequest(stack, 'a role', SeedCreateRoleDocument, { input }, owner.accessToken)).createRole.id;
    },
    async apiKey(role = 'member', keyOptions = {}) {
      const input = { organizationId: created.id, name: keyOptions.name ?? 'Test key', roleId: roleId(role), expiresAt: keyOptions.expiresAt ?? null };
      const { createApiKey } = await seedRequest(stack, 'an API key', SeedCreateApiKeyDocument, { input }, owner.accessToken);
      return { id: createApiKey.apiKey.id, secret: createApiKey.secret, roleId: roleId(role) };
    },
  };
}
