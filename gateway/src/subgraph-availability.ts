import { Kind, parse, type FieldNode, type OperationDefinitionNode, type SelectionNode } from 'graphql';

/** When a subgraph counts as unavailable and for how long the gateway stops asking it. */
export interface AvailabilitySettings {
  /** A subgraph request taking longer is abandoned (SUBGRAPH_TIMEOUT_MS). */
  timeoutMs: number;
  /** Consecutive failures that open the circuit (SUBGRAPH_CIRCUIT_FAILURES; 0 never opens it). */
  failuresToOpen: number;
  /** How long an open circuit answers at once before one request may try again (SUBGRAPH_CIRCUIT_OPEN_MS). */
  openMs: number;
  /** Whether a plan step's entity fetches to the subgraph travel as one request (SUBGRAPH_BATCHING; on when absent). */
  batching?: boolean;
}

/**
 * A circuit breaker for one subgraph. Closed: requests go through, and `failuresToOpen` failures
 * in a row open it. Open: requests are answered SUBGRAPH_UNAVAILABLE at once, so a subgraph that
 * keeps timing out does not pile up requests (and sockets, and waiting clients) behind it. After
 * `openMs` one request is let through (half-open): its success closes the circuit, its failure
 * opens it for another `openMs`.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialRunning = false;

  constructor(
    private readonly settings: AvailabilitySettings,
    private readonly now: () => number,
  ) {}

  /** Whether a request may be sent now; a true answer in half-open state reserves the one trial. */
  allows(): boolean {
    if (this.openedAt === null) return true;
    if (this.trialRunning || this.now() - this.openedAt < this.settings.openMs) return false;
    this.trialRunning = true;
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialRunning = false;
  }

  /** Counts a failure; says whether it opened a closed circuit (worth a log line, once). */
  failed(): boolean {
    const wasClosed = this.openedAt === null;
    this.failures += 1;
    if (this.trialRunning || (this.settings.failuresToOpen > 0 && this.failures >= this.settings.failuresToOpen)) this.openedAt = this.now();
    this.trialRunning = false;
    return wasClosed && this.openedAt !== null;
  }

  /** `open` while requests are refused without being sent (half-open counts as open until its trial succeeds). */
  get state(): 'closed' | 'open' {
    return this.openedAt === null ? 'closed' : 'open';
  }
}

/** One GraphQL error of a subgraph response, as @apollo/gateway reads it (paths inside the subgraph's answer). */
interface SubgraphError {
  message: string;
  path: (string | number)[];
  extensions: { code: 'SUBGRAPH_UNAVAILABLE'; service: string };
}

/** The response keys (alias or name) of the fields of a selection set, through inline fragments, `__typename` aside. */
function fieldKeys(selections: readonly SelectionNode[]): string[] {
  return [
    ...new Set(
      selections.flatMap((selection): string[] => {
        if (selection.kind === Kind.INLINE_FRAGMENT) return fieldKeys(selection.selectionSet.selections);
        return selection.kind === Kind.FIELD && selection.name.value !== '__typename' ? [selection.alias?.value ?? selection.name.value] : [];
      }),
    ),
  ];
}

/** The root fields of the operation the gateway sent, and for an `_entities` fetch the entity fields asked for. */
function askedFields(query: string): { roots: string[]; entityFields: string[] } {
  const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const selections = operation?.selectionSet.selections ?? [];
  const entities = selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === '_entities');
  return { roots: fieldKeys(selections), entityFields: entities?.selectionSet ? fieldKeys(entities.selectionSet.selections) : [] };
}

/**
 * The answer the gateway gives itself in place of a subgraph that did not answer: no data, and one
 * error per field the subgraph was asked for — per entity (`_entities.<i>`) when it was asked to
 * resolve entities — so that @apollo/gateway maps each error onto the path of the field in the
 * client's operation, and the rest of the operation's data still arrives.
 */
export function unavailableResponse(service: string, reason: string, query: string, variables: Record<string, unknown> | undefined) {
  const message = `The ${service} service is unavailable (${reason}); fields it serves are null.`;
  const extensions = { code: 'SUBGRAPH_UNAVAILABLE', service } as const;
  const asked = askedFields(query);
  const representations = variables?.representations;
  if (Array.isArray(representations)) {
    // Each entity stays (its other fields come from other subgraphs); each field asked of it here is null.
    const keys = asked.entityFields.length ? asked.entityFields : [null];
    const errors: SubgraphError[] = representations.flatMap((_, index) => keys.map((key) => ({ message, path: key === null ? ['_entities', index] : ['_entities', index, key], extensions })));
    const entities = representations.map((representation: { __typename?: string }) => ({
      __typename: representation.__typename,
      ...Object.fromEntries(asked.entityFields.map((key) => [key, null])),
    }));
    return { data: { _entities: entities }, errors };
  }
  const errors: SubgraphError[] = asked.roots.map((key) => ({ message, path: [key], extensions }));
  return { data: null, errors: errors.length ? errors : [{ message, path: [], extensions }] };
}

/** Whether a failed subgraph request means the subgraph is unavailable (rather than that it answered with an error). */
export function isUnavailability(error: unknown): boolean {
  const { name, code, cause, extensions } = (error ?? {}) as { name?: string; code?: string; cause?: unknown; extensions?: { response?: { status?: number } } };
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT'].includes(code)) return true;
  const status = extensions?.response?.status;
  if (status === 502 || status === 503 || status === 504) return true;
  // fetch wraps network failures in a TypeError whose cause carries the system error.
  return name === 'TypeError' && cause !== undefined && isUnavailability(cause);
}
