import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** The page size a connection gets without `first` and the most it may ask for (kernel/src/pagination.ts). */
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** How operations are priced (MAX_QUERY_COST, QUERY_COST_*). */
export interface CostModel {
  /** Items assumed for a list field without `first` (a short list: roles, gate conditions…). */
  listSize: number;
  /** Extra cost of a field whose value is an entity: resolving it may take a fetch from another subgraph. */
  entityWeight: number;
  /** Types with a federation key in the supergraph. */
  entityTypes: ReadonlySet<string>;
}

/** The entity types of a supergraph: those with a `key` in one of their `@join__type` directives. */
export function entityTypesOf(supergraphSdl: string): Set<string> {
  const entities = new Set<string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const keyed = definition.directives?.some((directive) => directive.name.value === 'join__type' && directive.arguments?.some((argument) => argument.name.value === 'key'));
    if (keyed) entities.add(definition.name.value);
  }
  return entities;
}

/** `first`'s value, from a literal or a variable; undefined when the field has none. */
function firstOf(field: FieldNode, variables: Readonly<Record<string, unknown>>): number | undefined {
  const node: ValueNode | undefined = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (!node) return undefined;
  const value = node.kind === Kind.VARIABLE ? variables[node.name.value] : node.kind === Kind.INT ? Number(node.value) : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Estimates what an operation costs before it runs: each field 1, an entity-valued field
 * `entityWeight` more, and everything under a list counted once per item — a connection's items
 * from its `first` (default 20, at most 100), another list's from `first` or `listSize`. Aliases
 * count as the fields they are. Each fragment is priced once and its price reused wherever it is
 * spread, so pricing is linear in the document's size; the price of a spread inside a list is
 * multiplied like any field. Unknown fields and types cost 1 (validation refuses them anyway).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>>,
  model: CostModel,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const priced = new Map<string, number>();
  const pricing = new Set<string>();

  const fragmentCost = (name: string): number => {
    const known = priced.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    if (!fragment || !type || !isCompositeType(type) || pricing.has(name)) return 0;
    pricing.add(name);
    const cost = setCost(fragment.selectionSet, type);
    pricing.delete(name);
    priced.set(name, cost);
    return cost;
  };

  const setCost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        cost += fragmentCost(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += setCost(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent);
      } else {
        cost += fieldCost(selection, parent);
      }
    }
    return cost;
  };

  const fieldCost = (field: FieldNode, parent: GraphQLCompositeType): number => {
    if (field.name.value.startsWith('__')) return field.selectionSet ? 1 : 0;
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
    if (!definition) return 1;
    const named = getNamedType(definition.type);
    const own = 1 + (model.entityTypes.has(named.name) ? model.entityWeight : 0);
    if (!field.selectionSet || !isCompositeType(named)) return own;
    const isConnection = named.name.endsWith('Connection');
    // A connection's edges/nodes are the page its field already counted.
    const insideConnection = parent.name.endsWith('Connection') && (field.name.value === 'edges' || field.name.value === 'nodes');
    const first = firstOf(field, variables);
    let items = 1;
    if (isConnection) items = Math.min(Math.max(first ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
    else if (isListType(getNullableType(definition.type)) && !insideConnection) items = Math.max(first ?? model.listSize, 1);
    return own + items * setCost(field.selectionSet, named);
  };

  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return root ? setCost(operation.selectionSet, root) : 0;
}

/** The error for an operation over the limit: it states both figures and where the limit is set. */
export function costLimitError(cost: number, limit: number): GraphQLError {
  const shown = Number.isSafeInteger(Math.round(cost)) ? String(Math.round(cost)) : 'more than 9007199254740991';
  return new GraphQLError(
    `The operation's estimated cost is ${shown}; the limit is ${limit} (MAX_QUERY_COST). Ask for fewer items (first), fewer aliases or fewer nested lists, or split the operation.`,
    { extensions: { code: 'COST_LIMIT_EXCEEDED', cost: Math.round(Math.min(cost, Number.MAX_SAFE_INTEGER)), limit, http: { status: 400 } } },
  );
}
