import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { nonFiniteNumberLiteral, operationLimitsRule } from './limits.js';

const schema = buildSchema(`
  type Node { id: ID! child: Node }
  type Query { node: Node }
`);
const check = (query: string, limits = { maxDepth: 3, maxAliases: 2 }) =>
  validate(schema, parse(query), [operationLimitsRule(limits)]).map((error) => error.message);

describe('operation limits', () => {
  it('allows an operation exactly at the depth limit', () => {
    expect(check('{ node { child { id } } }')).toEqual([]);
  });

  it('refuses an operation one level deeper than the limit', () => {
    expect(check('{ node { child { child { id } } } }')).toEqual(['The operation is nested 4 levels deep; the limit is 3.']);
  });

  it('follows named and inline fragments when measuring depth', () => {
    const query = `
      query { node { ...A } }
      fragment A on Node { child { ... on Node { child { id } } } }
    `;
    expect(check(query)[0]).toMatch(/nested 4 levels/);
  });

  it('does not loop on a fragment that spreads itself', () => {
    expect(() => check('query { node { ...A } } fragment A on Node { child { ...A } }')).not.toThrow();
  });

  it('counts aliases across the operation', () => {
    expect(check('{ a: node { id } b: node { id } }')).toEqual([]);
    expect(check('{ a: node { id } b: node { x: id } c: node { id } }')).toEqual(['The operation uses 4 aliases; the limit is 2.']);
  });

  it('measures a document whose fragments each spread the next one twice in time linear in its size', () => {
    // 60 fragments: walking every expansion would visit 2^60 fields and never finish; each fragment is measured once.
    const count = 60;
    const fragments = Array.from({ length: count }, (_, i) =>
      i === count - 1 ? `fragment F${i} on Node { a: id }` : `fragment F${i} on Node { ...F${i + 1} child { ...F${i + 1} } }`,
    );
    const errors = check(`query { node { ...F0 } } ${fragments.join(' ')}`, { maxDepth: 100, maxAliases: 30 });
    // 2^59 aliases once every expansion is counted: beyond exact integers, so the message says so.
    expect(errors).toEqual(['The operation uses more than 9007199254740991 aliases; the limit is 30.']);
  });

  it('measures fragments spread twice side by side (no depth to stop at) just as fast', () => {
    const count = 60;
    const fragments = Array.from({ length: count }, (_, i) =>
      i === count - 1 ? `fragment F${i} on Node { id }` : `fragment F${i} on Node { ...F${i + 1} ... on Node { ...F${i + 1} } }`,
    );
    expect(check(`query { node { ...F0 } } ${fragments.join(' ')}`)).toEqual([]);
  });

  it('counts the aliases of a fragment once per place it is spread', () => {
    const query = 'query { a: node { ...F } b: node { ...F } } fragment F on Node { x: id }';
    expect(check(query, { maxDepth: 3, maxAliases: 3 })).toEqual(['The operation uses 4 aliases; the limit is 3.']);
  });

  it('does not count introspection fields toward depth', () => {
    expect(check('{ node { child { __typename } } }')).toEqual([]);
  });
});

describe('number literals', () => {
  it('names the argument path of a literal too large for a double', () => {
    expect(nonFiniteNumberLiteral(parse('mutation { setBaseline(input: { projectId: "p", threshold: 1e400 }) { id } }'))).toBe('input.threshold');
    expect(nonFiniteNumberLiteral(parse('{ node(first: 1' + '0'.repeat(400) + ') { id } }'))).toBe('first');
  });

  it('accepts large but finite literals', () => {
    expect(nonFiniteNumberLiteral(parse('mutation { setBaseline(input: { threshold: 1.7e308, list: [1, 2.5] }) { id } }'))).toBeNull();
  });
});
