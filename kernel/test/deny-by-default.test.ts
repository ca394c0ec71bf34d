import { describe, expect, it } from 'vitest';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, graphqlSync, parse } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { AccessControl, allow, createPermissions, holdsInOwningOrganization, type Caller, type GrantsSource } from '@steward/kernel';

// A tiny subgraph composed as every Steward subgraph is (buildSubgraphSchema, then shield with the
// kernel's createPermissions): whatever a module forgets to rule is refused, and the federation
// plumbing keeps working.
const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Widget @key(fields: "id") {
    id: ID!
    "Has a rule."
    name: String
    "Has none: a new field somebody forgot to rule."
    secret: String
  }

  type Query {
    "Has a rule."
    widget: Widget
    "Has none."
    unruled: String
  }
`);
const widget = { id: 'w1', name: 'Widget', secret: 'hidden' };
const resolvers = {
  Query: { widget: () => widget, unruled: () => 'should never be seen' },
  Widget: { __resolveReference: (reference: { id: string }) => (reference.id === widget.id ? widget : null) },
};
const schema = applyMiddleware(
  buildSubgraphSchema({ typeDefs, resolvers }),
  createPermissions({ Query: { widget: allow }, Widget: { id: allow, name: allow } }),
);
const caller: Caller = { kind: 'user', userId: 'u1', sessionId: null };
const run = (source: string, variableValues?: Record<string, unknown>) => graphql({ schema, source, variableValues, contextValue: { caller } });

describe('createPermissions on a subgraph schema', () => {
  it('refuses a root field without a rule with FORBIDDEN, and answers the ruled one', async () => {
    const res = await run('{ unruled widget { id name } }');
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions.code])).toEqual([['unruled', 'FORBIDDEN']]);
    expect(res.data).toEqual({ unruled: null, widget: { id: 'w1', name: 'Widget' } });
  });

  it('leaves fields ruled `allow` unwrapped: a selection of only such fields resolves synchronously', () => {
    // Shield would wrap each in an async check that checks nothing, making every field a promise.
    const res = graphqlSync({ schema, source: '{ widget { id name } }', contextValue: { caller } });
    expect(res).toEqual({ data: { widget: { id: 'w1', name: 'Widget' } } });
    expect(() => graphqlSync({ schema, source: '{ widget { secret } }', contextValue: { caller } })).toThrow(/synchronously/);
  });

  it('refuses an entity field without a rule, also when asked through _entities', async () => {
    const direct = await run('{ widget { secret } }');
    expect(direct.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const entities = await run('query($r: [_Any!]!) { _entities(representations: $r) { ... on Widget { name secret } } }', { r: [{ __typename: 'Widget', id: 'w1' }] });
    expect(entities.errors?.map((e) => [e.path?.join('.'), e.extensions.code])).toEqual([['_entities.0.secret', 'FORBIDDEN']]);
    expect(entities.data).toEqual({ _entities: [{ name: 'Widget', secret: null }] });
  });

  it('still answers _service { sdl } with the full subgraph SDL, which composition needs', async () => {
    const res = await run('{ _service { sdl } }');
    expect(res.errors).toBeUndefined();
    const sdl = (res.data as { _service: { sdl: string } })._service.sdl;
    expect(sdl).toContain('type Widget');
    expect(sdl).toContain('unruled: String');
    expect(sdl).toMatch(/@key\(fields: "id"\)/);
  });
});

describe('holdsInOwningOrganization once the grants are loaded', () => {
  const readable = '0b8c6f0e-3f2a-4c1e-9d7b-2a5e8f1c3d4b';
  const other = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
  const mine = { id: 'g1', name: 'Readable', organizationId: readable };
  const theirs = { id: 'g2', name: 'Elsewhere', organizationId: other };
  const guarded = applyMiddleware(
    buildSubgraphSchema({
      typeDefs: parse(/* GraphQL */ `
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
        type Gadget @key(fields: "id") {
          id: ID
          name: String
        }
        type Query {
          gadgets: [Gadget]
          myGadgets: [Gadget]
        }
      `),
      resolvers: { Query: { gadgets: () => [mine, theirs], myGadgets: () => [mine] } },
    }),
    createPermissions({ Query: { gadgets: allow, myGadgets: allow }, Gadget: holdsInOwningOrganization('project:read') }),
  );
  const grants: GrantsSource = { grantsFor: async () => [{ organizationId: readable, permissions: ['project:read'] }] };
  const loadedAccess = async () => {
    const access = new AccessControl(caller, grants);
    await access.can(readable, 'project:read');
    return access;
  };

  it('answers as before the grants were loaded, refusing each field of another organization with FORBIDDEN', async () => {
    const source = '{ gadgets { id name } }';
    const before = await graphql({ schema: guarded, source, contextValue: { caller, access: new AccessControl(caller, grants) } });
    const after = await graphql({ schema: guarded, source, contextValue: { caller, access: await loadedAccess() } });
    for (const res of [before, after]) {
      expect(res.data).toEqual({ gadgets: [{ id: 'g1', name: 'Readable' }, { id: null, name: null }] });
      expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions.code])).toEqual([
        ['gadgets.1.id', 'FORBIDDEN'],
        ['gadgets.1.name', 'FORBIDDEN'],
      ]);
    }
  });

  it('resolves the fields of readable objects synchronously: no promise per field once the grants answer', async () => {
    const res = graphqlSync({ schema: guarded, source: '{ myGadgets { id name } }', contextValue: { caller, access: await loadedAccess() } });
    expect(res).toEqual({ data: { myGadgets: [{ id: 'g1', name: 'Readable' }] } });
  });
});
