import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PromoteVersionDocument } from '@steward/client';
import { recordUsage, seed, startTestStack, type SeededOrganization, type SeededProject, type SeededUser, type SeededVersion, type TestStack } from '@steward/standalone/testing';
import { checkPage, consolePage, consoleUrl, launchChromium, openSignedIn, requestFromPage, type ConsoleTokens } from './console-browser.js';

/** The page's document, as the functions run inside the page by `page.evaluate` see it (this program has no DOM types). */
declare const document: { documentElement: { scrollWidth: number } };

/*
 * The console's project page and version comparison, in headless Chromium against a whole stack.
 * The project has a version in production (v1), a candidate whose gate passes (v2, another model
 * configuration) and a candidate whose gate fails on one baseline and warns on another (v3).
 */

let stack: TestStack;
let browser: Browser;
let org: SeededOrganization;
let project: SeededProject;
let viewer: SeededUser;
let v1: SeededVersion;
let v2: SeededVersion;
let v3: SeededVersion;
const pages: Page[] = [];

/** A seeded user's tokens as the console keeps them (the console renews the access token itself when it is refused). */
const tokensOf = (user: SeededUser): ConsoleTokens => ({
  accessToken: user.accessToken,
  refreshToken: user.refreshToken,
  accessTokenExpiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
});

/** The stage of each version, asked of the API as the owner. */
async function stagesOf(...versions: SeededVersion[]): Promise<string[]> {
  const query = `query Stages(${versions.map((_, index) => `$v${index}: ID!`).join(', ')}) { ${versions.map((_, index) => `v${index}: projectVersion(id: $v${index}) { stage }`).join(' ')} }`;
  const variables = Object.fromEntries(versions.map((version, index) => [`v${index}`, version.id]));
  const response = await stack.post<Record<string, { stage: string }>>({ query, variables }, { token: org.owner.accessToken });
  expect(response.errors).toBeUndefined();
  return versions.map((_, index) => response.data![`v${index}`]!.stage);
}

async function openAs(user: SeededUser, path: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const opened = await consolePage(browser, viewport);
  pages.push(opened.page);
  await openSignedIn(opened.page, stack, tokensOf(user), path);
  return opened;
}

const projectPath = () => `/orgs/${org.id}/projects/${project.id}`;
/** The timeline entry of a version. */
const entry = (page: Page, version: SeededVersion): Locator => page.locator(`li.version[data-version-id="${version.id}"]`);
const STAGE_WORDS: Record<string, string> = { V1: 'Candidate', V2: 'Production', V3: 'Retired' };
const ACTION_BUTTONS = /^(Promote|Degrade|Roll back) v\d+ /;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await launchChromium();
  org = await seed(stack).org({ name: 'Console Projects Inc' });
  viewer = await org.member('viewer');
  project = await seed(stack).project(org, { name: 'Support assistant', description: 'Answers customer tickets.' });
  await project.baseline({ metric: 'eval_score', operator: 'GTE', threshold: 0.8 });
  await project.baseline({ metric: 'hallucination_rate', operator: 'LTE', threshold: 0.05, severity: 'WARN' });
  v1 = await project.version({ name: 'january', modelConfig: { model: 'gpt-4o-mini', temperature: 0.2 }, changelog: 'First release.' });
  v2 = await project.version({ name: 'february', modelConfig: { model: 'gpt-4o', temperature: 0.5 }, changelog: 'First release.\nA larger model.' });
  v3 = await project.version({ name: 'march', modelConfig: { model: 'gpt-4o', temperature: 0.9 }, changelog: 'Hotter sampling.' });
  await v1.measure({ eval_score: 0.9, hallucination_rate: 0.01 });
  await v2.measure({ eval_score: 0.93, hallucination_rate: 0.02 });
  await v3.measure({ eval_score: 0.41, hallucination_rate: 0.12 });
  const promoted = await stack.request(PromoteVersionDocument, { input: { versionId: v1.id, reason: 'First production version.' } }, { token: org.owner.accessToken });
  expect(promoted.errors).toBeUndefined();
  // Two requests of 0.06 USD for v1 and one for v2, so each side of a comparison has its own cost.
  const key = await org.apiKey('member');
  await recordUsage(stack, org.id, key.secret, [
    { projectId: project.id, versionId: v1.id, latencyMs: 900 },
    { projectId: project.id, versionId: v1.id, latencyMs: 1100 },
    { projectId: project.id, versionId: v2.id, latencyMs: 400 },
  ]);
});

afterAll(async () => {
  for (const page of pages) await page.context().close();
  await browser?.close();
  await stack?.stop();
});

