import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_TOKEN_HEADER, type Logger } from '@steward/kernel';
import type { GatewayContext } from './create-gateway.js';
import { SubgraphTransport } from './subgraph-transport.js';
import { CircuitBreaker, isUnavailability, unavailableResponse, type AvailabilitySettings } from './subgraph-availability.js';
import { entityFetchDocument, mergeEntityFetches, splitBatchAnswer } from './subgraph-batch.js';

type SubgraphFetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;
type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
/** A fetch of an incoming operation (not a health check or a schema load). */
type FetchOptions = Extract<ProcessOptions, { pathInIncomingRequest?: unknown }>;
const isFetch = (options: ProcessOptions): options is FetchOptions => options.kind === ('incoming operation' as FetchOptions['kind']);

/** A fetch waiting for the batch of its request's step. */
interface Waiting {
  options: FetchOptions;
  resolve: (result: ProcessResult) => void;
  reject: (error: unknown) => void;
}

/** A subgraph fetcher over `transport` (see subgraph-transport.ts); @apollo/gateway only ever POSTs JSON. */
function fetcherOver(transport: SubgraphTransport): SubgraphFetcher {
  return (async (url: string, init?: { headers?: Record<string, string>; body?: string }) =>
    transport.post(url, init?.headers ?? {}, init?.body ?? '')) as unknown as SubgraphFetcher;
}

/**
 * One subgraph as the gateway calls it: with the request's internal token, a timeout, and a
 * circuit breaker. A subgraph that times out, refuses connections or answers 502–504 does not
 * fail the operation: its fields come back null with one SUBGRAPH_UNAVAILABLE error each, with its
 * path and the service's name, and the other subgraphs' data arrives as usual.
 *
 * The entity fetches one incoming request sends this subgraph in the same step (the planner issues
 * a parallel step's fetches synchronously) travel as one request: see subgraph-batch.ts.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly circuit: CircuitBreaker;
  private readonly transport: SubgraphTransport;
  private readonly batching: boolean;
  /** Entity fetches waiting for the end of the current step, by the incoming request's context. */
  private readonly waiting = new Map<GatewayContext, Waiting[]>();

  constructor(
    readonly service: string,
    url: string,
    settings: AvailabilitySettings,
    now: () => number,
    private readonly logger: Logger,
  ) {
    const transport = new SubgraphTransport(settings.timeoutMs);
    super({ url, fetcher: fetcherOver(transport) });
    this.transport = transport;
    this.batching = settings.batching ?? true;
    this.circuit = new CircuitBreaker(settings, now);
  }

  /** Closes the keep-alive connections to the subgraph. */
  close(): Promise<void> {
    return this.transport.close();
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.internalToken) request.http?.headers.set(INTERNAL_TOKEN_HEADER, context.internalToken);
  }

  override process(options: ProcessOptions): Promise<ProcessResult> {
    const batchable = this.batching && isFetch(options) && !options.request.http?.headers.has('apollo-federation-include-trace') && entityFetchDocument(options.request.query ?? '') !== null;
    if (!batchable || !isFetch(options)) return this.guarded(options, [options], (response) => [response]).then(([result]) => result!);
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(options.context);
      if (queue) return void queue.push({ options, resolve, reject });
      this.waiting.set(options.context, [{ options, resolve, reject }]);
      // The step's other fetches are issued before any microtask runs.
      queueMicrotask(() => this.flush(options.context));
    });
  }

  /** Sends a step's entity fetches for one request: alone if there is one, else as one batch. */
  private flush(context: GatewayContext): void {
    const queue = this.waiting.get(context) ?? [];
    this.waiting.delete(context);
    let sent: Promise<ProcessResult[]>;
    if (queue.length === 1) {
      sent = this.guarded(queue[0]!.options, [queue[0]!.options], (response) => [response]);
    } else {
      const first = queue[0]!.options;
      const batch = mergeEntityFetches(
        queue.map(({ options: { request } }) => ({ query: request.query ?? '', document: entityFetchDocument(request.query ?? '')!, variables: request.variables ?? {}, operationName: request.operationName })),
      );
      const request = { ...first.request, query: batch.query, variables: batch.variables, operationName: batch.operationName };
      sent = this.guarded({ ...first, request, document: batch.document }, queue.map((waiting) => waiting.options), (response) => splitBatchAnswer(response, queue.length));
    }
    sent.then(
      (results) => queue.forEach((waiting, index) => waiting.resolve(results[index]!)),
      (error: unknown) => queue.forEach((waiting) => waiting.reject(error)),
    );
  }

  /**
   * Sends `options` through the circuit breaker, for the fetches `fetches` it carries (one, or a
   * batch's): their answers from the response by `split`, or each fetch's SUBGRAPH_UNAVAILABLE
   * answer when the subgraph is unavailable.
   */
  private async guarded(options: ProcessOptions, fetches: readonly ProcessOptions[], split: (response: ProcessResult) => ProcessResult[]): Promise<ProcessResult[]> {
    const unavailable = (reason: string) =>
      fetches.map(({ request: { query = '', variables } }) => unavailableResponse(this.service, reason, query, variables) as ProcessResult);
    if (!this.circuit.allows()) return unavailable('it failed repeatedly; retrying shortly');
    try {
      const response = await super.process(options);
      this.circuit.succeeded();
      return split(response);
    } catch (error) {
      if (!isUnavailability(error)) throw error;
      if (this.circuit.failed()) this.logger.warn({ err: error, service: this.service }, 'Subgraph %s unavailable: its circuit is open', this.service);
      const timedOut = (error as { name?: string }).name === 'TimeoutError';
      return unavailable(timedOut ? 'it did not answer in time' : 'it could not be reached');
    }
  }
}
