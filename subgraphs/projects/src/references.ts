/** An Organization as projects knows it: the key only; organizations resolves the rest. */
export interface OrganizationReference {
  id: string;
}

/** A User as projects knows it: the key only; identity resolves the rest. */
export interface UserReference {
  id: string;
}

/** The user behind a stored principal key (`user:<id>`), or null for API keys. */
export function userOf(principal: string): UserReference | null {
  return principal.startsWith('user:') ? { id: principal.slice('user:'.length) } : null;
}

/** The API key behind a stored principal key (`apikey:<id>`): its id, or null for users. */
export function apiKeyIdOf(principal: string): string | null {
  return principal.startsWith('apikey:') ? principal.slice('apikey:'.length) : null;
}
