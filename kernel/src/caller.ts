/** Who is making a request, as established by the gateway. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; sessionId: string | null }
  /** A service account: an organization's API key, acting with its role in that organization only. */
  | { kind: 'apiKey'; apiKeyId: string; organizationId: string }
  /** Another Steward process (e.g. a subgraph asking organizations for grants). */
  | { kind: 'service'; name: string };

/** Facts about the original client request, forwarded by the gateway. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export const ANONYMOUS: Caller = { kind: 'anonymous' };
