import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createSocketClient, type Client as SocketClient } from 'graphql-ws';
import { session } from './session';

/** The gateway closes a socket whose token was refused or has ended with this code. */
const CLOSE_UNAUTHENTICATED = 4401;

/**
 * fetch with the session's access token; a 401 (expired or revoked token) renews the session once
 * and sends the request again, so an expired token never reaches the person.
 */
async function authenticatedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const response = await send(await session.accessToken());
  if (response.status !== 401 || !session.signedIn) return response;
  const renewed = await session.renew();
  return renewed ? send(renewed) : response;
}

function socketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * One socket for every live view of the page, opened on the first subscription and closed a little
 * after the last. Each (re)connection takes a fresh access token; a socket closed for an ended
 * token renews the session before reconnecting.
 */
function createSockets(): SocketClient {
  let renewNext = false;
  return createSocketClient({
    url: socketUrl(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    retryAttempts: Infinity,
    shouldRetry: () => session.signedIn,
    connectionParams: async () => {
      const token = renewNext ? await session.renew() : await session.accessToken();
      renewNext = false;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      closed: (event) => {
        if ((event as CloseEvent).code === CLOSE_UNAUTHENTICATED) renewNext = true;
      },
    },
  });
}

/**
 * The console's GraphQL client: urql over HTTP for queries and mutations, graphql-ws for
 * subscriptions. No document cache: every view asks the graph, and documents go out exactly as
 * codegen wrote them, so the console also runs against a gateway with PERSISTED_OPERATIONS=only.
 */
export function createConsoleClient(): Client {
  const sockets = createSockets();
  return new Client({
    url: '/graphql',
    fetch: authenticatedFetch,
    requestPolicy: 'network-only',
    // POST with a JSON body: the gateway's CSRF rule refuses simple GET requests without a preflight header.
    preferGetMethod: false,
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: sockets.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
