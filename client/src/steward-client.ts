import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { postOperation, type FetchLike } from './http-request.js';
import { operationPayload, type VariablesArgument } from './operation.js';
import type { StewardSubscription } from './renewing-subscription.js';
import { StewardRequestError } from './steward-request-error.js';
import { SubscriptionTransport } from './subscription-transport.js';
import { TokenSource } from './token-source.js';

/** How {@link createStewardClient} reaches Steward and authenticates. */
export interface StewardClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `https://steward.example.com/graphql`. */
  url: string;
  /** The subscriptions endpoint; by default `url` with `http` turned into `ws` (`https` into `wss`). */
  wsUrl?: string;
  /** An access token or an API key secret (`stw_…`), sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Asked before every request and every socket connection; when given, it is the token's only source. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Called when Steward refuses the token (`UNAUTHENTICATED`, or the socket closes with 4401), at most
   * once at a time however many operations were refused; resolves to the new access token (e.g. from
   * the `refreshSession` mutation), or null when the session cannot be renewed. The refused operation
   * is then sent once more (a subscription reconnects) with the new token, which later operations use
   * too (with `getToken`, store it where `getToken` reads it).
   */
  refresh?: () => Promise<string | null | undefined>;
  /** The `fetch` to use; the global one by default. */
  fetch?: FetchLike;
  /** The WebSocket constructor for subscriptions: the global one by default; on Node 20, pass `WebSocket` of the `ws` package. */
  webSocketImpl?: unknown;
}

/** A client of one Steward gateway; see {@link createStewardClient}. */
export interface StewardClient {
  /**
   * Sends a query or mutation over HTTP and resolves to its data, typed by the document.
   * Rejects with a {@link StewardRequestError} when Steward answers with errors.
   */
  request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...variables: VariablesArgument<TVariables>): Promise<TResult>;
  /** Subscribes over the WebSocket; each event's data is typed by the document. */
  subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...variables: VariablesArgument<TVariables>): StewardSubscription<TResult>;
  /** Closes the subscriptions' socket (open subscriptions end). */
  dispose(): Promise<void>;
}

/**
 * A typed client for Steward, to use with the documents this package exports:
 *
 * ```ts
 * const steward = createStewardClient({ url: 'https://steward.example.com/graphql', getToken, refresh });
 * const { me } = await steward.request(MeDocument);
 * for await (const { llmUsageRecorded } of steward.subscribe(OnLlmUsageRecordedDocument, { organizationId })) { … }
 * ```
 */
export function createStewardClient(options: StewardClientOptions): StewardClient {
  const tokens = new TokenSource(options);
  const fetchImpl = options.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
  const subscriptions = new SubscriptionTransport(options.wsUrl ?? options.url.replace(/^http/, 'ws'), options.webSocketImpl, tokens);

  return {
    async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>) {
      if (!fetchImpl) throw new Error('No fetch: pass `fetch` to createStewardClient');
      const payload = operationPayload(document, variables);
      const token = await tokens.current();
      try {
        return (await postOperation(fetchImpl, options.url, payload, token)) as TResult;
      } catch (error) {
        // Only a request refused as a whole is sent again: nothing of it ran.
        if (!(error instanceof StewardRequestError && error.unauthenticated)) throw error;
        const renewed = await tokens.renew(token);
        if (renewed === undefined) throw error;
        return (await postOperation(fetchImpl, options.url, payload, renewed)) as TResult;
      }
    },
    subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>) {
      return subscriptions.subscribe<TResult>(operationPayload(document, variables));
    },
    dispose: () => subscriptions.dispose(),
  };
}
