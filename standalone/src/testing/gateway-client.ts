import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A GraphQL response as a client sees it. */
export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Options of one request. */
export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** Sends GraphQL over HTTP as any client would: to the gateway, or to another URL. */
export interface GatewayClient {
  /** Sends a typed operation to the gateway. */
  request<T, V>(document: TypedDocumentNode<T, V> | DocumentNode, variables?: V, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** Sends raw GraphQL to any URL (the gateway by default). */
  post<T = Record<string, unknown>>(body: unknown, options?: RequestOptions & { url?: string }): Promise<GraphQLResponse<T>>;
}

/** A client of the gateway at `gatewayUrl`; `token` goes in as `Authorization: Bearer <token>`. */
export function createGatewayClient(gatewayUrl: string): GatewayClient {
  const post = async <T>(body: unknown, options: RequestOptions & { url?: string } = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(options.url ?? gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...json };
  };
  return {
    post,
    request: (document, variables, options) => post({ query: print(document), variables }, options),
  };
}
