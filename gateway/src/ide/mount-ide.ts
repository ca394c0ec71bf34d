import type { Express, Request, Response } from 'express';
import type { Logger } from '@steward/kernel';
import { DEFAULT_IDE_CACHE_DIR, loadIdeBundle, type IdeBundle } from './ide-bundle.js';

/** The operation the IDE's first tab holds: who am I, and what can I see. */
export const FIRST_OPERATION = `# Welcome to Steward. Put an access token (from \`login\`) or an API key in the
# Authorization header below, as "Bearer <token>"; subscriptions use the same header.
query Me {
  me {
    id
    email
    name
  }
  myOrganizations {
    id
    slug
    name
  }
}
`;

/** An empty Authorization value is not sent (see gateway/ide/fetcher.ts): the schema loads anonymously until one is typed. */
const DEFAULT_HEADERS = '{\n  "Authorization": ""\n}\n';

/** JSON that may sit inside a <script> element: nothing in it can close the element. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(req: Request, digest: string): string {
  const host = req.get('host') ?? 'localhost';
  const config = {
    endpoint: '/graphql',
    subscriptionEndpoint: `${req.protocol === 'https' ? 'wss' : 'ws'}://${host}/graphql`,
    defaultQuery: FIRST_OPERATION,
    defaultHeaders: DEFAULT_HEADERS,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Steward GraphQL IDE</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/ide/assets/ide.css?v=${digest}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the IDE…</div>
<script id="steward-ide-config" type="application/json">${scriptSafeJson(config)}</script>
<script src="/ide/assets/ide.js?v=${digest}"></script>
</body>
</html>
`;
}

/** Only the gateway's own origin, and sockets to it; GraphiQL sets inline styles and loads fonts as data URLs. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "connect-src 'self' ws: wss:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves GraphiQL at the GraphQL URL itself for browsers (GET with `Accept: text/html`), with its
 * script and stylesheet bundled from npm packages on this machine (gateway/ide, built on first use):
 * no CDN, no account, nothing from outside. Queries go over HTTP, subscriptions over graphql-ws on
 * the same URL, both authenticated with the Authorization header typed in the IDE.
 */
export function mountIde(app: Express, logger: Logger, cacheDir = DEFAULT_IDE_CACHE_DIR): void {
  let bundle: Promise<IdeBundle> | null = null;
  const loaded = () => {
    bundle ??= loadIdeBundle(cacheDir).catch((error: unknown) => {
      bundle = null;
      throw error;
    });
    return bundle;
  };
  const unavailable = (res: Response, error: unknown) => {
    logger.error({ err: error }, 'The IDE could not be built');
    res.status(503).type('text/plain').send('The IDE is unavailable: its build failed (see the gateway log).');
  };

  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html' || req.query.query !== undefined) return next();
    loaded().then(
      ({ digest }) => res.set('content-security-policy', CONTENT_SECURITY_POLICY).type('html').send(page(req, digest)),
      (error: unknown) => unavailable(res, error),
    );
  });
  app.get('/ide/assets/:file', (req, res, next) => {
    const file = req.params.file;
    if (file !== 'ide.js' && file !== 'ide.css') return next();
    loaded().then(
      (built) => {
        res.set('cache-control', 'public, max-age=86400').set('etag', `"${built.digest}"`);
        res.type(file === 'ide.js' ? 'application/javascript' : 'text/css').send(file === 'ide.js' ? built.script : built.stylesheet);
      },
      (error: unknown) => unavailable(res, error),
    );
  });
}
