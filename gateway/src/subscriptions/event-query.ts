import {
  Kind,
  OperationTypeNode,
  visit,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/** Name of the variable that carries the event id into the event query. */
export const EVENT_ID_VARIABLE = '__stewardEventId';

/**
 * Rewrites `subscription { alias: field(args) { …selection } }` into
 * `query { alias: queryField(id: $__stewardEventId) { …selection } }`, keeping fragments and only
 * the variables the selection still uses, so the result has exactly the shape the subscriber asked for.
 */
export function buildEventQuery(operation: OperationDefinitionNode, fragments: FragmentDefinitionNode[], root: FieldNode, queryField: string): DocumentNode {
  const field: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: root.alias?.value ?? root.name.value },
    name: { kind: Kind.NAME, value: queryField },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'id' },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_ID_VARIABLE } },
      },
    ],
    directives: [],
    selectionSet: root.selectionSet,
  };
  const used = new Set<string>([EVENT_ID_VARIABLE]);
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(variable) {
        used.add(variable.name.value);
      },
    });
  if (root.selectionSet) collect(root.selectionSet);
  for (const fragment of fragments) collect(fragment);
  const query: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: OperationTypeNode.QUERY,
    name: { kind: Kind.NAME, value: `${operation.name?.value ?? 'Subscription'}Event` },
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter((definition) => used.has(definition.variable.name.value)),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_ID_VARIABLE } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
      },
    ],
    directives: [],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
  };
  return { kind: Kind.DOCUMENT, definitions: [query, ...fragments] };
}
