import * as OTPAuth from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfirmTotpDocument, EnrollTotpDocument, MeDocument } from '@steward/client';
import { seed, startTestStack, type SeededOrganization, type TestStack } from '@steward/standalone/testing';
import { checkPage, consolePage, consoleUrl, launchChromium } from './console-browser.js';

declare const sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };

/*
 * Signing in to the console as a person does: password, then the second factor the server asks
 * for; silent renewal of an expired access token; signing out; and the messages for a locked
 * account and for too many attempts.
 */

let stack: TestStack;
let browser: Browser;
let org: SeededOrganization;
let totp: OTPAuth.TOTP;
let backupCodes: string[];
let lastStep: number;

/** TOTP steps follow the stack's clock, which only the test moves: each sign-in takes the next step (codes are single-use). */
const nextCode = () => {
  lastStep += 1;
  stack.clock.advance(30_000);
  return totp.generate({ timestamp: lastStep * 30_000 + 1 });
};

beforeAll(async () => {
  stack = await startTestStack({ ACCOUNT_LOCKOUT_THRESHOLD: '3', LOGIN_IP_MAX_FAILURES: '8' });
  browser = await launchChromium();
  org = await seed(stack).org({ name: 'Sign-in Test Org' });
  const enrolled = await stack.request(EnrollTotpDocument, {}, { token: org.owner.accessToken });
  totp = OTPAuth.URI.parse(enrolled.data!.enrollTotp.otpauthUri) as OTPAuth.TOTP;
  lastStep = Math.floor(stack.clock().getTime() / 30_000);
  const confirmed = await stack.request(ConfirmTotpDocument, { code: totp.generate({ timestamp: lastStep * 30_000 + 1 }) }, { token: org.owner.accessToken });
  backupCodes = confirmed.data!.confirmTotp;
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function fillPassword(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const storedTokens = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('steward.console.session') ?? 'null') as { accessToken: string; accessTokenExpiresAt: string; refreshToken: string } | null);

describe('the console sign-in', () => {
  it('asks for the second factor, refuses a wrong code, and signs in with the authenticator code', async () => {
    const { page, errors } = await consolePage(browser);
    await page.goto(consoleUrl(stack));
    await page.waitForURL(/\/console\/sign-in$/);
    await checkPage(page, 'sign-in');

    await fillPassword(page, org.owner.email, org.owner.password);
    const codeField = page.getByLabel('Code from your authenticator app');
    await codeField.waitFor();
    await codeField.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).not.toMatch(/at .*\(|\.ts:|stack/i);

    await codeField.fill(nextCode());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`/console/orgs/${org.id}$`));
    await page.getByRole('heading', { level: 1, name: 'Sign-in Test Org' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard alone, and the first Tab of a page offers to skip to its content', async () => {
    const { page } = await consolePage(browser);
    await page.goto(consoleUrl(stack, '/sign-in'));
    // As a person would: the form is on the screen before the first key (React renders after the load event).
    await page.getByLabel('Email').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type(org.owner.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(org.owner.password);
    await page.keyboard.press('Enter');
    // The code field takes the focus when the server asks for the second factor.
    await page.getByLabel('Code from your authenticator app').waitFor();
    await page.keyboard.type(nextCode());
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/console/orgs/${org.id}$`));
    await page.getByRole('heading', { level: 1, name: 'Sign-in Test Org' }).waitFor();
    await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('signs in with a backup code instead', async () => {
    const { page } = await consolePage(browser);
    await page.goto(consoleUrl(stack, '/sign-in'));
    await fillPassword(page, org.owner.email, org.owner.password);
    await page.getByRole('button', { name: 'Use a backup code instead' }).click();
    await page.getByLabel('Backup code').fill(backupCodes[0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`/console/orgs/${org.id}$`));
    await page.context().close();
  });

  it('renews an expired access token silently, and signing out ends the session on the server', async () => {
    const { page } = await consolePage(browser);
    await page.goto(consoleUrl(stack, '/sign-in'));
    await fillPassword(page, org.owner.email, org.owner.password);
    await page.getByLabel('Code from your authenticator app').fill(nextCode());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/orgs\//);
    const first = (await storedTokens(page))!;

    // The console believes its access token has expired: the next page renews it before asking.
    await page.evaluate((tokens) => sessionStorage.setItem('steward.console.session', JSON.stringify({ ...tokens, accessTokenExpiresAt: new Date(0).toISOString() })), first);
    await page.goto(consoleUrl(stack, '/account'));
    await page.getByRole('heading', { level: 1, name: 'Your sessions' }).waitFor();
    await page.getByText('This session').waitFor();
    const renewed = (await storedTokens(page))!;
    expect(renewed.refreshToken).not.toBe(first.refreshToken);
    expect(renewed.accessToken).not.toBe(first.accessToken);
    await checkPage(page, 'account-sessions');
    // Revoking another session (the seed's own, from the test process) ends it on the server.
    const before = await page.getByRole('button', { name: /^Revoke the / }).count();
    expect(before).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Revoke the / }).first().click();
    await expect.poll(() => page.getByRole('button', { name: /^Revoke the / }).count()).toBe(before - 1);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/console\/sign-in$/);
    expect(await storedTokens(page)).toBeNull();
    const after = await stack.request(MeDocument, {}, { token: renewed.accessToken });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.context().close();
  });

  it('explains a locked account, then too many attempts from one address', async () => {
    const { page } = await consolePage(browser);
    const other = await seed(stack).user();
    await page.goto(consoleUrl(stack, '/sign-in'));
    const alert = page.getByRole('alert');
    // The third wrong password locks the account (ACCOUNT_LOCKOUT_THRESHOLD=3).
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await fillPassword(page, other.email, 'not the password at all');
      await expect.poll(async () => (await alert.count()) > 0 && !(await page.getByRole('button', { name: 'Signing in…' }).count())).toBe(true);
    }
    await expect.poll(() => alert.innerText()).toContain('locked');
    await expect.poll(() => alert.innerText()).toContain('ACCOUNT_LOCKED');
    // Failures from this address keep counting (LOGIN_IP_MAX_FAILURES=8, the earlier tests made one).
    let text = '';
    for (let attempt = 0; attempt < 6 && !text.includes('RATE_LIMITED'); attempt += 1) {
      await fillPassword(page, `nobody-${attempt}@example.com`, 'wrong password here');
      await expect.poll(async () => !(await page.getByRole('button', { name: 'Signing in…' }).count())).toBe(true);
      text = await alert.innerText();
    }
    expect(text).toContain('Too many attempts');
    expect(text).toContain('RATE_LIMITED');
    await page.context().close();
  });
});
