import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  visit,
  type ASTVisitor,
  type DocumentNode,
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

/**
 * Finds the first number literal in `document` too large for a double (`1e400`), naming it by
 * its argument path (`input.threshold`). GraphQL's Float would read it as Infinity, which no
 * subgraph can receive; variables need no check because Float refuses Infinity there already.
 */
export function nonFiniteNumberLiteral(document: DocumentNode): string | null {
  const path: string[] = [];
  let found: string | null = null;
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    FloatValue(node) {
      if (!found && !Number.isFinite(Number(node.value))) found = path.join('.') || node.value;
    },
    IntValue(node) {
      if (!found && !Number.isFinite(Number(node.value))) found = path.join('.') || node.value;
    },
  });
  return found;
}

/** Answers BAD_USER_INPUT (HTTP 400) naming the argument when an operation holds a non-finite number literal. */
export const finiteNumbersPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document }) {
        const field = nonFiniteNumberLiteral(document);
        if (field) {
          throw new GraphQLError(`${field}: the number is too large to represent.`, {
            extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
          });
        }
      },
    };
  },
};
