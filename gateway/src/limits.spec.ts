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
