import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SeedTarget } from '../stack.js';

/**
 * Sends one seed operation through the gateway and returns its data, or throws naming `what` when
 * anything went wrong: a fixture that half-exists would fail the test somewhere far from the cause.
 * The document's types check the variables and the result at compile time.
 */
export async function seedRequest<T, V>(stack: SeedTarget, what: string, document: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<T> {
  const res = await stack.request(document, variables, token ? { token } : {});
  if (!res.data || res.errors) throw new Error(`Seeding ${what} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}
