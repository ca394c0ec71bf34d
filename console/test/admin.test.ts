import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginDocument, OrganizationDocument, RevokeApiKeyDocument } from '@steward/client';
import { seed, startTestStack, uniqueEmail, type SeededMember, type SeededOrganization, type SeededUser, type TestStack } from '@steward/standalone/testing';
import { checkPage, consolePage, launchChromium, openSignedIn, type ConsoleTokens } from './console-browser.js';

/** The page's document, as the functions run inside the page by `page.evaluate` see it (this program has no DOM types). */
declare const document: { documentElement: { scrollWidth: number; outerHTML: string }; querySelectorAll(selector: string): ArrayLike<{ value?: string }> };
declare const sessionStorage: { length: number; key(index: number): string | null; getItem(key: string): string | null };

/*
 * The console's administration pages driven in headless Chromium against a whole stack: API keys
 * (the secret shown once, working, then refused after revocation), members, invitations, custom
 * roles, SSO connections and the audit trail with the chain check; and what a viewer's session is
 * shown instead of the owner's controls.
 */

let stack: TestStack;
let browser: Browser;
let org: SeededOrganization;
let viewer: SeededMember;
let ownerTokens: ConsoleTokens;
let viewerTokens: ConsoleTokens;
const pages: { page: Page; errors: string[] }[] = [];

/** Signs `user` in through the API and returns the tokens as the console keeps them. */
async function signIn(user: SeededUser): Promise<ConsoleTokens> {
  const result = await stack.request(LoginDocument, { input: { email: user.email, password: user.password } });
  const login = result.data?.login;
  if (!login) throw new Error(`Signing in ${user.email} failed: ${JSON.stringify(result.errors)}`);
  return { accessToken: login.accessToken, accessTokenExpiresAt: login.accessTokenExpiresAt, refreshToken: login.refreshToken };
}

/** A fresh page of the console at `section` of the organization, signed in with `tokens`. */
async function openSection(section: string, tokens = ownerTokens, viewport?: { width: number; height: number }): Promise<Page> {
  const opened = await consolePage(browser, viewport);
  pages.push(opened);
  // Shorter than the test's own timeout, so a missing element fails with its locator rather than a bare timeout.
  opened.page.setDefaultTimeout(15_000);
  await openSignedIn(opened.page, stack, tokens, `/orgs/${org.id}/admin/${section}`);
  return opened.page;
}

beforeAll(async () => {
  const ownerEmail = uniqueEmail('owner');
  // The owner is also a platform admin, the only kind of account the graph's chain check answers.
  stack = await startTestStack({ PLATFORM_ADMIN_EMAILS: ownerEmail });
  browser = await launchChromium();
  const owner = await seed(stack).verifiedUser({ email: ownerEmail, name: 'Olivia Owner' });
  org = await seed(stack).org({ name: 'Admin Pages Inc', owner });
  viewer = await org.member('viewer', await seed(stack).verifiedUser({ name: 'Victor Viewer' }));
  [ownerTokens, viewerTokens] = await Promise.all([signIn(owner), signIn(viewer)]);
});
afterAll(async () => {
  for (const { page } of pages) await page.context().close();
  await browser?.close();
  await stack?.stop();
});

