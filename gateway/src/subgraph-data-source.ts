import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_TOKEN_HEADER, type Logger } from '@steward/kernel';
import type { GatewayContext } from './create-gateway.js';
import { SubgraphTransport } from './subgraph-transport.js';
import { CircuitBreaker, isUnavailability, unavailableResponse, type AvailabilitySettings } from './subgraph-availability.js';

type SubgraphFetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

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
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly circuit: CircuitBreaker;
  private readonly transport: SubgraphTransport;

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
    this.circuit = new CircuitBreaker(settings, now);
  }

  /** Closes the keep-alive connections to the subgraph. */
  close(): Promise<void> {
    return this.transport.close();
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.internalToken) request.http?.headers.set(INTERNAL_TOKEN_HEADER, context.internalToken);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    const { query = '', variables } = options.request;
    if (!this.circuit.allows()) return unavailableResponse(this.service, 'it failed repeatedly; retrying shortly', query, variables) as ProcessResult;
    try {
      const response = await super.process(options);
      this.circuit.succeeded();
      return response;
    } catch (error) {
      if (!isUnavailability(error)) throw error;
      if (this.circuit.failed()) this.logger.warn({ err: error, service: this.service }, 'Subgraph %s unavailable: its circuit is open', this.service);
      const timedOut = (error as { name?: string }).name === 'TimeoutError';
      return unavailableResponse(this.service, timedOut ? 'it did not answer in time' : 'it could not be reached', query, variables) as ProcessResult;
    }
  }
}
