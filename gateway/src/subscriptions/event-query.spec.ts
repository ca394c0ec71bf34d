import { describe, expect, it } from 'vitest';
import { Kind, parse, print, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { buildEventQuery } from './event-query.js';

function rewrite(source: string, queryField = 'llmUsageBatch'): string {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  return print(buildEventQuery(operation, fragments, operation.selectionSet.selections[0] as FieldNode, queryField));
}

describe('event query', () => {
  it('turns the subscription field into the query field fetched by event id, keeping the selection', () => {
    const out = rewrite('subscription Live($org: ID!) { llmUsageRecorded(organizationId: $org) { id costUsd project { name } } }');
    expect(out).toBe(
      'query LiveEvent($__stewardEventId: ID!) {\n  llmUsageRecorded: llmUsageBatch(id: $__stewardEventId) {\n    id\n    costUsd\n    project {\n      name\n    }\n  }\n}',
    );
  });

  it('keeps the subscriber’s alias as the result key', () => {
    expect(rewrite('subscription { usage: llmUsageRecorded(organizationId: "o") { id } }')).toContain('usage: llmUsageBatch(id: $__stewardEventId)');
  });

  it('keeps variables the selection still uses and fragments it spreads', () => {
    const out = rewrite(`
      subscription ($org: ID!, $size: Int) { llmUsageRecorded(organizationId: $org) { ...F } }
      fragment F on LlmUsageBatch { id thumbnail(size: $size) }
    `);
    expect(out).toContain('($size: Int, $__stewardEventId: ID!)');
    expect(out).not.toContain('$org');
    expect(out).toContain('fragment F on LlmUsageBatch');
  });
});
