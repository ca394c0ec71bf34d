import { AppError, NotFoundError, organizationIdOf, rule, type Permission } from '@steward/kernel';
import type { MetricsContext } from './metrics.context.js';

/**
 * Coarse shield rules shared by the metrics modules. They use `no_cache` because their inputs
 * (parents with bigint amounts) do not hash; grants are cached per request by AccessControl anyway.
 */

/** A signed-in user or an API key (usage is recorded by services as well as people). */
export { isPrincipal } from '@steward/kernel';

/**
 * The caller holds `permission` in the organization the field's `organizationId` argument names
 * (or its `input`'s, with `within: 'input'`); NOT_FOUND for other tenants, as the services answer.
 */
export function holdsInArgument(permission: Permission, within?: 'input') {
  return rule({ cache: 'no_cache' })(async (_parent, args: Record<string, unknown>, ctx: MetricsContext) => {
    try {
      await ctx.access.assert(organizationIdOf(within ? args[within] : args), permission);
      return true;
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  });
}

/** For entity types: the object's organization is one where the caller may read metrics (so `_entities` is no side door). */
export function readableObject(what: string) {
  return rule({ cache: 'no_cache' })(async (parent: { organizationId: string }, _args, ctx: MetricsContext) =>
    (await ctx.access.can(parent.organizationId, 'metrics:read')) || new NotFoundError(what),
  );
}
