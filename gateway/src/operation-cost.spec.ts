import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost, type CostModel } from './operation-cost.js';

const schema = buildSchema(`
  type Query { me: User, organizations: [Organization!]!, organization(id: ID!): Organization }
  type User { id: ID!, name: String }
  type Organization { id: ID!, owner: User, parent: Organization, projects(first: Int): ProjectConnection!, tags: [String!]! }
  type ProjectConnection { edges: [ProjectEdge!]!, nodes: [Project!]! }
  type ProjectEdge { node: Project! }
  type Project { id: ID!, name: String, organization: Organization! }
`);
const model: CostModel = { listSize: 10, entityWeight: 2, entityTypes: new Set(['User', 'Organization']) };
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), undefined, variables, model);

describe('operationCost', () => {
  it('counts each field once, and an entity-valued field its weight more', () => {
    expect(cost('{ me { id name } }')).toBe(3 + 2);
  });

  it('multiplies what is under a connection by first (a variable or a literal, 20 without), and its edges only once', () => {
    const query = 'query ($n: Int) { organization(id: "1") { projects(first: $n) { edges { node { id name } } } } }';
    // organization 3 + projects (1 + n × (edges 1 + node 1 + 2 fields))
    expect(cost(query, { n: 5 })).toBe(3 + 1 + 5 * 4);
    expect(cost(query, {})).toBe(3 + 1 + 20 * 4);
    expect(cost('{ organization(id: "1") { projects(first: 2) { nodes { id } } } }')).toBe(3 + 1 + 2 * 2);
  });

  it('multiplies what is under another list by the assumed list size', () => {
    expect(cost('{ organizations { id owner { id } } }')).toBe(3 + 10 * (1 + 4));
  });

  it('prices fragments once however often they are spread, so a tree of spreads costs linear time', () => {
    const depth = 40;
    const fragments = Array.from({ length: depth }, (_, i) => `fragment F${i} on Organization { owner { id } ${i + 1 < depth ? `a: parent { ...F${i + 1} } b: parent { ...F${i + 1} }` : ''} }`);
    // Each level spreads the next twice: walking every expansion would take 2^40 steps.
    const query = `{ organization(id: "1") { ...F0 } } ${fragments.join(' ')}`;
    const started = performance.now();
    const price = operationCost(schema, parse(query, { maxTokens: 100_000 }), undefined, {}, model);
    expect(performance.now() - started).toBeLessThan(50);
    expect(price).toBeGreaterThan(2 ** 40);
  });
});

describe('the default cost limit', () => {
  it('lets every operation the typed client ships run at the largest page size, and refuses the nested-lists attack', async () => {
    const { readFileSync } = await import('node:fs');
    const { Kind: Kinds, parse: parseDocument } = await import('graphql');
    const { z } = await import('zod');
    const { parseEnv } = await import('@steward/kernel');
    const { apiSchemaFromSupergraph } = await import('./supergraph.js');
    const { gatewayEnvShape, gatewayLimits } = await import('./gateway.env.js');
    const { entityTypesOf } = await import('./operation-cost.js');
    const sdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
    const api = apiSchemaFromSupergraph(sdl);
    const { cost: settings } = gatewayLimits(parseEnv(z.object(gatewayEnvShape), {}));
    const defaults: CostModel = { listSize: settings.listSize, entityWeight: settings.entityWeight, entityTypes: entityTypesOf(sdl) };
    const manifest = JSON.parse(readFileSync(new URL('../../client/src/__generated__/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    const over = Object.values(manifest).flatMap((text) => {
      const document = parseDocument(text);
      return document.definitions.flatMap((definition) => {
        if (definition.kind !== Kinds.OPERATION_DEFINITION) return [];
        const price = operationCost(api, document, definition.name?.value, { first: 100 }, defaults);
        return price > settings.maxCost ? [`${definition.name?.value}: ${price}`] : [];
      });
    });
    expect(over).toEqual([]);
    const attack = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: myOrganizations { projects { edges { node { versions { edges { node { project { versions { edges { node { id } } } } } } } } } } }`).join(' ')} }`;
    expect(operationCost(api, parseDocument(attack), undefined, {}, defaults)).toBeGreaterThan(settings.maxCost);
  });
});