describe('the API keys page', () => {
  it('shows a new key’s secret once, the secret works, and after revocation in the page it is refused', async () => {
    const page = await openSection('api-keys');
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await page.getByText('No API keys yet.').waitFor();
    await checkPage(page, 'admin-api-keys');

    await page.getByLabel('Key name').fill('Console test key');
    await page.getByLabel('Role the key acts with').selectOption({ label: 'Member' });
    await page.getByRole('button', { name: 'Create API key' }).click();
    const panel = page.getByTestId('new-secret');
    await panel.waitFor();
    await expect.poll(() => panel.innerText()).toMatch(/will not be shown again/);
    const secret = await panel.getByLabel('Secret').inputValue();
    expect(secret).toMatch(/^stw_/);
    await panel.getByRole('button', { name: 'Copy secret' }).waitFor();
    await page.getByRole('row', { name: /Console test key/ }).waitFor();
    await checkPage(page, 'admin-api-keys-secret');

    const used = await stack.request(OrganizationDocument, { id: org.id }, { token: secret });
    expect(used.errors).toBeUndefined();
    expect(used.data?.organization?.name).toBe('Admin Pages Inc');

    // Reloaded, the page has the key in its list and its secret nowhere: not in the markup, a field or the tab's storage.
    await page.reload();
    const row = page.getByRole('row', { name: /Console test key/ });
    await row.waitFor();
    expect(await row.innerText()).toContain(secret.slice(0, 8));
    expect(await page.getByTestId('new-secret').count()).toBe(0);
    const shown = await page.evaluate(() => {
      const stored = Array.from({ length: sessionStorage.length }, (_, index) => sessionStorage.getItem(sessionStorage.key(index) ?? '') ?? '');
      const values = Array.from(document.querySelectorAll('input, textarea')).map((field) => field.value ?? '');
      return [document.documentElement.outerHTML, ...values, ...stored].join('\n');
    });
    expect(shown).not.toContain(secret);

    await row.getByRole('button', { name: 'Revoke Console test key' }).click();
    await row.getByRole('button', { name: 'Yes, revoke' }).click();
    await expect.poll(() => row.innerText()).toMatch(/Revoked/);

    const refused = await stack.request(OrganizationDocument, { id: org.id }, { token: secret });
    const code = refused.errors?.[0]?.extensions?.code;
    expect(refused.status === 401 || code === 'UNAUTHENTICATED', `refused with ${refused.status} ${String(code)}`).toBe(true);
    expect(refused.data?.organization ?? null).toBeNull();
  });

  it('shows a viewer the FORBIDDEN answer and no control to create or revoke keys', async () => {
    await org.apiKey('member', { name: 'Key a viewer cannot see' });
    const page = await openSection('api-keys', viewerTokens);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Code: FORBIDDEN/);
    expect(await page.getByText('Your role cannot create or revoke API keys').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Create API key' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);
    expect(await page.getByText('Key a viewer cannot see').count()).toBe(0);
    await checkPage(page, 'admin-api-keys-viewer');
  });

  it('fits a 390 px wide screen without scrolling the page sideways', async () => {
    const page = await openSection('api-keys', ownerTokens, { width: 390, height: 800 });
    await page.getByRole('row', { name: /Console test key/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('the members and invitations pages', () => {
  it('lists the owner and a viewer with their roles', async () => {
    const page = await openSection('members');
    const ownerRow = page.getByRole('row', { name: /Olivia Owner/ });
    const viewerRow = page.getByRole('row', { name: /Victor Viewer/ });
    await ownerRow.waitFor();
    await viewerRow.waitFor();
    // The owner sees their own email; another member's address is not shared by the graph.
    expect(await ownerRow.innerText()).toContain(org.owner.email);
    expect(await viewerRow.innerText()).toContain('Not shared');
    expect(await viewerRow.getByLabel('Role of Victor Viewer').inputValue()).toBe(viewer.roleId);
    await viewerRow.getByRole('button', { name: 'Remove Victor Viewer' }).waitFor();
    await checkPage(page, 'admin-members');
  });

  it('changes a member’s role and removes the member after asking', async () => {
    await org.member('member', await seed(stack).verifiedUser({ name: 'Mia Member' }));
    const page = await openSection('members');
    const row = page.getByRole('row', { name: /Mia Member/ });
    await row.getByLabel('Role of Mia Member').selectOption({ label: 'Admin' });
    await row.getByText('Role changed to Admin.').waitFor();
    await page.reload();
    expect(await row.getByLabel('Role of Mia Member').inputValue()).toBe(org.roles.admin);

    await row.getByRole('button', { name: 'Remove Mia Member' }).click();
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByRole('row', { name: /Victor Viewer/ }).waitFor();
    await expect.poll(() => row.count()).toBe(0);
  });

  it('invites an address with a role, then revokes the invitation', async () => {
    const email = uniqueEmail('invitee');
    const page = await openSection('invitations');
    await page.getByText('No pending invitations.').waitFor();
    await checkPage(page, 'admin-invitations');

    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Role on joining').selectOption({ label: 'Admin' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const row = page.getByRole('row', { name: new RegExp(email.replace(/[.]/g, '\\.')) });
    await row.waitFor();
    expect(await row.innerText()).toContain('Admin');

    await row.getByRole('button', { name: `Revoke invitation for ${email}` }).click();
    await row.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.getByText('No pending invitations.').waitFor();
    expect(await row.count()).toBe(0);
  });
});

describe('the roles page', () => {
  it('creates a custom role with two permissions from the catalogue, then deletes it', async () => {
    const page = await openSection('roles');
    await page.getByRole('row', { name: /^Viewer/ }).waitFor();
    await page.getByRole('group', { name: 'audit' }).waitFor();
    await checkPage(page, 'admin-roles');

    await page.getByLabel('Role name').fill('Auditors');
    await page.getByRole('checkbox', { name: /audit:read/ }).check();
    await page.getByRole('checkbox', { name: /organization:read/ }).check();
    await page.getByRole('button', { name: 'Create role with 2 permissions' }).click();
    const row = page.getByRole('row', { name: /Auditors/ });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Custom');
    expect(text).toContain('audit:read');
    expect(text).toContain('organization:read');
    await row.getByRole('button', { name: 'Delete Auditors' }).click();
    await row.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => row.count()).toBe(0);
  });
});

describe('the SSO page', () => {
  it('creates an OIDC connection and deletes it', async () => {
    const page = await openSection('sso');
    await page.getByText('No single sign-on connections.').waitFor();
    await checkPage(page, 'admin-sso');

    await page.getByLabel('Name', { exact: true }).fill('Company login');
    await page.getByLabel('Issuer URL').fill('https://login.example.com');
    await page.getByLabel('Client id').fill('steward-console');
    await page.getByLabel('Client secret').fill('a client secret');
    await page.getByLabel('Email domains').fill('example.com, example.org');
    await page.getByRole('button', { name: 'Create OIDC connection' }).click();
    const row = page.getByRole('row', { name: /Company login/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/OIDC[\s\S]*example\.com, example\.org[\s\S]*https:\/\/login\.example\.com[\s\S]*Stored \(never shown\)/);
    expect(await page.content()).not.toContain('a client secret');

    await row.getByRole('button', { name: 'Delete Company login' }).click();
    await row.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('No single sign-on connections.').waitFor();
  });
});

describe('the audit trail page', () => {
  it('shows the API-key events, newest first, and the chain verification', async () => {
    const key = await org.apiKey('viewer', { name: 'Audited key' });
    const revoked = await stack.request(RevokeApiKeyDocument, { organizationId: org.id, apiKeyId: key.id }, { token: org.owner.accessToken });
    expect(revoked.errors).toBeUndefined();

    const page = await openSection('audit');
    const actions = page.locator('tbody th[scope="row"] code');
    await actions.first().waitFor();
    const listed = await actions.allInnerTexts();
    expect(listed[0]).toBe('apikey.revoked');
    expect(listed[1]).toBe('apikey.created');
    expect(listed).toContain('member.joined');
    expect(await page.getByRole('row', { name: /apikey\.created/ }).first().innerText()).toMatch(/Olivia Owner[\s\S]*“Audited key”/);

    const chain = page.getByTestId('chain-result');
    await chain.waitFor();
    expect(await chain.innerText()).toMatch(/^Intact: \d+ events checked\.$/);
    await checkPage(page, 'admin-audit');
  });

  it('shows a viewer that their role cannot read the trail and that the chain check is for platform admins', async () => {
    const page = await openSection('audit', viewerTokens);
    await page.getByText('Your role cannot read the audit trail.').waitFor();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/The chain could not be verified[\s\S]*Code: FORBIDDEN/);
  });
});

describe('an unknown section', () => {
  it('says the page does not exist', async () => {
    const page = await openSection('billing');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByText('There is no administration page called “billing”.').waitFor();
    await checkPage(page, 'admin-not-found');
  });
});

describe('a list longer than a page', () => {
  it('shows the first 20 API keys and loads the rest with Load more', async () => {
    // Three keys exist already; these make 23.
    for (let index = 0; index < 20; index += 1) await org.apiKey('viewer', { name: `Batch key ${index + 1}` });
    const page = await openSection('api-keys');
    const rows = page.locator('tbody tr', { has: page.locator('th[scope="row"]') });
    await page.getByRole('row', { name: /Batch key 20/ }).waitFor();
    expect(await rows.count()).toBe(20);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByRole('row', { name: /Console test key/ }).waitFor();
    expect(await rows.count()).toBe(23);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
  });
});

describe('every administration page', () => {
  it('ran without a script error', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap(({ errors }) => errors)).toEqual([]);
  });
});
