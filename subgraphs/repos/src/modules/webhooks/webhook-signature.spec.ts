import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deliveryIdOf, eventNameOf, newWebhookSecret, verifyWebhookSignature, type WebhookHeaders } from './webhook-signature.js';

// A recorded GitHub delivery (pull_request opened) as the body, so the HMAC runs over a realistic payload.
const require = createRequire(import.meta.url);
const DefinitionsModel = z.array(z.object({ name: z.string(), examples: z.array(z.unknown()) }));
const definitions = DefinitionsModel.parse(JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')));
const BODY = Buffer.from(JSON.stringify(definitions.find((d) => d.name === 'pull_request')?.examples[0]), 'utf8');

const NOW = new Date('2025-03-10T09:15:05Z');
const NOW_SECONDS = 1_741_598_105;
const TOLERANCE = 300;

/** GitHub's header, computed here over raw bytes with node:crypto as an oracle independent of the code under test. */
function githubSignature(secret: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A Standard Webhooks `v1,<base64>` entry over `id.timestamp.body`, also computed with node:crypto. */
function standardSignature(secret: string, id: string, timestamp: number, body: Buffer): string {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const digest = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64');
  return `v1,${digest}`;
}

function standardHeaders(secret: string, body: Buffer, timestamp = NOW_SECONDS, id = 'msg_2tQ8V3kfYp0mZ1'): Record<string, string> {
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': standardSignature(secret, id, timestamp, body) };
}

const check = (provider: 'GITHUB' | 'GITLAB', secret: string, body: Buffer, headers: WebhookHeaders) =>
  verifyWebhookSignature({ provider, secret, body, headers, now: NOW, toleranceSeconds: TOLERANCE });

describe('newWebhookSecret', () => {
  it('makes a whsec_ secret holding 32 random bytes, different each time', () => {
    const a = newWebhookSecret();
    const b = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it('is accepted as a key by the standardwebhooks library', () => {
    expect(() => new Webhook(newWebhookSecret())).not.toThrow();
  });
});

describe('verifyWebhookSignature for GitHub (x-hub-signature-256)', () => {
  const secret = newWebhookSecret();

  it('verifies a signature over the raw body', async () => {
    expect(await check('GITHUB', secret, BODY, { 'x-hub-signature-256': githubSignature(secret, BODY) })).toEqual({
      scheme: 'HMAC_SHA256',
      verified: true,
      reason: null,
    });
  });

  it('accepts upper-case hex digits, which mean the same signature', async () => {
    const header = `sha256=${githubSignature(secret, BODY).slice('sha256='.length).toUpperCase()}`;
    expect(header).toMatch(/^sha256=[0-9A-F]{64}$/);
    expect((await check('GITHUB', secret, BODY, { 'x-hub-signature-256': header })).verified).toBe(true);
  });

  it('refuses a signature made with another secret', async () => {
    const result = await check('GITHUB', secret, BODY, { 'x-hub-signature-256': githubSignature(newWebhookSecret(), BODY) });
    expect(result).toEqual({
      scheme: 'HMAC_SHA256',
      verified: false,
      reason: 'the x-hub-signature-256 signature does not match the body and the secret',
    });
  });

  it('refuses a body with one byte changed', async () => {
    const header = githubSignature(secret, BODY);
    const tampered = Buffer.from(BODY);
    tampered[100] = (tampered[100] ?? 0) ^ 0x01;
    expect((await check('GITHUB', secret, tampered, { 'x-hub-signature-256': header })).verified).toBe(false);
  });

  it('answers NONE when the header is missing, even if the legacy sha1 header is there', async () => {
    const sha1 = `sha1=${createHmac('sha1', secret).update(BODY).digest('hex')}`;
    expect(await check('GITHUB', secret, BODY, { 'x-hub-signature': sha1 })).toEqual({
      scheme: 'NONE',
      verified: false,
      reason: 'the x-hub-signature-256 header is missing',
    });
  });

  it.each([
    ['a sha1 value', `sha1=${createHmac('sha1', 'x').update('y').digest('hex')}`],
    ['a truncated digest', `sha256=${'ab'.repeat(31)}`],
    ['a digest that is too long', `sha256=${'ab'.repeat(33)}`],
    ['digits that are not hex', `sha256=${'zz'.repeat(32)}`],
    ['no algorithm prefix', 'ab'.repeat(32)],
    ['an empty value', ''],
    ['non-ASCII characters', `sha256=${'é'.repeat(64)}`],
  ])('refuses %s without throwing', async (_label, header) => {
    expect(await check('GITHUB', secret, BODY, { 'x-hub-signature-256': header })).toEqual({
      scheme: 'HMAC_SHA256',
      verified: false,
      reason: 'the x-hub-signature-256 header is not of the form sha256=<64 hex digits>',
    });
  });

  it('refuses a body that is not valid UTF-8 even when the header is its exact raw-byte HMAC', async () => {
    const body = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff, 0xfe, 0x7d]);
    expect(await check('GITHUB', secret, body, { 'x-hub-signature-256': githubSignature(secret, body) })).toEqual({
      scheme: 'HMAC_SHA256',
      verified: false,
      reason: 'the body is not valid UTF-8, so it is not a payload GitHub signed',
    });
  });

  it('does not let two invalid-UTF-8 bodies that decode to the same text share a signature', async () => {
    // Both decode to "{\uFFFD}" with Buffer#toString; a signature of one must not pass for the other.
    const signed = Buffer.from([0x7b, 0xff, 0x7d]);
    const forged = Buffer.from([0x7b, 0xfe, 0x7d]);
    expect(signed.toString('utf8')).toBe(forged.toString('utf8'));
    const lossySignature = githubSignature(secret, Buffer.from(signed.toString('utf8'), 'utf8'));
    expect((await check('GITHUB', secret, forged, { 'x-hub-signature-256': lossySignature })).verified).toBe(false);
  });

  it('keeps a leading byte-order mark in the signed bytes', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"zen":"Keep it logically awesome."}')]);
    expect((await check('GITHUB', secret, body, { 'x-hub-signature-256': githubSignature(secret, body) })).verified).toBe(true);
    const withoutBom = githubSignature(secret, body.subarray(3));
    expect((await check('GITHUB', secret, body, { 'x-hub-signature-256': withoutBom })).verified).toBe(false);
  });

  it('verifies multi-byte UTF-8 text byte for byte', async () => {
    const body = Buffer.from('{"title":"Größe prüfen ✓ 🚀"}', 'utf8');
    expect((await check('GITHUB', secret, body, { 'x-hub-signature-256': githubSignature(secret, body) })).verified).toBe(true);
  });

  it('refuses an empty body and a repository without a secret instead of throwing like the library', async () => {
    const empty = Buffer.alloc(0);
    expect(await check('GITHUB', secret, empty, { 'x-hub-signature-256': githubSignature(secret, empty) })).toEqual({
      scheme: 'HMAC_SHA256',
      verified: false,
      reason: 'the body is empty',
    });
    expect(await check('GITHUB', '', BODY, { 'x-hub-signature-256': githubSignature('x', BODY) })).toEqual({
      scheme: 'HMAC_SHA256',
      verified: false,
      reason: 'no webhook secret is configured for this repository',
    });
  });
});

