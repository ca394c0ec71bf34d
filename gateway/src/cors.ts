import cors from 'cors';
import type { RequestHandler } from 'express';

/** The origins trusted in development when CORS_ORIGINS is not set: pages served from this machine. */
export const DEVELOPMENT_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/**
 * Which browser origins may call the gateway (HTTP, with credentials) and open sockets to it.
 * Entries are origins (`https://console.example.com`), origins with any port
 * (`http://localhost:*`), or `*` for every origin. A page on the gateway's own origin is always
 * allowed; a request without an Origin header (curl, servers, codegen) is not a browser's and is
 * not subject to it.
 */
export class OriginPolicy {
  private readonly exact = new Set<string>();
  private readonly anyPort: string[] = [];
  private readonly any: boolean;

  constructor(readonly entries: readonly string[]) {
    for (const entry of entries) {
      if (entry === '*') continue;
      if (entry.endsWith(':*')) this.anyPort.push(entry.slice(0, -1));
      else this.exact.add(entry);
    }
    this.any = entries.includes('*');
  }

  /** Parses CORS_ORIGINS (comma- or space-separated); unset means the mode's default. */
  static fromSetting(setting: string | undefined, production: boolean): OriginPolicy {
    if (setting === undefined) return new OriginPolicy(production ? [] : DEVELOPMENT_ORIGINS);
    return new OriginPolicy(setting.split(/[\s,]+/).map((entry) => entry.trim().replace(/\/+$/, '')).filter(Boolean));
  }

  /** Whether a request from `origin` to the gateway at `host` (its Host header) is allowed. */
  allows(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined) return true;
    if (this.isSameOrigin(origin, host) || this.any || this.exact.has(origin)) return true;
    return this.anyPort.some((prefix) => origin.startsWith(prefix) && /^\d{1,5}$/.test(origin.slice(prefix.length)));
  }

  /** Whether an origin is listed (a same-origin request needs no CORS headers). */
  lists(origin: string): boolean {
    return this.allows(origin, undefined);
  }

  private isSameOrigin(origin: string, host: string | undefined): boolean {
    if (!host) return false;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
}

/** The CORS_ORIGINS pattern an entry must match, for the environment check. */
export const ORIGIN_ENTRY = /^(\*|https?:\/\/(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:(\d{1,5}|\*))?)$/i;

/**
 * Answers CORS for listed origins before anything else sees the request, so a preflight never
 * reaches Apollo's CSRF check: credentials allowed, the request's headers allowed, `Retry-After`
 * readable. A preflight from an origin not listed is refused with 403 and says why.
 */
export function corsMiddleware(policy: OriginPolicy): RequestHandler[] {
  const refusePreflight: RequestHandler = (req, res, next) => {
    const origin = req.header('origin');
    if (req.method === 'OPTIONS' && origin !== undefined && req.header('access-control-request-method') && !policy.allows(origin, req.header('host'))) {
      res.status(403).json({ errors: [{ message: `Origin ${origin} is not allowed. Add it to CORS_ORIGINS on the gateway.`, extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    next();
  };
  const answer = cors({
    origin: (origin, done) => done(null, origin !== undefined && policy.lists(origin)),
    credentials: true,
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
  return [refusePreflight, answer];
}
