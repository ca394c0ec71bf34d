import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Limits applied to every operation before it is planned. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
}

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
}

/**
 * Refuses operations nested deeper than `maxDepth` fields (fragments are followed, cycles are
 * reported by GraphQL's own rules) and operations with more than `maxAliases` aliases.
 */
export function operationLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const measure = (selectionSet: SelectionSetNode, depth: number, seen: Set<string>, counts: { aliases: number }): number => {
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) counts.aliases += 1;
          if (selection.name.value.startsWith('__')) continue;
          const next = selection.selectionSet ? measure(selection.selectionSet, depth + 1, seen, counts) : depth + 1;
          deepest = Math.max(deepest, next);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, measure(selection.selectionSet, depth, seen, counts));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          deepest = Math.max(deepest, measure(fragment.selectionSet, depth, new Set([...seen, name]), counts));
        }
        if (deepest > limits.maxDepth) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const counts = { aliases: 0 };
        const depth = measure(node.selectionSet, 0, new Set(), counts);
        if (depth > limits.maxDepth) {
          context.reportError(limitError(`The operation is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`));
        }
        if (counts.aliases > limits.maxAliases) {
          context.reportError(limitError(`The operation uses ${counts.aliases} aliases; the limit is ${limits.maxAliases}.`));
        }
      },
    };
  };
}
