import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluatePoliciesDocument, PullRequestsDocument, StartAnalysisDocument, type StartAnalysisInput } from '@steward/client';
import { HttpReferenceDirectory, defineSubgraph } from '@steward/kernel';
import { eventually } from '@steward/kernel/testing';
import { descriptors } from '@steward/standalone';
import { seed, startTestStack, type SeededOrganization, type SeededProject, type SeededRepository, type SeededUser, type TestStack } from '@steward/standalone/testing';
import { catalogueOf, createAnalysisSubgraph, descriptor as analysisDescriptor, shippedAnalyzers, type Analyzer } from '@steward/analysis';
import { SAMPLE_SOURCE, finished, semgrepSarif, tarGz, uploaded } from '../../subgraphs/analysis/test/analysis-fixtures.js';
import { assignedPolicy, llmRequest } from '../../subgraphs/policy/test/policy-fixtures.js';
import { githubPayload } from '../../subgraphs/repos/test/github-payloads.js';
import { checkPage, consolePage, launchChromium, openSignedIn, requestFromPage, type ConsoleTokens } from './console-browser.js';

/** The page's document, as the functions run inside the page by `page.evaluate` see it (this program has no DOM types). */
declare const document: { documentElement: { scrollWidth: number } };

/*
 * The console's repositories, policies and analysis screens in headless Chromium against a whole
 * stack. The organization has a repository with one pull request (delivered by a signed webhook),
 * a cost-cap policy that denied one request, and a project analysed from an uploaded SARIF report
 * (one MAJOR and one INFO finding). The source analyzer is one the test holds and releases, so a
 * running session can be watched turning SUCCEEDED live.
 */

/** A static analyzer that stays running until the test releases it, then reports one finding. */
class HeldAnalyzer implements Analyzer {
  name = 'held';
  version = '1';
  kind = 'STATIC' as const;
  needsSource = true;
  started = 0;
  configDigest = async () => 'held';
  private release: () => void = () => undefined;
  private readonly held = new Promise<void>((resolve) => {
    this.release = resolve;
  });

  async run() {
    this.started += 1;
    await this.held;
    return { findings: [{ rule: 'held-rule', tool: 'held', severity: 'MINOR' as const, category: 'maintainability', message: 'Released.', path: 'src/a.js', startLine: 2, endLine: 2, fingerprint: 'held-1' }], tools: ['held'], metrics: { filesAnalysed: 1 } };
  }

  releaseAll(): void {
    this.release();
  }
}

const held = new HeldAnalyzer();
let stack: TestStack;
let browser: Browser;
let org: SeededOrganization;
let viewer: SeededUser;
let project: SeededProject;
let repository: SeededRepository;
let sarifSessionId: string;
const pages: Page[] = [];

const tokensOf = (user: SeededUser): ConsoleTokens => ({ accessToken: user.accessToken, refreshToken: user.refreshToken, accessTokenExpiresAt: new Date(Date.now() + 10 * 60_000).toISOString() });

async function openAs(user: SeededUser, path: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const opened = await consolePage(browser, viewport);
  pages.push(opened.page);
  opened.page.setDefaultTimeout(20_000);
  await openSignedIn(opened.page, stack, tokensOf(user), path);
  return opened;
}

/** A Semgrep SARIF report with a second result at the `note` level, so the session has a MAJOR and an INFO finding. */
function twoSeveritySarif(): Buffer {
  const log = JSON.parse(semgrepSarif().toString('utf8')) as { runs: { results: Record<string, unknown>[] }[] };
  const run = log.runs[0]!;
  run.results.push({
    ruleId: 'generic.style.todo-comment',
    level: 'note',
    message: { text: 'A TODO comment was left in.' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'app/util.py' }, region: { startLine: 3, endLine: 3 } } }],
    partialFingerprints: { primaryLocationLineHash: 'fp-todo' },
  });
  return Buffer.from(JSON.stringify(log));
}

