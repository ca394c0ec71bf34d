import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { AppError, RateLimitedError, type ClientInfo, type InternalTokenCodec } from '@steward/kernel';
import { SESSION_ENDED, type AccessTokenVerifier } from '../access-tokens.js';
import { ConnectionIdentity } from './connection-identity.js';

/** Close code sent when the connection's token is missing, invalid or has expired. */
export const CLOSE_UNAUTHENTICATED = 4401;
/** Close code sent when the client's address has failed to authenticate too often (HTTP's 429). */
export const CLOSE_RATE_LIMITED = 4429;

/** What `connection_init` brings: its parameters, and the socket and upgrade request it arrived on. */
export interface ConnectionAttempt {
  params: Readonly<Record<string, unknown>> | undefined;
  socket: WebSocket;
  request: IncomingMessage;
}

/** The `authorization` connection parameter, in either capitalisation clients send. */
function authorizationOf(params: Readonly<Record<string, unknown>>): string | undefined {
  const value = params.authorization ?? params.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Authenticates a connection at `connection_init` with the token its parameters carry. A bad
 * token closes the socket with 4401 (null is returned); a good one is checked again when it
 * expires, by closing the socket with 4401 then, so no operation outlives its credential. The
 * socket of a session that identity ends (logout, revocation, password change) is closed with 4401 at once.
 */
export async function authenticateConnection(
  attempt: ConnectionAttempt,
  verifier: AccessTokenVerifier,
  internalTokens: InternalTokenCodec,
): Promise<ConnectionIdentity | null> {
  const { socket, request } = attempt;
  let verified: Awaited<ReturnType<AccessTokenVerifier['authenticate']>>;
  try {
    verified = await verifier.authenticate(authorizationOf(attempt.params ?? {}), request.socket.remoteAddress ?? null);
  } catch (error) {
    if (error instanceof RateLimitedError) {
      socket.close(CLOSE_RATE_LIMITED, `Rate limited: ${error.message}`.slice(0, 120));
      return null;
    }
    const reason = error instanceof AppError ? error.message : 'Unauthenticated';
    socket.close(CLOSE_UNAUTHENTICATED, `Unauthenticated: ${reason}`.slice(0, 120));
    return null;
  }
  const { caller, expiresAt } = verified;
  if (expiresAt) {
    const expiry = setTimeout(() => socket.close(CLOSE_UNAUTHENTICATED, 'Unauthenticated: the access token expired'), Math.max(0, expiresAt.getTime() - Date.now()));
    socket.once('close', () => clearTimeout(expiry));
  }
  if (caller.kind === 'user' && caller.sessionId && verifier.revocations) {
    const ended = () => socket.close(CLOSE_UNAUTHENTICATED, `Unauthenticated: ${SESSION_ENDED}`.slice(0, 120));
    socket.once('close', verifier.revocations.watch(caller.sessionId, ended));
    // A revocation that arrived while the token was being verified found nothing to close yet.
    if (verifier.revocations.has(caller.sessionId)) {
      ended();
      return null;
    }
  }
  const client: ClientInfo = { ip: request.socket.remoteAddress ?? null, userAgent: request.headers['user-agent'] ?? null };
  return new ConnectionIdentity(caller, client, internalTokens);
}
