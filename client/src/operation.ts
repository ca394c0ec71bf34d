import { print, type DocumentNode } from 'graphql';

/** What goes over the wire for one operation: its text, its name (for the server's logs) and its variables. */
export interface OperationPayload {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** The arguments after the document: variables, optional when the operation needs none. */
export type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

// Generated documents are module constants, so each is printed once.
const printed = new WeakMap<DocumentNode, Omit<OperationPayload, 'variables'>>();

/** The payload of `document` with `variables`. */
export function operationPayload(document: DocumentNode, variables: unknown): OperationPayload {
  let text = printed.get(document);
  if (!text) {
    const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
    text = { query: print(document), ...(operation?.name ? { operationName: operation.name.value } : {}) };
    printed.set(document, text);
  }
  return variables ? { ...text, variables: variables as Record<string, unknown> } : text;
}
