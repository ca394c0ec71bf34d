import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '@steward/standalone/testing';
import { consolePageWeights } from '../src/console/bundle-size.js';
import { CONSOLE_SOURCE_DIR, buildConsole, consoleInputDigest } from '../src/console/console-build.js';
import { SCREENSHOT_DIR } from '../../console/test/console-browser.js';

/*
 * The console as the gateway serves it: one production build per version of its inputs, index.html
 * for every console path, hashed assets cached for good, nothing from elsewhere, and a first page
 * within its weight budget (300 KB gzipped).
 */

let stack: TestStack;
let cacheDir: string;
beforeAll(async () => {
  stack = await startTestStack();
  cacheDir = await mkdtemp(join(tmpdir(), 'steward-console-cache-'));
});
afterAll(async () => {
  await stack?.stop();
  await rm(cacheDir, { recursive: true, force: true });
});

const get = (path: string, accept = 'text/html') => fetch(new URL(path, stack.gatewayUrl), { headers: { accept } });
const assetsOf = (html: string) => [...html.matchAll(/(?:src|href)="(\/console\/assets\/[\w.-]+)"/g)].map((match) => match[1]!);

describe('the console at /console', () => {
  it('answers index.html with a strict CSP for every console path, and nothing to API clients', async () => {
    const root = await get('/console');
    expect(root.status).toBe(200);
    expect(root.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(root.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(root.headers.get('cache-control')).toBe('no-cache');
    const html = await root.text();
    expect(assetsOf(html).length).toBeGreaterThanOrEqual(2);
    expect(html).not.toMatch(/https?:\/\//);
    const deep = await get('/console/orgs/0b5b2c56-3f0a-4a8e-9a52-3c1f5d0f6a11/projects/x/compare?from=a&to=b');
    expect([deep.status, await deep.text()]).toEqual([200, html]);
    expect((await get('/console', 'application/json')).status).toBe(404);
  });

  it('serves hashed assets for a year, and nothing else under /console/assets', async () => {
    const html = await (await get('/console')).text();
    for (const path of assetsOf(html)) {
      const asset = await get(path, '*/*');
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      const body = await asset.text();
      // Nothing of the server's configuration is in the bundle: it finds the API on its own origin.
      expect(body).not.toMatch(/postgres:\/\/|127\.0\.0\.1|localhost:\d|process\.env/);
      // React's production build, whatever NODE_ENV the server runs with (`test` here).
      expect(body).not.toMatch(/jsxDEV|react-devtools/);
    }
    expect((await get('/console/assets/missing.js', '*/*')).status).toBe(404);
    expect((await get('/console/assets/..%2f..%2fpackage.json', '*/*')).status).toBe(404);
  });
});

describe('the console build', () => {
  it('builds once per version of its inputs and reuses the build after', async () => {
    const first = await buildConsole(cacheDir);
    const again = await buildConsole(cacheDir);
    expect([again.built, again.folder]).toEqual([false, first.folder]);
    expect(first.digest).toBe(await consoleInputDigest());
  });

  it('sees a changed source as a new version (npm start then builds again)', async () => {
    const copy = join(CONSOLE_SOURCE_DIR, '..', 'node_modules', '.cache', `console-digest-${process.pid}`);
    await mkdir(copy, { recursive: true });
    try {
      await cp(join(CONSOLE_SOURCE_DIR, 'src'), join(copy, 'src'), { recursive: true });
      const before = await consoleInputDigest(copy);
      expect(await consoleInputDigest(copy)).toBe(before);
      await writeFile(join(copy, 'src', 'styles.css'), '/* changed */', { flag: 'a' });
      expect(await consoleInputDigest(copy)).not.toBe(before);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('keeps the first page within 300 KB gzipped', async () => {
    const weights = await consolePageWeights((await buildConsole(cacheDir)).folder);
    expect(weights.signIn.gzipBytes).toBeLessThanOrEqual(300 * 1024);
    expect(weights.overview.gzipBytes).toBeLessThanOrEqual(300 * 1024);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await writeFile(join(SCREENSHOT_DIR, 'bundle.json'), JSON.stringify({ signInGzipBytes: weights.signIn.gzipBytes, overviewGzipBytes: weights.overview.gzipBytes, allGzipBytes: weights.allGzipBytes }));
  });
});
