/**
 * An entity another subgraph owns, as this one knows it: the key only. Exposed as a `@key` stub,
 * the gateway asks the owner for the rest.
 */
export interface EntityReference {
  id: string;
}

/** The User behind a stored principal key (`user:<id>`, see `AccessControl.principal`), or null when an API key or a service acted. */
export function userReferenceOf(principal: string): EntityReference | null {
  return principal.startsWith('user:') ? { id: principal.slice('user:'.length) } : null;
}

/** The API key id behind a stored principal key (`apikey:<id>`), or null when a user or a service acted. */
export function apiKeyIdOf(principal: string): string | null {
  return principal.startsWith('apikey:') ? principal.slice('apikey:'.length) : null;
}
