/** Who is making a request, as established by the gateway. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; sessionId: string | null };

/** Facts about the original client request, forwarded by the gateway. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export const ANONYMOUS: Caller = { kind: 'anonymous' };
