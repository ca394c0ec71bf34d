import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../../gateway/test/fixtures/browser.js';
import { LoginDocument } from '@steward/client';
import type { SeededUser, TestStack } from '@steward/standalone/testing';

export { launchChromium };

/** What the functions run inside the page by `page.evaluate` use of it (this program has no DOM types). */
declare const sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
declare const window: unknown;

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Where the console's browser tests save their screenshots (CI keeps the folder as artifacts; see the README). */
export const SCREENSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-artifacts/console');

/** The tokens sign-in returns, as the console keeps them in sessionStorage. */
export interface ConsoleTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

/** A page at 1280 × 800 whose script errors fail the test that opened it. */
export async function consolePage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** The console's URL for `path` (under /console) on the stack's gateway. */
export const consoleUrl = (stack: TestStack, path = '/') => new URL(`/console${path === '/' ? '' : path}`, stack.gatewayUrl).toString();

/** Signs `user` in through the API (no second factor) and returns the tokens as the console keeps them. */
export async function tokensOf(stack: TestStack, user: Pick<SeededUser, 'email' | 'password'>): Promise<ConsoleTokens> {
  const result = await stack.request(LoginDocument, { input: { email: user.email, password: user.password } });
  const login = result.data?.login;
  if (!login) throw new Error(`Sign-in failed: ${JSON.stringify(result.errors)}`);
  return { accessToken: login.accessToken, accessTokenExpiresAt: login.accessTokenExpiresAt, refreshToken: login.refreshToken };
}

/**
 * Opens `path` already signed in with `tokens` (as if the sign-in form had run in this tab): the
 * sign-in form itself has its own test.
 */
export async function openSignedIn(page: Page, stack: TestStack, tokens: ConsoleTokens, path: string): Promise<void> {
  await page.goto(consoleUrl(stack, '/sign-in'));
  await page.evaluate((value) => sessionStorage.setItem('steward.console.session', value), JSON.stringify(tokens));
  await page.goto(consoleUrl(stack, path));
}

/** The serious and critical axe-core violations on the page as it is now (rule id and the first offending element). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes[0]?.target)}`);
}

/** Checks the page with axe-core (no serious violation) and saves its screenshot as `<name>.png`. */
export async function checkPage(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/** A hand-made GraphQL request from inside the page, with the page's own session (what a person could type in the devtools). */
export interface PageResponse {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

export function requestFromPage(page: Page, query: string, variables: Record<string, unknown>): Promise<PageResponse> {
  return page.evaluate(
    async ([text, vars]) => {
      const tokens = JSON.parse(sessionStorage.getItem('steward.console.session') ?? '{}') as { accessToken?: string };
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.accessToken}` }, body: JSON.stringify({ query: text, variables: vars }) });
      return { status: response.status, body: (await response.json()) as PageResponse['body'] };
    },
    [query, variables] as const,
  );
}
