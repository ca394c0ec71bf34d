import type { ApolloServer } from '@apollo/server';
import { GraphQLError, print, type DocumentNode, type ExecutionResult } from 'graphql';
import type { GatewayContext } from '../create-gateway.js';
import type { ConnectionIdentity } from './connection-identity.js';
import { socketResult } from './socket-result.js';

/** Runs one document through the gateway as a connection's caller; the answer is ready to send. */
export type RunOperation = (connection: ConnectionIdentity, document: DocumentNode, variables: Record<string, unknown>, operationName?: string) => Promise<ExecutionResult>;

/**
 * Operations over the socket go through the gateway's own Apollo Server, like HTTP requests: the
 * same plans, subgraph fetches, limits and error masking, with the connection's identity.
 */
export function operationRunner(apollo: ApolloServer<GatewayContext>): RunOperation {
  // Apollo prints a document it is handed on every call; a subscription's event query is the same
  // document for every event, and with viewer-dependent selections runs once per subscriber.
  const texts = new WeakMap<DocumentNode, string>();
  const textOf = (document: DocumentNode) => {
    let text = texts.get(document);
    if (text === undefined) texts.set(document, (text = print(document)));
    return text;
  };
  return async (connection, document, variables, operationName) => {
    const response = await apollo.executeOperation({ query: textOf(document), variables, operationName }, { contextValue: { ...(await connection.context()), costCharged: true } });
    if (response.body.kind !== 'single') return { errors: [new GraphQLError('Incremental delivery is not supported here.')] };
    return socketResult(response.body.singleResult);
  };
}
