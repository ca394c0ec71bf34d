import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

/**
 * Answers BAD_USER_INPUT (HTTP 400) when the request names an operation the document does not
 * hold, or holds several operations and names none. Apollo Server leaves that choice to the
 * gateway's executor, whose error would reach the client as an internal one (500).
 */
export const operationChoicePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request, document }) {
        if (operation) return;
        const names = document.definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : []));
        const message = request.operationName
          ? `operationName: the document has no operation named "${request.operationName}" (it has ${names.join(', ') || 'none'}).`
          : `operationName: the document holds ${names.length} operations (${names.join(', ')}); name the one to run.`;
        throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'operationName', http: { status: 400 } } });
      },
    };
  },
};
