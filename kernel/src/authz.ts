import type { GraphQLSchema } from 'graphql';
import { middleware, type IMiddleware } from 'graphql-middleware';
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

/** The permission each `holdsInOwningOrganization` rule checks, so `createPermissions` can answer it without shield once grants are loaded. */
const owningRules = new WeakMap<object, Permission>();

/** Per request (its AccessControl), per object: the answers of `holdsInOwningOrganization` already worked out. */
const decided = new WeakMap<AccessControl, WeakMap<object, Map<Permission, Promise<boolean>>>>();

/**
 * For entity types: passes when the caller holds `permission` in the organization that owns the
 * parent object. On the type, it also guards `_entities`, which bypasses every root field. Refused
 * with `refusal()` when given, else with the shield's FORBIDDEN. Not cached by shield (hashing large
 * parents costs more than the check); instead each object's answer is kept for the request, keyed by
 * the object itself, so a type's rule runs once per object, not once per selected field.
 */
export function holdsInOwningOrganization(permission: Permission, refusal?: () => Error) {
  const holds = (parent: { organizationId: string }, access: AccessControl): Promise<boolean> => {
    if (typeof parent !== 'object' || parent === null) return access.can(parent, permission);
    let objects = decided.get(access);
    if (!objects) decided.set(access, (objects = new WeakMap()));
    let answers = objects.get(parent);
    if (!answers) objects.set(parent, (answers = new Map()));
    let answer = answers.get(permission);
    if (!answer) answers.set(permission, (answer = access.can(parent.organizationId, permission)));
    return answer;
  };
  // Each refused field gets its own error.
  const owning = rule({ cache: 'no_cache' })(async (parent: { organizationId: string }, _args, ctx: { access: AccessControl }) => (await holds(parent, ctx.access)) || (refusal?.() ?? false));
  owningRules.set(owning, permission);
  return owning;
}

type FieldMiddleware = (resolve: (...args: unknown[]) => unknown, parent: unknown, args: unknown, ctx: unknown, info: unknown) => unknown;

/**
 * A `holdsInOwningOrganization` field's shield middleware with a synchronous way through: once the
 * request's grants are loaded and they hold `permission` in the parent's organization, the field's
 * own resolver runs directly. Shield would await the rule and the resolver, making every field of
 * every object of a page a chain of promises (graphql-js then resolves each object asynchronously);
 * the answer is the same. Anything else (grants not loaded yet, a refusal) goes through shield.
 */
function grantedFirst(permission: Permission, shielded: FieldMiddleware): FieldMiddleware {
  return (resolve, parent, args, ctx, info) => {
    const access = (ctx as { access?: Partial<AccessControl> } | null)?.access;
    if (typeof parent === 'object' && parent !== null && typeof access?.canNow === 'function') {
      if (access.canNow((parent as { organizationId: string }).organizationId, permission) === true) return resolve(parent, args, ctx, info);
    }
    return shielded(resolve, parent, args, ctx, info);
  };
}

/** The rule a field answers to in `rules`: its own, its type's `*`, the type's single rule, or the fallback. */
function ruleOf(rules: Record<string, unknown>, typeName: string, field: string, fallback: unknown): unknown {
  const forType = rules[typeName];
  if (forType === undefined) return fallback;
  if (!isFieldMap(forType)) return forType;
  return forType[field] ?? forType['*'] ?? fallback;
}

/**
 * Wraps a subgraph's rule map in graphql-shield: deny by default, always allow the federation
 * plumbing (`_service` and the `_Service` type, or composition breaks; `_entities`, whose entity
 * types carry their own rules), and let domain errors through with their codes.
 *
 * Fields whose rule is `allow` keep their own resolvers: shield would wrap each in an async
 * middleware that checks nothing, turning every plain field of a page (edges, page info, figures)
 * into promises. With domain errors let through, the answer is the same either way. Fields of
 * `holdsInOwningOrganization` types skip shield once the grants answer (see `grantedFirst`).
 */
export function createPermissions(rules: IRules) {
  const ruleMap = rules as Record<string, Record<string, unknown>>;
  const merged: Record<string, unknown> = {
    ...ruleMap,
    Query: { ...(ruleMap.Query ?? {}), _service: allow, _entities: allow },
    _Service: allow,
  };
  const guarded = shield(merged as IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => new ForbiddenError(),
  });
  return middleware((schema: GraphQLSchema) => {
    const fields = guarded.generate(schema) as Record<string, Record<string, unknown>>;
    for (const [typeName, byField] of Object.entries(fields)) {
      for (const field of Object.keys(byField)) {
        const fieldRule = ruleOf(merged, typeName, field, deny);
        if (fieldRule === allow) delete byField[field];
        const permission = typeof fieldRule === 'object' && fieldRule !== null ? owningRules.get(fieldRule) : undefined;
        if (permission && typeof byField[field] === 'function') byField[field] = grantedFirst(permission, byField[field] as FieldMiddleware);
      }
    }
    return fields as IMiddleware;
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
