import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordUsage, seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { editorValues, launchChromium, setEditor } from './fixtures/browser.js';
import { startPlaygroundHost } from './fixtures/playground-host.js';

/** The page's document, as the functions run inside the page by `page.evaluate` see it (this program has no DOM types). */
declare const document: {
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): ArrayLike<unknown>;
  body: { innerText: string };
};

/*
 * The clients a user opens in a browser, driven in headless Chromium: the IDE the gateway serves,
 * GraphQL Playground hosted on another origin (listed in CORS_ORIGINS), and a page on an origin
 * that is not listed. Each runs a query and receives a subscription event with default settings.
 */

let stack: TestStack;
let host: Awaited<ReturnType<typeof startPlaygroundHost>>;
let browser: Browser;
let org: SeededOrganization;
let memberKey: string;

beforeAll(async () => {
  host = await startPlaygroundHost();
  stack = await startTestStack({ CORS_ORIGINS: host.origin });
  browser = await launchChromium();
  org = await seed(stack).org({ name: 'Browser Clients Inc' });
  memberKey = (await org.apiKey('member')).secret;
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await host?.stop();
});

const SUBSCRIPTION = (orgId: string) => `subscription Live {\n  llmUsageRecorded(organizationId: "${orgId}") {\n    id\n    records\n  }\n}\n`;

/** Records usage until `shows` sees the new batch's id on the page (a subscription starts unacknowledged). */
async function untilDelivered(page: Page, shows: (page: Page, id: string) => Promise<boolean>): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const { batches } = await recordUsage(stack, org.id, memberKey, [{}]);
    const id = batches[0]!.id;
    const deadline = Date.now() + 500;
    while (Date.now() < deadline) {
      if (await shows(page, id)) return id;
      await page.waitForTimeout(25);
    }
  }
  throw new Error('The page never showed a subscription event');
}

async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return page;
}

describe('the built-in IDE (GraphiQL)', () => {
  const RESULT = '.result-window .CodeMirror';
  const result = async (page: Page) => (await editorValues(page, RESULT))[0] ?? '';
  /** Types `operation` and runs it once GraphiQL has read its name (the tab is titled after it). */
  const run = async (page: Page, operation: string, name: string) => {
    await setEditor(page, '.graphiql-query-editor .CodeMirror', operation);
    await page.waitForFunction((title) => (document.querySelector('.graphiql-tab-button') as { textContent?: string } | null)?.textContent === title, name);
    await page.click('.graphiql-execute-button');
  };

  it('runs a query and receives a subscription event with the token typed in its headers', async () => {
    const page = await newPage();
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-query-editor .CodeMirror');
    // The first tab holds a useful operation, and the docs explorer is open.
    expect((await editorValues(page, '.graphiql-query-editor .CodeMirror'))[0]).toMatch(/query Me/);
    await page.waitForSelector('.graphiql-doc-explorer');

    await setEditor(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror', JSON.stringify({ Authorization: `Bearer ${memberKey}` }));
    await run(page, `query OrganizationName { organization(id: "${org.id}") { name } }`, 'OrganizationName');
    await page.waitForFunction((css) => (document.querySelector(css) as any)?.CodeMirror?.getValue().includes('Browser Clients Inc'), RESULT);

    await run(page, SUBSCRIPTION(org.id), 'Live');
    const id = await untilDelivered(page, async (current, batch) => (await result(current)).includes(batch));
    expect(JSON.parse(await result(page))).toEqual({ data: { llmUsageRecorded: { id, records: 1 } } });
    await page.close();
  });

  it('shows why a subscription socket was closed instead of spinning', async () => {
    const page = await newPage();
    await page.goto(stack.gatewayUrl);
    await page.waitForSelector('.graphiql-query-editor .CodeMirror');
    await setEditor(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror', JSON.stringify({ Authorization: 'Bearer stw_not_a_real_key' }));
    await run(page, SUBSCRIPTION(org.id), 'Live');
    await page.waitForFunction((css) => (document.querySelector(css) as any)?.CodeMirror?.getValue().includes('4401'), RESULT);
    expect(await result(page)).toMatch(/closed \(4401\): Unauthenticated/);
    await page.close();
  });
});

describe('GraphQL Playground on another origin', () => {
  const pageText = (page: Page) => page.evaluate(() => document.body.innerText);

  it('runs a query and receives a subscription event over the legacy protocol', async () => {
    const page = await newPage();
    const headers = { authorization: `Bearer ${memberKey}` };
    await page.goto(host.origin + host.pageFor(stack.gatewayUrl, { query: `query { organization(id: "${org.id}") { name } }`, headers }));
    await page.click('[title="Execute Query (Ctrl-Enter)"]');
    await page.waitForFunction(() => document.body.innerText.includes('Browser Clients Inc'));

    await page.goto(host.origin + host.pageFor(stack.gatewayUrl, { query: SUBSCRIPTION(org.id), headers }));
    await page.click('[title="Execute Query (Ctrl-Enter)"]');
    const id = await untilDelivered(page, async (current, batch) => (await pageText(current)).includes(batch));
    expect(await pageText(page)).toContain(id);
    await page.close();
  });
});

describe('a page on an origin outside CORS_ORIGINS', () => {
  it('is refused over HTTP and WebSocket, while the listed origin is answered', async () => {
    const probe = (page: Page) =>
      page.evaluate(async (url) => {
        const http = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
          async (response) => `answered ${response.status}`,
          (error: Error) => `refused: ${error.name}`,
        );
        const socket = await new Promise<string>((resolve) => {
          const ws = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
          ws.onopen = () => {
            resolve('opened');
            ws.close();
          };
          ws.onclose = (event) => resolve(`closed ${event.code}`);
        });
        return { http, socket };
      }, stack.gatewayUrl);

    const listed = await newPage();
    await listed.goto(host.origin + host.pageFor(stack.gatewayUrl, { query: '{ __typename }', headers: {} }));
    expect(await probe(listed)).toEqual({ http: 'answered 200', socket: 'opened' });

    const other = await newPage();
    // The same server under another name is another origin, and it is not listed.
    await other.goto(host.origin.replace('127.0.0.1', 'localhost') + host.pageFor(stack.gatewayUrl, { query: '{ __typename }', headers: {} }));
    expect(await probe(other)).toEqual({ http: 'refused: TypeError', socket: 'closed 1006' });
    await listed.close();
    await other.close();
  });
});