describe('the project page', () => {
  it('explains a failing gate condition by condition and shows the refusal when promotion is tried', async () => {
    const { page, errors } = await openAs(org.owner, projectPath());
    const failing = entry(page, v3);
    await failing.getByRole('table').waitFor();
    const score = failing.locator('tr[data-metric="eval_score"]');
    await expect.poll(() => score.innerText()).toMatch(/eval_score\s+at least 0\.8\s+0\.41\s+failed\s+error/i);
    expect(await failing.locator('tr[data-metric="hallucination_rate"]').innerText()).toMatch(/hallucination_rate\s+at most 0\.05\s+0\.12\s+warn\s+warn/i);
    expect(await failing.locator('.hint').innerText()).toMatch(/Gate: failed/i);

    await failing.getByRole('button', { name: 'Promote v3 march' }).click();
    await failing.getByLabel('Why promote this version to production?').fill('Trying anyway.');
    await failing.getByRole('button', { name: 'Confirm: promote' }).click();
    const alert = failing.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Promote refused\. The quality gate is FAILED/);
    expect(await alert.innerText()).toMatch(/GATE_FAILED/);
    await checkPage(page, 'project-promotion-refused');
    expect(await stagesOf(v3)).toEqual(['V1']);
    expect(errors).toEqual([]);
  });

  it('lets the owner promote a candidate: it shows as Production and the previous one as Retired', async () => {
    const { page, errors } = await openAs(org.owner, projectPath());
    await entry(page, v2).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Support assistant' }).waitFor();
    expect(await page.locator('.current-version').innerText()).toMatch(/v1 january\s+V2 Production/);
    // Cost and latency of the production version (two requests of 0.06 USD).
    expect(await page.locator('.current-version .figures').innerText()).toMatch(/Requests\s+2[\s\S]*Cost\s+\$0\.12/);
    await checkPage(page, 'project');

    await entry(page, v2).getByRole('button', { name: 'Promote v2 february' }).click();
    await entry(page, v2).getByLabel('Why promote this version to production?').fill('Better answers on the evaluation set.');
    await entry(page, v2).getByRole('button', { name: 'Confirm: promote' }).click();

    await expect.poll(() => entry(page, v2).locator('.stage').innerText()).toBe('V2 Production');
    await expect.poll(() => entry(page, v1).locator('.stage').innerText()).toBe('V3 Retired');
    await expect.poll(() => page.locator('.current-version').innerText()).toMatch(/v2 february\s+V2 Production/);
    expect(await stagesOf(v1, v2)).toEqual(['V3', 'V2']);
    // The version that left production is the one a rollback would bring back; production cannot be promoted again.
    await entry(page, v1).getByRole('button', { name: 'Roll back v1 january' }).waitFor();
    expect(await entry(page, v2).getByRole('button', { name: ACTION_BUTTONS }).allInnerTexts()).toEqual(['Degrade']);
    expect(await entry(page, v3).getByRole('button', { name: ACTION_BUTTONS }).allInnerTexts()).toEqual(['Promote', 'Degrade']);
    expect(errors).toEqual([]);
  });

  it('shows a viewer no stage-change buttons, and refuses a promotion the viewer sends by hand', async () => {
    const { page, errors } = await openAs(viewer, projectPath());
    await entry(page, v3).getByRole('table').waitFor();
    await entry(page, v1).waitFor();
    expect(await page.getByRole('button', { name: ACTION_BUTTONS }).count()).toBe(0);

    const response = await requestFromPage(page, 'mutation Promote($input: PromoteVersionInput!) { promoteVersion(input: $input) { version { id stage } } }', {
      input: { versionId: v3.id, reason: 'A viewer tries.', force: true },
    });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.body.data ?? null).toBeNull();
    expect(await stagesOf(v3)).toEqual(['V1']);
    expect(errors).toEqual([]);
  });

  it('lets the owner roll production back to the version that left it last', async () => {
    // Independent of the promotion test: v2 is put in production here if it is not already.
    if ((await stagesOf(v2))[0] === 'V1') await stack.request(PromoteVersionDocument, { input: { versionId: v2.id, reason: 'Setup.' } }, { token: org.owner.accessToken });
    const { page, errors } = await openAs(org.owner, projectPath());
    const rollback = entry(page, v1).getByRole('button', { name: 'Roll back v1 january' });
    await rollback.click();
    await entry(page, v1).getByLabel('Why roll production back to this version?').fill('February answers worse in production.');
    await entry(page, v1).getByRole('button', { name: 'Confirm: roll back' }).click();
    await expect.poll(() => entry(page, v1).locator('.stage').innerText()).toBe('V2 Production');
    await expect.poll(() => entry(page, v2).locator('.stage').innerText()).toBe('V3 Retired');
    expect(await stagesOf(v1, v2)).toEqual(['V2', 'V3']);
    // Now v2 is the one a rollback would bring back.
    await entry(page, v2).getByRole('button', { name: 'Roll back v2 february' }).waitFor();
    expect(await rollback.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('fits a 390 px wide screen without scrolling sideways, comparison included', async () => {
    const { page } = await openAs(org.owner, projectPath(), { width: 390, height: 844 });
    await entry(page, v3).getByRole('table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.goto(consoleUrl(stack, `${projectPath()}/compare?from=${v3.id}&to=${v2.id}`));
    await page.locator('tr[data-path="/temperature"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('pages a long timeline with Load more, newest first', async () => {
    const long = await seed(stack).project(org, { name: 'Many versions' });
    const versions: SeededVersion[] = [];
    for (let index = 1; index <= 12; index += 1) versions.push(await long.version({ name: `release-${index}` }));
    const { page, errors } = await openAs(org.owner, `/orgs/${org.id}/projects/${long.id}`);
    const headings = page.locator('li.version h3');
    await expect.poll(() => headings.allInnerTexts()).toEqual(versions.slice(2).reverse().map((version) => `v${version.number} ${version.name}`));
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => headings.count()).toBe(12);
    expect((await headings.allInnerTexts()).slice(10)).toEqual(['v2 release-2', 'v1 release-1']);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    // The comparison selects offer the older versions once they are loaded.
    await page.getByLabel('From version').selectOption(versions[0]!.id);
    expect(errors).toEqual([]);
  });
});

describe('the comparison page', () => {
  it('asks for two versions when none are chosen', async () => {
    const { page } = await openAs(org.owner, `${projectPath()}/compare`);
    await page.getByText('Choose two versions to compare.').waitFor();
    await page.getByRole('option', { name: /v3 march/ }).first().waitFor({ state: 'attached' });
  });

  it('opens from the project page and shows the model-config difference, gates and costs side by side', async () => {
    const { page, errors } = await openAs(org.owner, projectPath());
    await page.getByLabel('From version').selectOption(v1.id);
    await page.getByLabel('To version').selectOption(v2.id);
    await page.getByRole('button', { name: 'Compare versions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare versions' }).waitFor();
    expect(new URL(page.url()).search).toBe(`?from=${v1.id}&to=${v2.id}`);

    const temperature = page.locator('tr[data-path="/temperature"]');
    await temperature.waitFor();
    expect(await temperature.innerText()).toMatch(/\/temperature\s+changed\s+0\.2\s+0\.5/);
    expect(await page.locator('tr[data-path="/model"]').innerText()).toMatch(/\/model\s+changed\s+"gpt-4o-mini"\s+"gpt-4o"/);
    const row = (fact: string) => page.locator(`tr[data-fact="${fact}"]`).innerText();
    // Whether the promotion test ran first or not, the page shows the stages the API holds.
    const [fromStage, toStage] = (await stagesOf(v1, v2)).map((stage) => `${stage} ${STAGE_WORDS[stage]}`);
    expect(await row('Stage')).toBe(`Stage\t${fromStage}\t${toStage}`);
    expect(await row('Quality gate')).toMatch(/Quality gate\s+passed\s+passed/i);
    expect(await row('Cost')).toMatch(/Cost\s+\$0\.12\s+\$0\.06/);
    expect(await row('Requests')).toMatch(/Requests\s+2\s+1/);
    expect(await page.locator('.changelog-diff .line-added').allInnerTexts()).toEqual([expect.stringMatching(/\+\s+Added:\s+A larger model\./)]);
    await checkPage(page, 'compare');

    // Changing a select changes the address and the comparison.
    await page.getByLabel('From version').selectOption(v3.id);
    await expect.poll(() => new URL(page.url()).search).toBe(`?from=${v3.id}&to=${v2.id}`);
    await expect.poll(() => row('Quality gate')).toMatch(/Quality gate\s+failed\s+passed/i);
    expect(await page.locator('tr[data-metric="eval_score"]').innerText()).toMatch(/failed 0\.41\s+passed 0\.93\s+Yes/i);
    expect(await page.locator('tr[data-path="/temperature"]').innerText()).toMatch(/0\.9\s+0\.5/);
    expect(await page.locator('tr[data-path="/model"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