describe('verifyWebhookSignature for GitLab with Standard Webhooks headers', () => {
  const secret = newWebhookSecret();

  it('verifies a signature made inside the window', async () => {
    expect(await check('GITLAB', secret, BODY, standardHeaders(secret, BODY, NOW_SECONDS - 20))).toEqual({
      scheme: 'STANDARD_WEBHOOKS',
      verified: true,
      reason: null,
    });
  });

  it('agrees with the signature the standardwebhooks library itself produces', async () => {
    const timestamp = NOW_SECONDS - 1;
    const signature = new Webhook(secret).sign('msg_from_library', new Date(timestamp * 1000), BODY.toString('utf8'));
    expect(signature).toBe(standardSignature(secret, 'msg_from_library', timestamp, BODY));
    const headers = { 'webhook-id': 'msg_from_library', 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
    expect((await check('GITLAB', secret, BODY, headers)).verified).toBe(true);
  });

  it('uses the injected clock, not the wall clock', async () => {
    // Years before the machine's clock: the library's own verify() would call this too old.
    const longAgo = new Date('2001-09-09T01:46:40Z');
    const headers = standardHeaders(secret, BODY, 1_000_000_000);
    const result = await verifyWebhookSignature({ provider: 'GITLAB', secret, body: BODY, headers, now: longAgo, toleranceSeconds: 5 });
    expect(result.verified).toBe(true);
  });

  it('accepts timestamps exactly at both edges of the window', async () => {
    expect((await check('GITLAB', secret, BODY, standardHeaders(secret, BODY, NOW_SECONDS - TOLERANCE))).verified).toBe(true);
    expect((await check('GITLAB', secret, BODY, standardHeaders(secret, BODY, NOW_SECONDS + TOLERANCE))).verified).toBe(true);
  });

  it('refuses a correctly signed delivery that is too old', async () => {
    expect(await check('GITLAB', secret, BODY, standardHeaders(secret, BODY, NOW_SECONDS - TOLERANCE - 1))).toEqual({
      scheme: 'STANDARD_WEBHOOKS',
      verified: false,
      reason: 'the webhook-timestamp is more than 300 seconds old',
    });
  });

  it('refuses a correctly signed delivery from too far in the future', async () => {
    expect(await check('GITLAB', secret, BODY, standardHeaders(secret, BODY, NOW_SECONDS + TOLERANCE + 1))).toEqual({
      scheme: 'STANDARD_WEBHOOKS',
      verified: false,
      reason: 'the webhook-timestamp is more than 300 seconds in the future',
    });
  });

  it('refuses a signature made with another secret', async () => {
    expect(await check('GITLAB', secret, BODY, standardHeaders(newWebhookSecret(), BODY))).toEqual({
      scheme: 'STANDARD_WEBHOOKS',
      verified: false,
      reason: 'no v1 signature in the webhook-signature header matches the body and the secret',
    });
  });

  it('refuses a body with one byte changed, and a changed webhook-id or timestamp', async () => {
    const headers = standardHeaders(secret, BODY);
    const tampered = Buffer.from(BODY);
    tampered[2000] = (tampered[2000] ?? 0) ^ 0x20;
    expect((await check('GITLAB', secret, tampered, headers)).verified).toBe(false);
    expect((await check('GITLAB', secret, BODY, { ...headers, 'webhook-id': 'msg_other' })).verified).toBe(false);
    expect((await check('GITLAB', secret, BODY, { ...headers, 'webhook-timestamp': String(NOW_SECONDS - 1) })).verified).toBe(false);
  });

  it('accepts a header listing several signatures when one of them is valid', async () => {
    const valid = standardHeaders(secret, BODY)['webhook-signature'] ?? '';
    const stale = standardHeaders(newWebhookSecret(), BODY)['webhook-signature'] ?? '';
    const signatures = `${stale} v2,${valid.slice(3)} ${valid} garbage`;
    const headers = { ...standardHeaders(secret, BODY), 'webhook-signature': signatures };
    expect((await check('GITLAB', secret, BODY, headers)).verified).toBe(true);
  });

  it('ignores a valid digest that is labelled with another version', async () => {
    const valid = standardHeaders(secret, BODY)['webhook-signature'] ?? '';
    const headers = { ...standardHeaders(secret, BODY), 'webhook-signature': `v1a,${valid.slice(3)} v2,${valid.slice(3)}` };
    expect((await check('GITLAB', secret, BODY, headers)).verified).toBe(false);
  });

  it.each([
    ['webhook-id', 'the webhook-id header is missing'],
    ['webhook-timestamp', 'the webhook-timestamp header is missing'],
  ])('refuses a delivery without its %s header', async (header, reason) => {
    const headers: Record<string, string> = standardHeaders(secret, BODY);
    delete headers[header];
    expect(await check('GITLAB', secret, BODY, headers)).toEqual({ scheme: 'STANDARD_WEBHOOKS', verified: false, reason });
  });

  it.each([['1741598105abc'], ['-1741598105'], ['1741598105.5'], ['soon'], [' 1741598105']])(
    'refuses the malformed timestamp %j',
    async (timestamp) => {
      const headers = { ...standardHeaders(secret, BODY), 'webhook-timestamp': timestamp };
      expect(await check('GITLAB', secret, BODY, headers)).toEqual({
        scheme: 'STANDARD_WEBHOOKS',
        verified: false,
        reason: 'the webhook-timestamp header is not whole seconds since the epoch',
      });
    },
  );

  it.each([[''], ['v1'], ['v1,'], ['v1,not base64 at all'], [',,,'], ['v1,' + 'A'.repeat(5000)]])(
    'refuses the malformed signature header %j without throwing',
    async (signature) => {
      const headers = { ...standardHeaders(secret, BODY), 'webhook-signature': signature };
      expect(await check('GITLAB', secret, BODY, headers)).toEqual({
        scheme: 'STANDARD_WEBHOOKS',
        verified: false,
        reason: 'no v1 signature in the webhook-signature header matches the body and the secret',
      });
    },
  );

  it('refuses a body that is not valid UTF-8 even with its exact raw-byte signature', async () => {
    const body = Buffer.from([0x7b, 0xc3, 0x28, 0x7d]);
    expect(await check('GITLAB', secret, body, standardHeaders(secret, body))).toEqual({
      scheme: 'STANDARD_WEBHOOKS',
      verified: false,
      reason: 'the body is not valid UTF-8, so it is not a payload GitLab signed',
    });
  });

  it('refuses when the configured secret is not a Standard Webhooks secret', async () => {
    expect(await check('GITLAB', 'my plain-text token!', BODY, standardHeaders(secret, BODY))).toEqual({
      scheme: 'STANDARD_WEBHOOKS',
      verified: false,
      reason: 'the configured secret is not a Standard Webhooks secret (whsec_ followed by base64)',
    });
    expect((await check('GITLAB', '', BODY, standardHeaders(secret, BODY))).verified).toBe(false);
  });

  it('prefers the signature over an x-gitlab-token sent alongside it', async () => {
    const headers = { ...standardHeaders(newWebhookSecret(), BODY), 'x-gitlab-token': secret };
    expect(await check('GITLAB', secret, BODY, headers)).toMatchObject({ scheme: 'STANDARD_WEBHOOKS', verified: false });
  });
});

describe('verifyWebhookSignature for GitLab with x-gitlab-token', () => {
  const secret = newWebhookSecret();

  it('verifies the token equal to the secret', async () => {
    expect(await check('GITLAB', secret, BODY, { 'x-gitlab-token': secret })).toEqual({ scheme: 'GITLAB_TOKEN', verified: true, reason: null });
  });

  it.each([
    ['another secret', newWebhookSecret()],
    ['a shorter token', secret.slice(0, 10)],
    ['a longer token', `${secret}x`],
    ['an empty token', ''],
    ['non-ASCII characters', 'ünïcödé'],
  ])('refuses %s without throwing', async (_label, token) => {
    expect(await check('GITLAB', secret, BODY, { 'x-gitlab-token': token })).toEqual({
      scheme: 'GITLAB_TOKEN',
      verified: false,
      reason: 'the x-gitlab-token header does not match the secret',
    });
  });

  it('does not look at the body: the token is all GitLab proves', async () => {
    expect((await check('GITLAB', secret, Buffer.from([0xff]), { 'x-gitlab-token': secret })).verified).toBe(true);
  });

  it('refuses any token when the repository has no secret', async () => {
    expect(await check('GITLAB', '', BODY, { 'x-gitlab-token': '' })).toEqual({
      scheme: 'GITLAB_TOKEN',
      verified: false,
      reason: 'no webhook secret is configured for this repository',
    });
  });

  it('answers NONE when neither header is present', async () => {
    expect(await check('GITLAB', secret, BODY, { 'x-gitlab-event': 'Push Hook' })).toEqual({
      scheme: 'NONE',
      verified: false,
      reason: 'neither a webhook-signature nor an x-gitlab-token header is present',
    });
  });
});

describe('verifyWebhookSignature reasons', () => {
  it('never contain the secret or the expected signature', async () => {
    const secret = newWebhookSecret();
    const key = secret.slice('whsec_'.length);
    const expectedGithub = githubSignature(secret, BODY);
    const expectedStandard = standardSignature(secret, 'msg_1', NOW_SECONDS, BODY);
    const attempts: [('GITHUB' | 'GITLAB'), string, WebhookHeaders][] = [
      ['GITHUB', secret, { 'x-hub-signature-256': githubSignature('wrong', BODY) }],
      ['GITHUB', secret, { 'x-hub-signature-256': secret }],
      ['GITHUB', secret, {}],
      ['GITLAB', secret, { 'x-gitlab-token': secret.slice(0, -1) }],
      ['GITLAB', secret, { 'x-gitlab-token': `${secret} ` }],
      ['GITLAB', secret, { ...standardHeaders(newWebhookSecret(), BODY, NOW_SECONDS, 'msg_1') }],
      ['GITLAB', secret, { ...standardHeaders(secret, BODY, NOW_SECONDS - 3600, 'msg_1') }],
      ['GITLAB', secret, { 'webhook-id': 'msg_1', 'webhook-timestamp': String(NOW_SECONDS), 'webhook-signature': secret }],
      ['GITLAB', `${secret}!`, { ...standardHeaders(secret, BODY, NOW_SECONDS, 'msg_1') }],
    ];
    for (const [provider, configured, headers] of attempts) {
      const { verified, reason } = await check(provider, configured, BODY, headers);
      expect(verified).toBe(false);
      expect(reason).toEqual(expect.any(String));
      for (const needle of [secret, key, configured, expectedGithub.slice(7), expectedStandard.slice(3)]) {
        expect(reason).not.toContain(needle);
      }
    }
  });
});

describe('deliveryIdOf', () => {
  it('reads x-github-delivery for GitHub', () => {
    expect(deliveryIdOf('GITHUB', { 'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958' })).toBe('72d3162e-cc78-11e3-81ab-4c9367dc0958');
    expect(deliveryIdOf('GITHUB', { 'idempotency-key': 'not-github' })).toBeNull();
  });

  it('prefers idempotency-key, then x-gitlab-event-uuid, then webhook-id for GitLab', () => {
    const all = { 'idempotency-key': 'idem-1', 'x-gitlab-event-uuid': 'uuid-1', 'webhook-id': 'wh-1' };
    expect(deliveryIdOf('GITLAB', all)).toBe('idem-1');
    expect(deliveryIdOf('GITLAB', { ...all, 'idempotency-key': undefined })).toBe('uuid-1');
    expect(deliveryIdOf('GITLAB', { 'idempotency-key': '', 'webhook-id': 'wh-1' })).toBe('wh-1');
    expect(deliveryIdOf('GITLAB', { 'x-github-delivery': 'not-gitlab' })).toBeNull();
  });

  it('answers null for an id longer than 200 characters', () => {
    expect(deliveryIdOf('GITHUB', { 'x-github-delivery': 'a'.repeat(200) })).toBe('a'.repeat(200));
    expect(deliveryIdOf('GITHUB', { 'x-github-delivery': 'a'.repeat(201) })).toBeNull();
    expect(deliveryIdOf('GITLAB', { 'idempotency-key': 'b'.repeat(201), 'webhook-id': 'wh-1' })).toBeNull();
  });
});

describe('eventNameOf', () => {
  it('reads the provider event header', () => {
    expect(eventNameOf('GITHUB', { 'x-github-event': 'pull_request' })).toBe('pull_request');
    expect(eventNameOf('GITLAB', { 'x-gitlab-event': 'Merge Request Hook' })).toBe('Merge Request Hook');
    expect(eventNameOf('GITLAB', { 'x-github-event': 'push' })).toBeNull();
    expect(eventNameOf('GITHUB', {})).toBeNull();
  });

  it('answers null for a name longer than 100 characters', () => {
    expect(eventNameOf('GITHUB', { 'x-github-event': 'e'.repeat(100) })).toBe('e'.repeat(100));
    expect(eventNameOf('GITHUB', { 'x-github-event': 'e'.repeat(101) })).toBeNull();
  });
});