async function startAnalysis(input: Partial<StartAnalysisInput>): Promise<string> {
  const started = await stack.request(StartAnalysisDocument, { input: { organizationId: org.id, projectId: project.id, ...input } }, { token: org.owner.accessToken });
  expect(started.errors).toBeUndefined();
  return started.data!.startAnalysis.id;
}

beforeAll(async () => {
  // The whole stack, with ESLint's place taken by the held analyzer.
  const shipped = shippedAnalyzers();
  const analysis = defineSubgraph({
    ...analysisDescriptor,
    build: async ({ env, database, logger, bus, grants, routes, clock, production, role, jobs }) =>
      createAnalysisSubgraph({
        env, database, logger, bus, clock, production, role, jobs, grants: await grants(), directory: new HttpReferenceDirectory(routes), routes,
        analyzers: catalogueOf({ STATIC: held, GRAPH: shipped.forSource('GRAPH') }, { SARIF: shipped.forReport('SARIF'), JUNIT: shipped.forReport('JUNIT'), COVERAGE: shipped.forReport('COVERAGE') }),
      }),
  });
  stack = await startTestStack({}, { subgraphs: descriptors.map((entry) => (entry.name === 'analysis' ? analysis : entry)) });
  browser = await launchChromium();
  org = await seed(stack).org({ name: 'Console Subgraphs Inc' });
  viewer = await org.member('viewer');
  project = await seed(stack).project(org, { name: 'Checkout service' });

  const sarif = await uploaded(stack, org, project, 'SARIF', 'semgrep.sarif', twoSeveritySarif());
  sarifSessionId = await startAnalysis({ reportUploadIds: [sarif], kinds: ['IMPORT'] });
  expect((await finished(stack, org.owner.accessToken, sarifSessionId)).status).toBe('SUCCEEDED');

  await assignedPolicy(stack, org, { name: 'Cost cap' });
  const decision = await stack.request(EvaluatePoliciesDocument, { input: { organizationId: org.id, action: 'LLM_REQUEST', context: { request: llmRequest({ costUsd: 0.42 }) } } }, { token: org.owner.accessToken });
  expect(decision.data?.evaluatePolicies.outcome).toBe('DENY');

  repository = await seed(stack).repository(org, { fullName: 'Codertocat/Hello-World', projectId: project.id });
  const sent = await repository.send(repository.githubDelivery('pull_request', githubPayload('pull_request', 'opened', repository.fullName)));
  expect(sent.status).toBe(202);
  await eventually(
    async () => (await stack.request(PullRequestsDocument, { repositoryId: repository.id }, { token: org.owner.accessToken })).data?.pullRequests.edges.length ?? 0,
    (count) => count === 1,
    'the delivered pull request to be tracked',
  );
}, 120_000);

afterAll(async () => {
  held.releaseAll();
  for (const page of pages) await page.context().close();
  await browser?.close();
  await stack?.stop();
});

const sessionRow = (page: Page, id: string) => page.locator(`tr[data-session-id="${id}"]`);
const findingRows = (page: Page) => page.locator('.session-detail tr[data-finding-id]');

