import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { BoundedCache } from './bounded-cache.js';

/**
 * Batching of the entity fetches a query plan sends one subgraph in the same step.
 *
 * The planner's fetches of one parallel step often go to the same subgraph: the dashboard's step
 * after the projects page asks metrics for the projects' usage, the current versions' live values
 * and the versions' usage and live values, three `_entities` requests. Each would be an HTTP
 * request, a GraphQL request and a request context of its own on the subgraph, and the loads of
 * one could not share a statement with the others' (the current version is also among the
 * versions). Here they become one operation with one aliased `_entities` field per fetch, its
 * variables and fragments renamed apart, and the answer is split back into what each fetch would
 * have received on its own: its `_entities`, and its errors with their paths as they would have
 * been. Only read-only entity fetches are batched (a query whose one root field is `_entities`);
 * root fields and mutations go alone, in the plan's order.
 */

/** What a fetch sends: the operation, its text and its variables. */
export interface EntityFetch {
  query: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** One subgraph answer as the gateway's data sources return it. */
export interface SubgraphAnswer {
  data?: Record<string, unknown> | null;
  errors?: readonly { path?: readonly (string | number)[] }[];
}

/** Parsed fetch operations by text, or null for those that cannot share a request: a cached plan sends the same texts on every request. */
const entityFetches = new BoundedCache<DocumentNode | null>(1024);
const FOREVER = Number.POSITIVE_INFINITY;

/**
 * The operation of a fetch that can share a request, parsed, or null: a query (no directives) whose
 * only root field is an unaliased `_entities`. (The planner's fetch nodes carry no parsed document
 * unless configured to, so the text is parsed here, once.)
 */
export function entityFetchDocument(query: string): DocumentNode | null {
  const cached = entityFetches.get(query);
  if (cached !== undefined) return cached;
  let document: DocumentNode | null = null;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    document = null;
  }
  const operations = document?.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION) ?? [];
  const operation = operations.length === 1 ? operations[0]! : null;
  const [root, ...others] = operation?.selectionSet.selections ?? [];
  const batchable =
    operation?.operation === 'query' &&
    !operation.directives?.length &&
    others.length === 0 &&
    root?.kind === Kind.FIELD &&
    root.name.value === '_entities' &&
    !root.alias &&
    !root.directives?.length;
  entityFetches.set(query, batchable ? document : null, FOREVER);
  return batchable ? document : null;
}

/** The alias of the i-th fetch's `_entities` in a batch, and the prefix of its variables and fragments. */
const alias = (index: number) => `b${index}`;
const prefix = (index: number) => `b${index}_`;

/** The i-th fetch's operation with its variables and fragments renamed apart. */
function renamed(document: DocumentNode, index: number): { root: FieldNode; variables: readonly VariableDefinitionNode[]; fragments: FragmentDefinitionNode[] } {
  const name = (value: string) => ({ kind: Kind.NAME, value: prefix(index) + value }) as const;
  const apart = visit(document, {
    Variable: (node) => ({ ...node, name: name(node.name.value) }),
    FragmentSpread: (node) => ({ ...node, name: name(node.name.value) }),
    FragmentDefinition: (node) => ({ ...node, name: name(node.name.value) }),
  });
  const operation = apart.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const root = operation.selectionSet.selections[0] as FieldNode;
  return {
    root: { ...root, alias: { kind: Kind.NAME, value: alias(index) } },
    variables: operation.variableDefinitions ?? [],
    fragments: apart.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION),
  };
}

/** Batched operations by their fetches' texts: a cached plan sends the same fetches on every request. */
const merged = new BoundedCache<{ query: string; document: DocumentNode }>(512);

/** One operation asking for every fetch's entities, under aliases `b0`, `b1`…, with the variables it needs. */
export function mergeEntityFetches(fetches: readonly EntityFetch[]): EntityFetch {
  const key = fetches.map((fetch) => fetch.query).join('\u0000');
  let operation = merged.get(key);
  if (!operation) {
    const parts = fetches.map((fetch, index) => renamed(fetch.document, index));
    const name = fetches[0]!.operationName;
    const text = print({
      kind: Kind.DOCUMENT,
      definitions: [
        {
          kind: Kind.OPERATION_DEFINITION,
          operation: 'query' as never,
          ...(name ? { name: { kind: Kind.NAME, value: `${name}__batch` } } : {}),
          variableDefinitions: parts.flatMap((part) => part.variables),
          selectionSet: { kind: Kind.SELECTION_SET, selections: parts.map((part) => part.root) },
        },
        ...parts.flatMap((part) => part.fragments),
      ],
    });
    operation = { query: text, document: parse(text, { noLocation: true }) };
    merged.set(key, operation, FOREVER);
  }
  const variables: Record<string, unknown> = {};
  fetches.forEach((fetch, index) => {
    for (const [name, value] of Object.entries(fetch.variables)) variables[prefix(index) + name] = value;
  });
  return { ...operation, variables, ...(fetches[0]!.operationName ? { operationName: `${fetches[0]!.operationName}__batch` } : {}) };
}

/**
 * What each of `count` fetches receives of a batch's answer: its `_entities` (data is null for all
 * when the answer's is), the errors under its alias with their paths starting at `_entities`, and
 * every error without a path (each fetch would have received it on its own).
 */
export function splitBatchAnswer<A extends SubgraphAnswer>(answer: A, count: number): A[] {
  return Array.from({ length: count }, (_, index) => {
    const key = alias(index);
    const errors = (answer.errors ?? []).flatMap((error) => {
      if (!error.path?.length) return [error];
      return error.path[0] === key ? [{ ...error, path: ['_entities', ...error.path.slice(1)] }] : [];
    });
    const data = answer.data ? { _entities: answer.data[key] ?? null } : answer.data;
    return { ...answer, data, errors: errors.length > 0 ? errors : undefined };
  });
}
