import { allow, deny, rule, shield } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { principalOf, type AccessControl } from './access.js';
import type { Caller } from './caller.js';
import type { Permission } from './permissions.js';

export { allow, deny, rule, and, or, not } from 'graphql-shield';
export type { IRules };

/** Passes for a signed-in user; otherwise answers UNAUTHENTICATED. */
export const isAuthenticated = rule({ cache: 'contextual' })(
  (_parent, _args, ctx: { caller: Caller }) => ctx.caller.kind === 'user' || new UnauthenticatedError(),
);

/**
 * Passes for any principal that can hold grants — a signed-in user or an API key — and answers
 * UNAUTHENTICATED otherwise. Use it where the resolver checks an organization permission itself,
 * so automation with an API key works wherever the key's role allows.
 */
export const isPrincipal = rule({ cache: 'contextual' })(
  (_parent, _args, ctx: { caller: Caller }) => principalOf(ctx.caller) !== null || new UnauthenticatedError(),
);

/**
 * For entity types: passes when the caller holds `permission` in the organization that owns the
 * parent object. On the type, it also guards `_entities`, which bypasses every root field. Refused
 * with `refusal()` when given, else with the shield's FORBIDDEN. Not cached: the check is a lookup
 * in grants fetched once per request, while hashing large parents for shield's cache costs more.
 */
export function holdsInOwningOrganization(permission: Permission, refusal?: () => Error) {
  return rule({ cache: 'no_cache' })(
    async (parent: { organizationId: string }, _args, ctx: { access: AccessControl }) =>
      (await ctx.access.can(parent.organizationId, permission)) || (refusal?.() ?? false),
  );
}

/**
 * Wraps a subgraph's rule map in graphql-shield: deny by default, always allow the federation
 * plumbing (`_service` and the `_Service` type, or composition breaks; `_entities`, whose entity
 * types carry their own rules), and let domain errors through with their codes.
 */
export function createPermissions(rules: IRules) {
  const ruleMap = rules as Record<string, Record<string, unknown>>;
  const merged = {
    ...ruleMap,
    Query: { ...(ruleMap.Query ?? {}), _service: allow, _entities: allow },
    _Service: allow,
  };
  return shield(merged as IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => new ForbiddenError(),
  });
}

const isFieldMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Assembles module rule maps into one. A type may have a single rule or a field map, never both,
 * and a field ruled twice is a mistake, so both throw.
 */
export function mergeRules(maps: IRules[]): IRules {
  const out: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [typeName, value] of Object.entries(map as Record<string, unknown>)) {
      const existing = out[typeName];
      if (existing === undefined) {
        out[typeName] = isFieldMap(value) ? { ...value } : value;
        continue;
      }
      if (!isFieldMap(existing) || !isFieldMap(value)) throw new Error(`Rules for ${typeName} are defined by two modules.`);
      for (const [field, fieldRule] of Object.entries(value)) {
        if (field in existing) throw new Error(`Rule ${typeName}.${field} is defined by two modules.`);
        existing[field] = fieldRule;
      }
    }
  }
  return out as IRules;
}