describe('the analysis page', () => {
  it('shows the session, its tasks and its findings, filtered by severity', async () => {
    const { page, errors } = await openAs(org.owner, `/orgs/${org.id}/projects/${project.id}/analysis`);
    await page.getByRole('heading', { level: 1, name: 'Analysis of Checkout service' }).waitFor();
    const row = sessionRow(page, sarifSessionId);
    await expect.poll(() => row.innerText()).toMatch(/succeeded\s+import[\s\S]*2 \(2 new, 0 new critical\)\s+1 of 1 succeeded/i);
    await row.getByRole('button', { name: /^Details/ }).click();
    await page.locator(`.session-detail[data-session-id="${sarifSessionId}"] tr[data-task-id]`).first().waitFor();
    expect(await page.locator('.session-detail tr[data-task-id]').innerText()).toMatch(/sarif\s+import\s+succeeded\s+\d+ ms\s+Miss/i);
    await expect.poll(() => findingRows(page).count()).toBe(2);
    expect(await page.locator('.session-detail tr[data-severity="MAJOR"]').innerText()).toMatch(/exec-detected\s+major\s+app\/run\.py:12\s+Detected the use of exec\(\)\.\s+open\s+New/i);
    await checkPage(page, 'analysis');

    await page.getByLabel('Severity').selectOption('INFO');
    await expect.poll(() => findingRows(page).allInnerTexts()).toEqual([expect.stringMatching(/todo-comment\s+info\s+app\/util\.py:3/i)]);
    await page.getByLabel('Severity').selectOption('CRITICAL');
    await page.getByText('No critical findings in this session.').waitFor();
    await page.getByLabel('Severity').selectOption('MAJOR');
    await expect.poll(() => findingRows(page).allInnerTexts()).toEqual([expect.stringMatching(/exec-detected\s+major/i)]);

    // Ignored with a reason, then reopened.
    const major = page.locator('.session-detail tr[data-severity="MAJOR"]');
    await major.getByRole('button', { name: /^Ignore/ }).click();
    await major.getByLabel(/Why ignore .*exec-detected at app\/run\.py:12\?/).fill('exec is given constant strings only.');
    await major.getByRole('button', { name: 'Confirm: ignore' }).click();
    await expect.poll(() => major.locator('.finding-status').innerText()).toMatch(/ignored\s+exec is given constant strings only\./i);
    await major.getByRole('button', { name: /^Reopen/ }).click();
    await expect.poll(() => major.locator('.finding-status').innerText()).toMatch(/^open$/i);
    expect(errors).toEqual([]);
  });

  it('follows a running session live until it finishes', async () => {
    const source = await uploaded(stack, org, project, 'SOURCE_ARCHIVE', 'src.tar.gz', await tarGz(SAMPLE_SOURCE));
    const id = await startAnalysis({ source: { uploadId: source }, kinds: ['STATIC'] });
    await eventually(() => held.started, (count) => count === 1, 'the held analyzer to start');
    const { page, errors } = await openAs(org.owner, `/orgs/${org.id}/projects/${project.id}/analysis`);
    // The newest session is the one shown in detail.
    await expect.poll(() => sessionRow(page, id).locator('.session-status').innerText()).toMatch(/^running$/i);
    await page.locator(`.session-detail[data-session-id="${id}"]`).waitFor();
    held.releaseAll();
    await expect.poll(() => sessionRow(page, id).locator('.session-status').innerText()).toMatch(/^succeeded$/i);
    await expect.poll(() => findingRows(page).allInnerTexts()).toEqual([expect.stringMatching(/held-rule\s+minor\s+src\/a\.js:2\s+Released\./i)]);
    expect(await page.locator('.session-detail tr[data-task-id]').innerText()).toMatch(/held\s+static\s+succeeded/i);
    expect(errors).toEqual([]);
  });

  it('shows a viewer no Ignore button, and refuses an ignore the viewer sends by hand', async () => {
    const { page, errors } = await openAs(viewer, `/orgs/${org.id}/projects/${project.id}/analysis`);
    await sessionRow(page, sarifSessionId).getByRole('button', { name: /^Details/ }).click();
    await expect.poll(() => findingRows(page).count()).toBe(2);
    expect(await page.getByRole('button', { name: /^(Ignore|Reopen)/ }).count()).toBe(0);
    const findingId = await findingRows(page).first().getAttribute('data-finding-id');
    const response = await requestFromPage(page, 'mutation Ignore($input: IgnoreFindingInput!) { ignoreFinding(input: $input) { id status } }', { input: { findingId, reason: 'A viewer tries.' } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errors).toEqual([]);
  });

  it('is linked from the project page', async () => {
    const { page } = await openAs(org.owner, `/orgs/${org.id}/projects/${project.id}`);
    await page.getByRole('link', { name: 'Analysis', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Analysis of Checkout service' }).waitFor();
  });
});

describe('the policies page', () => {
  it('shows the policy, its decision and the open violation, and lets the owner acknowledge it', async () => {
    const { page, errors } = await openAs(org.owner, `/orgs/${org.id}/policies`);
    const policy = page.locator('tr[data-policy-id]');
    await expect.poll(() => policy.allInnerTexts()).toEqual([expect.stringMatching(/Cost cap\s+cost\s+v1\s+strict\s+active changed/i)]);
    await expect.poll(() => page.locator('tr[data-decision-id]').allInnerTexts()).toEqual([expect.stringMatching(/llm request\s+deny\s+Cost cap v1 \(strict\)/i)]);
    const violation = page.locator('tr[data-violation-id]');
    await expect.poll(() => violation.allInnerTexts()).toEqual([expect.stringMatching(/Cost cap: cap[\s\S]*high\s+deny\s+open/i)]);
    await checkPage(page, 'policies');

    await violation.getByRole('button', { name: /^Acknowledge/ }).click();
    await page.getByText('No open violations.').waitFor();
    await page.getByLabel('Status').selectOption('ACKNOWLEDGED');
    await expect.poll(() => violation.locator('.violation-status').allInnerTexts()).toEqual([expect.stringMatching(/^acknowledged$/i)]);
    expect(await violation.getByRole('button', { name: /^Resolve/ }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows a viewer the violations without buttons to change them', async () => {
    const { page, errors } = await openAs(viewer, `/orgs/${org.id}/policies`);
    await page.getByLabel('Status').selectOption('');
    await expect.poll(() => page.locator('tr[data-violation-id]').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^(Acknowledge|Resolve)/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the repositories page', () => {
  it('lists the connected repository and, on demand, its pull requests', async () => {
    const { page, errors } = await openAs(org.owner, `/orgs/${org.id}/repositories`);
    const row = page.locator(`tr[data-repository-id="${repository.id}"]`);
    await expect.poll(() => row.innerText()).toMatch(/Codertocat\/Hello-World\s+GitHub\s+Checkout service\s+active/i);
    expect(await row.innerText()).not.toMatch(/No webhook received yet/);
    await row.getByRole('button', { name: 'Pull requests of Codertocat/Hello-World' }).click();
    await page.getByRole('heading', { level: 2, name: 'Pull requests of Codertocat/Hello-World' }).waitFor();
    await expect.poll(() => page.locator('tr[data-pull-request]').allInnerTexts()).toEqual([expect.stringMatching(/#2 Update the README with new information\.\s+Codertocat\s+open\s+Not reviewed yet/i)]);
    await checkPage(page, 'repositories');
    expect(errors).toEqual([]);
  });

  it('tells an organization without repositories how to connect one', async () => {
    const empty = await seed(stack).org();
    const { page, errors } = await openAs(empty.owner, `/orgs/${empty.id}/repositories`);
    await page.getByText('No repositories connected yet.').waitFor();
    expect(await page.locator('.empty-next').innerText()).toMatch(/connectRepository/);
    expect(errors).toEqual([]);
  });
});

describe('on a 390 px wide screen', () => {
  it('shows each of the three screens without scrolling sideways', async () => {
    const { page } = await openAs(org.owner, `/orgs/${org.id}/projects/${project.id}/analysis`, { width: 390, height: 844 });
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.locator('.session-detail tr[data-task-id]').first().waitFor();
    await page.locator('.session-detail tr[data-finding-id]').first().waitFor();
    expect(await width()).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: 'Policies' }).click();
    await page.locator('tr[data-decision-id]').first().waitFor();
    expect(await width()).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: 'Repositories' }).click();
    await page.getByRole('button', { name: 'Pull requests of Codertocat/Hello-World' }).click();
    await page.locator('tr[data-pull-request]').waitFor();
    expect(await width()).toBeLessThanOrEqual(390);
  });
});
