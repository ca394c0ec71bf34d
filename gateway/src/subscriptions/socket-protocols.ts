import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

/** graphql-ws's protocol (`graphql-transport-ws`) and the legacy subscriptions-transport-ws one (`graphql-ws`). */
export const MODERN_PROTOCOL = 'graphql-transport-ws';
export const LEGACY_PROTOCOLS = ['graphql-ws', 'graphql-subscriptions'];

/** Close code and reason for a client that offers neither protocol. */
export const CLOSE_SUBPROTOCOL = 4406;
export const SUBPROTOCOL_REASON = 'Subprotocol not acceptable: offer graphql-transport-ws (graphql-ws) or graphql-ws (subscriptions-transport-ws)';

/** The subprotocols a client offered, in its order. */
export function offeredProtocols(request: IncomingMessage): string[] {
  const header = request.headers['sec-websocket-protocol'];
  return (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((entry) => entry.trim()).filter(Boolean);
}

export interface SocketRouting {
  path: string;
  /** The largest message a socket may send, in bytes; a larger one closes the socket (1009). */
  maxPayload: number;
  /** Whether a browser page on this Origin may open a socket (see cors.ts). */
  originAllowed(origin: string | undefined, host: string | undefined): boolean;
}

/** The two protocol servers; both are `noServer`: upgrades reach them only through `routeUpgrades`. */
export interface ProtocolServers {
  modern: WebSocketServer;
  legacy: WebSocketServer;
}

function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  socket.end(`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
}

/**
 * Serves both GraphQL-over-WebSocket protocols on one URL, chosen by the subprotocol the client
 * offers (graphql-transport-ws first when it offers both). A browser page on an origin outside
 * CORS_ORIGINS gets 403 before any upgrade. A client offering neither protocol is upgraded just
 * long enough to be told why (close 4406 with a reason) — a refused handshake would reach a
 * browser as a bare 1006 with no reason at all.
 */
export function routeUpgrades(httpServer: Server, routing: SocketRouting): ProtocolServers & { close(): Promise<void> } {
  const options = { noServer: true, maxPayload: routing.maxPayload } as const;
  const modern = new WebSocketServer(options);
  const legacy = new WebSocketServer({ ...options, handleProtocols: (offered: Set<string>) => LEGACY_PROTOCOLS.find((name) => offered.has(name)) ?? false });
  // Picks one of the client's own protocols, so that a browser accepts the socket and reads the reason.
  const refusing = new WebSocketServer({ ...options, handleProtocols: (offered: Set<string>) => offered.values().next().value ?? false });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== routing.path) return refuseUpgrade(socket, 404, 'Not Found');
    if (!routing.originAllowed(request.headers.origin, request.headers.host)) {
      return refuseUpgrade(socket, 403, 'Forbidden: this origin is not in CORS_ORIGINS');
    }
    const offered = offeredProtocols(request);
    const server = offered.includes(MODERN_PROTOCOL) ? modern : offered.some((name) => LEGACY_PROTOCOLS.includes(name)) ? legacy : refusing;
    server.handleUpgrade(request, socket, head, (ws: WebSocket) => server.emit('connection', ws, request));
  };
  refusing.on('connection', (ws: WebSocket) => ws.close(CLOSE_SUBPROTOCOL, SUBPROTOCOL_REASON));
  httpServer.on('upgrade', onUpgrade);

  const closeServer = (server: WebSocketServer) => new Promise<void>((done) => server.close(() => done()));
  return {
    modern,
    legacy,
    async close() {
      httpServer.off('upgrade', onUpgrade);
      await Promise.all([modern, legacy, refusing].map(closeServer));
    },
  };
}
