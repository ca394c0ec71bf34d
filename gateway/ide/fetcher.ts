import { createClient, type Client } from 'graphql-ws';
import { GraphQLError, Kind, type DocumentNode, type ExecutionResult } from 'graphql';
import type { GraphiQLProps } from 'graphiql';

/** GraphiQL's fetcher: queries and mutations over HTTP, subscriptions over graphql-ws. */
export type Fetcher = GraphiQLProps['fetcher'];

/** A GraphQL result as the response pane shows it. */
type Result = ExecutionResult<Record<string, unknown>>;

const failure = (message: string, code: string): Result => ({ errors: [new GraphQLError(message, { extensions: { code } })] });

export interface IdeEndpoints {
  /** The GraphQL URL for HTTP requests (same origin). */
  url: string;
  /** The `ws:`/`wss:` URL of the same endpoint. */
  subscriptionUrl: string;
}

/** The Authorization header the user typed in the headers pane, whatever its capitalisation. */
export function authorizationOf(headers: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' && entry[1].trim() !== '' ? entry[1] : undefined;
}

/** Whether the operation GraphiQL is about to run (by name, or the only one) is a subscription. */
export function isSubscription(document: DocumentNode | undefined, operationName: string | null | undefined): boolean {
  const operations = (document?.definitions ?? []).filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName ? operations.find((operation) => operation.name?.value === operationName) : operations[0];
  return chosen?.operation === 'subscription';
}

/** Says why a socket closed, in words a user can act on. */
export function closeReason(event: unknown, url: string): string {
  const { code, reason } = (event ?? {}) as { code?: number; reason?: string };
  if (typeof code !== 'number') return event instanceof Error ? event.message : `The subscription failed: ${String(event)}`;
  if (reason) return `The subscription socket closed (${code}): ${reason}`;
  if (code === 1006) return `The subscription socket to ${url} closed (1006) without a reason: the server refused the connection or is unreachable.`;
  return `The subscription socket closed (${code}).`;
}

/**
 * Builds the IDE's fetcher. The Authorization header typed for queries is also what authenticates
 * subscriptions: browsers cannot set headers on a WebSocket, so it travels as the `authorization`
 * connection parameter of graphql-ws, the one Steward's gateway reads. One socket is kept per
 * header value; changing the header opens a new one with the new credential. A socket that closes
 * with an error ends the subscription with that reason in the response pane, never silently.
 */
export function createIdeFetcher(endpoints: IdeEndpoints): Fetcher {
  let socket: { authorization: string | undefined; client: Client } | null = null;

  const socketFor = (authorization: string | undefined): Client => {
    if (socket && socket.authorization === authorization) return socket.client;
    void socket?.client.dispose();
    const client = createClient({
      url: endpoints.subscriptionUrl,
      connectionParams: authorization ? { authorization } : {},
      lazy: true,
      retryAttempts: 0,
    });
    socket = { authorization, client };
    return client;
  };

  async function* subscribe(client: Client, request: { query: string; variables?: Record<string, unknown>; operationName?: string }): AsyncGenerator<Result> {
    try {
      for await (const result of client.iterate(request)) yield result as Result;
    } catch (error) {
      // The socket is gone; the next subscription opens a fresh one.
      if (socket?.client === client) socket = null;
      const message = Array.isArray(error) ? error.map((item: { message?: string }) => item.message).join('; ') : closeReason(error, endpoints.subscriptionUrl);
      yield failure(message, 'SUBSCRIPTION_CLOSED');
    }
  }

  return (params, options) => {
    const headers = (options?.headers ?? {}) as Record<string, unknown>;
    const request = {
      query: params.query,
      ...(params.variables ? { variables: params.variables as Record<string, unknown> } : {}),
      ...(params.operationName ? { operationName: params.operationName } : {}),
    };
    if (isSubscription(options?.documentAST, params.operationName)) {
      return subscribe(socketFor(authorizationOf(headers)), request);
    }
    const sent: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    // A header left empty in the editor is not sent (the page starts with an empty Authorization).
    for (const [name, value] of Object.entries(headers)) if (typeof value === 'string' && value.trim() !== '') sent[name] = value;
    return fetch(endpoints.url, { method: 'POST', headers: sent, body: JSON.stringify(request), credentials: 'same-origin' }).then(async (response) => {
      const text = await response.text();
      try {
        return JSON.parse(text) as Result;
      } catch {
        return failure(`The server answered ${response.status} without a GraphQL result: ${text.slice(0, 200)}`, 'BAD_RESPONSE');
      }
    });
  };
}
