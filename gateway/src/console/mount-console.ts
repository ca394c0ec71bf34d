import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express, { type Express, type RequestHandler, type Response } from 'express';
import type { Logger } from '@steward/kernel';
import { DEFAULT_CONSOLE_CACHE_DIR, buildConsole, type ConsoleBuild } from './console-build.js';

/** Where the console is served. */
export const CONSOLE_PATH = '/console';

/**
 * `eager` builds at start (npm start: the console is ready when a person opens it), `lazy` on the
 * first request (tests and benchmarks that never open it never build it), `off` serves nothing.
 */
export type ConsoleMode = 'eager' | 'lazy' | 'off';

/** Own origin only: the console talks to /graphql over HTTP and WebSocket; uPlot and React set inline styles. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "connect-src 'self' ws: wss:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "script-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Builds into the install's cache folder, or into the temporary folder when the install is read-only. */
async function buildAnywhere(cacheDir: string, logger: Logger): Promise<ConsoleBuild> {
  try {
    return await buildConsole(cacheDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') throw error;
    logger.warn({ cacheDir }, 'The console cache folder is read-only; building into the temporary folder');
    return buildConsole(join(tmpdir(), 'steward-console'));
  }
}

/**
 * Serves the console (console/, a Vite + React app) at /console from a production build made on
 * this machine from the installed packages: no CDN, nothing from outside, nothing secret in it
 * (it finds the API at /graphql on its own origin). Hashed assets are cached for a year; every
 * other path under /console answers index.html, where the console's router takes over.
 */
export function mountConsole(app: Express, logger: Logger, mode: ConsoleMode, cacheDir = DEFAULT_CONSOLE_CACHE_DIR): void {
  if (mode === 'off') return;
  let pending: Promise<{ build: ConsoleBuild; assets: RequestHandler }> | null = null;
  const loaded = () => {
    pending ??= buildAnywhere(cacheDir, logger).then(
      (build) => {
        logger.info({ digest: build.digest, built: build.built, ms: Math.round(build.durationMs) }, build.built ? 'Console built' : 'Console build found');
        const assets = express.static(join(build.folder, 'assets'), { immutable: true, maxAge: '365d', index: false, redirect: false });
        return { build, assets };
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  if (mode === 'eager') loaded().catch((error: unknown) => logger.error({ err: error }, 'The console could not be built'));

  const unavailable = (res: Response, error: unknown) => {
    logger.error({ err: error }, 'The console could not be built');
    res.status(503).type('text/plain').send('The console is unavailable: its build failed (see the gateway log).');
  };
  app.use(`${CONSOLE_PATH}/assets`, (req, res) => {
    const notFound = () => res.status(404).type('text/plain').send('Not found.');
    loaded().then(({ assets }) => assets(req, res, notFound), (error: unknown) => unavailable(res, error));
  });
  app.get([CONSOLE_PATH, `${CONSOLE_PATH}/*rest`], (req, res) => {
    if (!req.accepts('html')) {
      res.status(404).type('text/plain').send('Not found.');
      return;
    }
    loaded().then(
      ({ build }) => {
        res.set({ 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
        // With `root`, only the path under it is checked for dot-segments: the build itself lives under node_modules/.cache.
        res.sendFile('index.html', { root: build.folder });
      },
      (error: unknown) => unavailable(res, error),
    );
  });
}
