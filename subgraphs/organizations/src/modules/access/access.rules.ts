import { ForbiddenError, UnauthenticatedError, rule, type Permission } from '@steward/kernel';
import type { OrganizationsContext } from '../../organizations.context.js';

/** Signed-in users and API keys (the kernel's `isAuthenticated` admits users only). */
export { isPrincipal } from '@steward/kernel';

/**
 * Signed-in users only: anonymous callers get UNAUTHENTICATED, API keys FORBIDDEN (a key acts
 * inside its organization and cannot create, join or leave one).
 */
export const isUser = rule({ cache: 'contextual' })((_parent, _args, ctx: OrganizationsContext) => {
  if (ctx.caller.kind === 'user') return true;
  return ctx.caller.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError('Only a signed-in user can do this, not an API key.');
});

/** What an API key is told when it tries to manage access. */
export const PEOPLE_ONLY_MESSAGE =
  'API keys cannot manage access (API keys, members, invitations, roles, SSO) or delete the organization: what a key creates would outlive its revocation. Sign in as a person to do this.';

/**
 * Signed-in people only, for mutations that create or change who has access (API keys, members,
 * invitations, roles, SSO) or end the tenant: API keys get FORBIDDEN saying why, since what a
 * leaked key created would keep working after the key is revoked.
 */
export const isPerson = rule({ cache: 'contextual' })((_parent, _args, ctx: OrganizationsContext) => {
  if (ctx.caller.kind === 'user') return true;
  if (ctx.caller.kind === 'anonymous') return new UnauthenticatedError();
  return new ForbiddenError(PEOPLE_ONLY_MESSAGE);
});

/**
 * Passes when the caller holds `permission` in the organization the parent object belongs to.
 * Put on entity types' fields, it also guards `_entities`, which bypasses every root field.
 */
export function holdsIn<P>(permission: Permission, organizationOf: (parent: P) => string) {
  return rule({ cache: 'no_cache' })(
    async (parent: P, _args, ctx: OrganizationsContext) =>
      (await ctx.access.can(organizationOf(parent), permission)) || new ForbiddenError(`You need the ${permission} permission in this organization.`),
  );
}
