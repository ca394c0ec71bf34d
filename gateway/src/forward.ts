import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Express, Request, Response } from 'express';
import type { Logger } from '@steward/kernel';

/** Headers that describe one connection, not the request: never passed on by a proxy (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);

function forwardableHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}

/**
 * Forwards requests under each public path prefix (`/webhooks`) to the subgraph that declared it,
 * byte for byte: the body is streamed, never parsed (webhook signatures cover the raw bytes), and
 * the subgraph's status, headers and body come back unchanged. A subgraph that cannot be reached
 * answers 502 with a JSON body and nothing internal.
 */
export function mountForwardedPaths(app: Express, paths: Readonly<Record<string, string>>, options: { timeoutMs: number; logger: Logger }): void {
  for (const [prefix, target] of Object.entries(paths)) {
    const origin = new URL(target);
    const send = origin.protocol === 'https:' ? httpsRequest : httpRequest;
    app.use(prefix, (req: Request, res: Response) => {
      const forwardedFor = [req.header('x-forwarded-for'), req.socket.remoteAddress].filter(Boolean).join(', ');
      const upstream = send(
        {
          protocol: origin.protocol,
          hostname: origin.hostname,
          port: origin.port,
          method: req.method,
          path: req.originalUrl,
          headers: { ...forwardableHeaders(req.headers), 'x-forwarded-for': forwardedFor, 'x-forwarded-host': req.header('host') ?? '', 'x-forwarded-proto': req.protocol },
          timeout: options.timeoutMs,
        },
        (response) => {
          res.status(response.statusCode ?? 502);
          for (const [name, value] of Object.entries(forwardableHeaders(response.headers))) if (value !== undefined) res.setHeader(name, value);
          response.pipe(res);
        },
      );
      const fail = (error: Error) => {
        options.logger.warn({ err: error }, 'Forwarding failed (path=%s)', prefix);
        if (!res.headersSent) res.status(502).json({ error: 'bad_gateway' });
        else res.destroy();
      };
      upstream.on('timeout', () => upstream.destroy(new Error(`No answer within ${options.timeoutMs} ms`)));
      upstream.on('error', fail);
      req.pipe(upstream);
    });
  }
}
