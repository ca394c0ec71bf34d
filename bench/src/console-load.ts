/**
 * The console's weight and speed on the demo organization (`npm run demo`'s data):
 *   - the production build: a cold Vite build vs finding the build of the same inputs (what every
 *     later `npm start` does), and the gzipped weight of the sign-in page, of the overview and of all
 *     assets;
 *   - in headless Chromium (Debian's), RUNS navigations each: time from navigation start to the
 *     overview's first chart (the `steward:first-chart` mark), in a fresh browser context (nothing
 *     cached) and again in the same context (assets cached), against the baseline of the sign-in
 *     page's own load (the same assets, no data).
 * Everything runs in this process and the browser on this machine, so the figures are relative.
 *
 * Run: `npx tsx bench/src/console-load.ts` (RUNS, default 10; DATABASE_URL for PostgreSQL).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { LoginDocument } from '@steward/client';
import { createCapturingLogger, createTestDatabase } from '@steward/kernel/testing';
import { startSteward } from '@steward/standalone';
import { createGatewayClient, localStackEnv } from '@steward/standalone/testing';
import { consolePageWeights } from '../../gateway/src/console/bundle-size.js';
import { buildConsole } from '../../gateway/src/console/console-build.js';
import { DEMO_PASSWORD, seedDemoOrganization } from '../../standalone/src/demo/demo-organization.js';
import { fixed, isEntryPoint, machineLine, percentile, printTable, sortedCopy } from './stats.js';

const RUNS = Number(process.env.RUNS ?? 10);

/** What code run by `page.evaluate` uses of the page (this program has no DOM types). */
interface PageGlobals {
  performance: { getEntriesByName(name: string): { startTime: number }[]; getEntriesByType(type: string): { loadEventEnd: number }[] };
  sessionStorage: { setItem(key: string, value: string): void };
}

async function measureBuild(): Promise<void> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'steward-console-bench-'));
  try {
    const cold = await buildConsole(cacheDir);
    const found = await buildConsole(cacheDir);
    const weights = await consolePageWeights(cold.folder);
    const kb = (bytes: number) => fixed(bytes / 1024, 1);
    console.log(`\n# Console build and weight (gzip -9)`);
    printTable(['what', 'ms', 'KB gzipped'], [
      ['cold Vite build (child process)', fixed(cold.durationMs, 0), ''],
      ['build of the same inputs found (baseline)', fixed(found.durationMs, 1), ''],
      ['sign-in page (index.html: script + CSS)', '', kb(weights.signIn.gzipBytes)],
      ['organization overview (+ its chunk, uPlot)', '', kb(weights.overview.gzipBytes)],
      ['every asset', '', kb(weights.allGzipBytes)],
    ]);
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

export async function main(): Promise<void> {
  await measureBuild();
  const database = await createTestDatabase();
  // The demo reads its invitation mails from the stack's log lines.
  const { logger: stackLogger, lines: logLines } = createCapturingLogger('info');
  const steward = await startSteward({ env: localStackEnv({ GATEWAY_CONSOLE: 'eager' }), database: database.target, logger: stackLogger });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const client = createGatewayClient(steward.gatewayUrl);
    const demo = await seedDemoOrganization({ gatewayUrl: steward.gatewayUrl, logLines, ...client });
    const login = await client.request(LoginDocument, { input: { email: 'ada@acme.example', password: DEMO_PASSWORD } });
    const tokens = login.data!.login;
    const url = (path: string) => new URL(`/console${path}`, steward.gatewayUrl).toString();
    const signedIn = async (context: BrowserContext) => {
      const page = await context.newPage();
      await page.goto(url('/sign-in'));
      await page.evaluate((value) => (globalThis as unknown as PageGlobals).sessionStorage.setItem('steward.console.session', value), JSON.stringify({ accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.accessTokenExpiresAt, refreshToken: tokens.refreshToken }));
      return page;
    };
    const firstChart = async (page: Awaited<ReturnType<typeof signedIn>>) => {
      await page.goto(url(`/orgs/${demo.organization.id}`));
      await page.locator('.chart canvas').waitFor();
      return page.evaluate(() => (globalThis as unknown as PageGlobals).performance.getEntriesByName('steward:first-chart')[0]!.startTime);
    };
    const signInLoad: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const baselineContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const baselinePage = await baselineContext.newPage();
      await baselinePage.goto(url('/sign-in'), { waitUntil: 'load' });
      await baselinePage.getByLabel('Email').waitFor();
      signInLoad.push(await baselinePage.evaluate(() => (globalThis as unknown as PageGlobals).performance.getEntriesByType('navigation')[0]!.loadEventEnd));
      await baselineContext.close();

      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await signedIn(context);
      cold.push(await firstChart(page));
      warm.push(await firstChart(page));
      await context.close();
    }
    console.log(`\n# Console in headless Chromium on the demo organization (${database.description}), ${RUNS} runs each`);
    console.log(`# ${machineLine()}`);
    const row = (name: string, values: number[]) => {
      const sorted = sortedCopy(values);
      return [name, fixed(percentile(sorted, 50), 0), fixed(percentile(sorted, 99), 0)];
    };
    printTable(['navigation start →', 'p50 ms', 'p99 ms'], [
      row('sign-in page loaded (baseline)', signInLoad),
      row('overview first chart, nothing cached', cold),
      row('overview first chart, assets cached', warm),
    ]);
  } finally {
    await browser.close();
    await steward.stop();
    await database.drop();
  }
}

if (isEntryPoint(import.meta.url)) await main();
