import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBudgetDocument } from '@steward/client';
import { recordUsage, seed, startTestStack, type TestStack } from '@steward/standalone/testing';
import { DEMO_PASSWORD, seedDemoOrganization, type DemoOrganization } from '../../standalone/src/demo/demo-organization.js';
import { SCREENSHOT_DIR, checkPage, consolePage, launchChromium, openSignedIn, tokensOf, type ConsoleTokens } from './console-browser.js';

/** The page's Performance timeline, as code run by `page.evaluate` sees it (this program has no DOM types). */
interface PagePerformance {
  performance: { getEntriesByName(name: string): { startTime: number }[] };
}
declare const document: { documentElement: { scrollWidth: number } };

/*
 * The organization overview on the demo organization (`npm run demo`'s data): projects with their
 * production version and gate, budgets with their forecast, and the usage chart, which moves when
 * another client records usage and shows budget alerts as they are raised.
 */

let stack: TestStack;
let browser: Browser;
let demo: DemoOrganization;
let owner: ConsoleTokens;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchChromium();
  demo = await seedDemoOrganization(stack);
  owner = await tokensOf(stack, { email: demo.people.find((person) => person.role === 'owner')!.email, password: DEMO_PASSWORD });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const requestsShown = async (page: Page) => Number(await page.getByTestId('usage-totals').getAttribute('data-requests'));

describe('the organization overview', () => {
  it('shows the demo projects with their production version and gate, the budgets and the usage chart', async () => {
    const { page, errors } = await consolePage(browser);
    await openSignedIn(page, stack, owner, `/orgs/${demo.organization.id}`);
    await page.locator('.chart canvas').waitFor();
    const firstChartMs = await page.evaluate(() => (globalThis as unknown as PagePerformance).performance.getEntriesByName('steward:first-chart')[0]?.startTime ?? -1);
    expect(firstChartMs).toBeGreaterThan(0);
    // The figure for the closing note: navigation start to the first chart drawn, on the demo data.
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await writeFile(join(SCREENSHOT_DIR, 'overview-first-chart.json'), JSON.stringify({ firstChartMs: Math.round(firstChartMs) }));

    await page.getByRole('heading', { level: 1, name: 'Acme AI' }).waitFor();
    for (const project of demo.projects) await page.getByRole('link', { name: project.name }).waitFor();
    const production = demo.projects.flatMap((project) => project.versions.filter((version) => version.stage === 'V2').map((version) => version.name));
    for (const name of production) await page.getByText(name, { exact: false }).first().waitFor();
    for (const budget of demo.budgets) await page.getByText(budget, { exact: false }).first().waitFor();
    expect(await requestsShown(page)).toBeGreaterThan(0);
    await checkPage(page, 'overview');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves the chart within 2 s of a usage record sent by another client, and shows a budget alert as it is raised', async () => {
    const { page } = await consolePage(browser);
    await openSignedIn(page, stack, owner, `/orgs/${demo.organization.id}`);
    await page.locator('.chart canvas').waitFor();
    // A first record shows once the page's subscription is live (it starts with the page, unacknowledged).
    const before = await requestsShown(page);
    await recordUsage(stack, demo.organization.id, demo.apiKey.secret, [{}]);
    await expect.poll(() => requestsShown(page), { timeout: 20_000 }).toBe(before + 1);
    // From then on, a record sent by another client moves the totals and the chart within 2 s.
    const sent = performance.now();
    await recordUsage(stack, demo.organization.id, demo.apiKey.secret, [{}, {}, {}]);
    await expect.poll(() => requestsShown(page), { timeout: 2_000, interval: 50 }).toBe(before + 4);
    const movedMs = Math.round(performance.now() - sent);
    await writeFile(join(SCREENSHOT_DIR, 'overview-live-update.json'), JSON.stringify({ movedMs }));

    // A budget of 10 cents with an alert at 50 % on a project with no spend yet: one record (6 cents) raises it, and it appears live.
    const project = await seed(stack).project({ id: demo.organization.id, owner: { ...owner, id: '', email: '', password: '', name: '' } }, { name: 'Budgeted project' });
    const budget = await stack.request(CreateBudgetDocument, { input: { organizationId: demo.organization.id, name: 'Tiny test budget', scope: 'PROJECT', scopeId: project.id, period: 'MONTHLY', limitUsd: '0.10', alertThresholds: [0.5] } }, { token: owner.accessToken });
    expect(budget.errors).toBeUndefined();
    const { alertIds } = await recordUsage(stack, demo.organization.id, demo.apiKey.secret, [{ projectId: project.id }]);
    expect(alertIds.length).toBeGreaterThan(0);
    const alert = page.locator('.alerts .alert', { hasText: 'Tiny test budget' });
    await alert.waitFor({ timeout: 5_000 });
    expect(await alert.innerText()).toContain('50 %');
    await page.context().close();
  });

  it('pages through more projects than one page holds, and fits a phone screen', async () => {
    const org = await seed(stack).org({ name: 'Many Projects Ltd' });
    for (let index = 0; index < 22; index += 1) await seed(stack).project(org, { name: `Project ${String(index).padStart(2, '0')}` });
    const tokens = await tokensOf(stack, org.owner);
    const { page } = await consolePage(browser, { width: 390, height: 844 });
    await openSignedIn(page, stack, tokens, `/orgs/${org.id}`);
    const rows = page.locator('tbody tr th[scope=row]');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(20);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(22);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await checkPage(page, 'overview-phone');
    await page.context().close();
  });
});
