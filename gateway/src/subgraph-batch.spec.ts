import { buildSchema, execute, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entityFetchDocument, mergeEntityFetches, splitBatchAnswer, type EntityFetch } from './subgraph-batch.js';

// A stand-in for a subgraph's entity field, enough to validate and run what a batch sends.
const schema = buildSchema(`
  scalar _Any
  union _Entity = Project | Version
  type Project { id: ID! usage(days: Int): Int name: String }
  type Version { id: ID! gate: String }
  type Query { _entities(representations: [_Any!]!): [_Entity]! project(id: ID!): Project }
`);
const rootValue = {
  _entities: ({ representations }: { representations: { __typename: string; id: string }[] }) =>
    representations.map((r) => (r.__typename === 'Project' ? { __typename: 'Project', id: r.id, usage: ({ days }: { days?: number }) => days ?? 0, name: `P${r.id}` } : { __typename: 'Version', id: r.id, gate: `G${r.id}` })),
};

const fetchOf = (query: string, variables: Record<string, unknown>): EntityFetch => ({ query, document: entityFetchDocument(query)!, variables, operationName: 'Dash__metrics__1' });

describe('entityFetchDocument', () => {
  it('takes a query whose one root field is an unaliased _entities, and nothing else', () => {
    expect(entityFetchDocument('query Q($representations:[_Any!]!){_entities(representations:$representations){...on Project{name}}}')).not.toBeNull();
    expect(entityFetchDocument('query{project(id:"1"){name}}')).toBeNull();
    expect(entityFetchDocument('mutation($representations:[_Any!]!){_entities(representations:$representations){__typename}}')).toBeNull();
    expect(entityFetchDocument('query($r:[_Any!]!){e:_entities(representations:$r){__typename}}')).toBeNull();
    expect(entityFetchDocument('query($r:[_Any!]!){_entities(representations:$r){__typename} project(id:"1"){name}}')).toBeNull();
    expect(entityFetchDocument('query($r:[_Any!]!) @live {_entities(representations:$r){__typename}}')).toBeNull();
    expect(entityFetchDocument('query{')).toBeNull();
  });
});

describe('mergeEntityFetches', () => {
  it('asks each fetch under its own alias, with variables and fragments renamed apart, and each gets what it would alone', async () => {
    // Both fetches use $representations, $days and a fragment named F, with different meanings.
    const a = fetchOf('query Dash__metrics__1($representations:[_Any!]!,$days:Int){_entities(representations:$representations){...F}} fragment F on Project{usage(days:$days)}', {
      representations: [{ __typename: 'Project', id: '1' }, { __typename: 'Project', id: '2' }],
      days: 7,
    });
    const b = fetchOf('query Dash__metrics__2($representations:[_Any!]!,$days:Int){_entities(representations:$representations){...F ...on Version{gate}}} fragment F on Project{name usage(days:$days)}', {
      representations: [{ __typename: 'Version', id: '9' }, { __typename: 'Project', id: '3' }],
      days: 30,
    });
    const batch = mergeEntityFetches([a, b]);
    expect(batch.operationName).toBe('Dash__metrics__1__batch');
    expect(validate(schema, parse(batch.query))).toEqual([]);
    expect(batch.variables).toEqual({ b0_representations: a.variables.representations, b0_days: 7, b1_representations: b.variables.representations, b1_days: 30 });

    const answer = await execute({ schema, document: batch.document, variableValues: batch.variables, rootValue });
    const [first, second] = splitBatchAnswer(answer as { data: Record<string, unknown> }, 2);
    const alone = async (fetch: EntityFetch) => execute({ schema, document: parse(fetch.query), variableValues: fetch.variables, rootValue });
    expect(first).toEqual({ ...(await alone(a)), errors: undefined });
    expect(second).toEqual({ ...(await alone(b)), errors: undefined });
    expect(second!.data).toEqual({ _entities: [{ gate: 'G9' }, { name: 'P3', usage: 30 }] });
  });

  it('builds a batch once per set of fetch texts and binds each request its own values', () => {
    const query = 'query($representations:[_Any!]!){_entities(representations:$representations){...on Project{name}}}';
    const first = mergeEntityFetches([fetchOf(query, { representations: [1] }), fetchOf(query, { representations: [2] })]);
    const again = mergeEntityFetches([fetchOf(query, { representations: [3] }), fetchOf(query, { representations: [4] })]);
    expect(again.document).toBe(first.document);
    expect(again.variables).toEqual({ b0_representations: [3], b1_representations: [4] });
  });
});

describe('splitBatchAnswer', () => {
  it('gives each fetch the errors under its alias, with paths from _entities, and every error without a path', () => {
    const unauthenticated: { message: string; path?: (string | number)[]; extensions: object } = { message: 'no', extensions: { code: 'UNAUTHENTICATED' } };
    const answer = {
      data: { b0: [{ usage: null }], b1: [{ gate: 'x' }, null] },
      errors: [
        { message: 'a', path: ['b0', 0, 'usage'], extensions: { code: 'FORBIDDEN' } },
        { message: 'b', path: ['b1', 1], extensions: { code: 'NOT_FOUND' } },
        unauthenticated,
      ],
    };
    expect(splitBatchAnswer(answer, 2)).toEqual([
      { data: { _entities: [{ usage: null }] }, errors: [{ message: 'a', path: ['_entities', 0, 'usage'], extensions: { code: 'FORBIDDEN' } }, unauthenticated] },
      { data: { _entities: [{ gate: 'x' }, null] }, errors: [{ message: 'b', path: ['_entities', 1], extensions: { code: 'NOT_FOUND' } }, unauthenticated] },
    ]);
  });

  it('answers null data to every fetch when the batch has none', () => {
    const failed = { data: null, errors: [{ message: 'boom', path: ['b1', 0] }] };
    expect(splitBatchAnswer(failed, 2)).toEqual([
      { data: null, errors: undefined },
      { data: null, errors: [{ message: 'boom', path: ['_entities', 0] }] },
    ]);
  });
});
