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

/** How deep a selection set reaches and how many aliases it holds with its fragments expanded. */
interface SelectionMeasure {
  depth: number;
  aliases: number;
}

/**
 * Refuses operations nested deeper than `maxDepth` fields (fragments are followed, cycles are
 * reported by GraphQL's own rules) and operations with more than `maxAliases` aliases.
 *
 * Each fragment is measured once per document and its result reused wherever it is spread, so the
 * work is linear in the document's size. Walking every expansion instead costs time that doubles
 * with each fragment that spreads the next one twice: 22 such fragments (904 bytes) froze the
 * gateway for seconds. Alias counts still add up per expansion, as the operation would execute them.
 */
export function operationLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const measured = new Map<string, SelectionMeasure>();
    const inProgress = new Set<string>();
    const NOTHING: SelectionMeasure = { depth: 0, aliases: 0 };

    const measureFragment = (name: string): SelectionMeasure => {
      const known = measured.get(name);
      if (known) return known;
      const fragment = fragments.get(name);
      // A cycle is GraphQL's own rule to report; here it contributes nothing.
      if (!fragment || inProgress.has(name)) return NOTHING;
      inProgress.add(name);
      const measure = measureSet(fragment.selectionSet);
      inProgress.delete(name);
      measured.set(name, measure);
      return measure;
    };

    const measureSet = (selectionSet: SelectionSetNode): SelectionMeasure => {
      let depth = 0;
      let aliases = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) aliases += 1;
          if (selection.name.value.startsWith('__')) continue;
          const inner = selection.selectionSet ? measureSet(selection.selectionSet) : NOTHING;
          depth = Math.max(depth, inner.depth + 1);
          aliases += inner.aliases;
        } else {
          const inner = selection.kind === Kind.INLINE_FRAGMENT ? measureSet(selection.selectionSet) : measureFragment(selection.name.value);
          depth = Math.max(depth, inner.depth);
          aliases += inner.aliases;
        }
      }
      return { depth, aliases };
    };

    return {
      OperationDefinition(node) {
        const { depth, aliases } = measureSet(node.selectionSet);
        if (depth > limits.maxDepth) {
          context.reportError(limitError(`The operation is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`));
        }
        if (aliases > limits.maxAliases) {
          const shown = Number.isSafeInteger(aliases) ? String(aliases) : 'more than 9007199254740991';
          context.reportError(limitError(`The operation uses ${shown} aliases; the limit is ${limits.maxAliases}.`));
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
