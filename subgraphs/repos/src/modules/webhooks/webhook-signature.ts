import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { verify as verifyGithubSignature } from '@octokit/webhooks-methods';
import { Webhook } from 'standardwebhooks';
import type { Provider } from '../repositories/repository.entity.js';
import type { SignatureScheme } from './webhook-delivery.entity.js';

/** Request headers with lower-case names (Node's IncomingHttpHeaders after picking the first value). */
export type WebhookHeaders = Readonly<Record<string, string | undefined>>;

/** The outcome of checking one delivery's proof of origin. */
export interface SignatureCheck {
  scheme: SignatureScheme;
  verified: boolean;
  /** Person-readable why not (never contains the secret or the expected signature). */
  reason: string | null;
}

/** What `verifyWebhookSignature` needs: the repository's secret, the raw request and the clock's reading. */
export interface WebhookSignatureInput {
  provider: Provider;
  secret: string;
  body: Buffer;
  headers: WebhookHeaders;
  now: Date;
  toleranceSeconds: number;
}

const DELIVERY_ID_MAX = 200;
const EVENT_NAME_MAX = 100;
const GITHUB_SIGNATURE = /^sha256=([0-9a-fA-F]{64})$/;
// Whole seconds since the epoch; parseInt (the library's choice) would also accept "1700000000abc".
const UNIX_SECONDS = /^\d{1,12}$/;

/** Decides whether a webhook delivery really comes from the provider holding `secret`; never throws. */
export async function verifyWebhookSignature(input: WebhookSignatureInput): Promise<SignatureCheck> {
  try {
    return input.provider === 'GITHUB' ? await checkGithub(input) : checkGitlab(input);
  } catch {
    // A library surprise must refuse the delivery, not crash the ingress; the error text is not
    // passed on because we cannot vouch that it holds no key material.
    return refused('NONE', 'the signature could not be checked');
  }
}

/** A new webhook secret usable by every scheme: `whsec_` + base64 of 32 random bytes (Standard Webhooks' format; GitHub and GitLab accept any string). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The provider's id of the delivery: GitHub `x-github-delivery`; GitLab `idempotency-key`, else `x-gitlab-event-uuid`, else `webhook-id`; null when none (at most 200 chars, else null). */
export function deliveryIdOf(provider: Provider, headers: WebhookHeaders): string | null {
  const names = provider === 'GITHUB' ? ['x-github-delivery'] : ['idempotency-key', 'x-gitlab-event-uuid', 'webhook-id'];
  return boundedHeader(headers, names, DELIVERY_ID_MAX);
}

/** The event name: GitHub `x-github-event`; GitLab `x-gitlab-event` (e.g. 'Merge Request Hook'); null when absent (max 100 chars). */
export function eventNameOf(provider: Provider, headers: WebhookHeaders): string | null {
  return boundedHeader(headers, [provider === 'GITHUB' ? 'x-github-event' : 'x-gitlab-event'], EVENT_NAME_MAX);
}

/** The first non-empty header among `names`, or null when none is set or the chosen one is longer than `max`. */
function boundedHeader(headers: WebhookHeaders, names: readonly string[], max: number): string | null {
  for (const name of names) {
    const value = headers[name]?.trim();
    if (value) return value.length <= max ? value : null;
  }
  return null;
}

async function checkGithub({ secret, body, headers }: WebhookSignatureInput): Promise<SignatureCheck> {
  const header = headers['x-hub-signature-256'];
  if (header === undefined) return refused('NONE', 'the x-hub-signature-256 header is missing');
  if (!secret) return refused('HMAC_SHA256', 'no webhook secret is configured for this repository');
  const match = GITHUB_SIGNATURE.exec(header.trim());
  if (!match?.[1]) return refused('HMAC_SHA256', 'the x-hub-signature-256 header is not of the form sha256=<64 hex digits>');
  const text = exactUtf8(body);
  if (text === null) return refused('HMAC_SHA256', 'the body is not valid UTF-8, so it is not a payload GitHub signed');
  // The library throws on an empty payload instead of answering false.
  if (text === '') return refused('HMAC_SHA256', 'the body is empty');
  // The library compares the hex bytewise; GitHub sends lower case, but case carries no meaning in hex.
  const verified = await verifyGithubSignature(secret, text, `sha256=${match[1].toLowerCase()}`);
  return verified ? accepted('HMAC_SHA256') : refused('HMAC_SHA256', 'the x-hub-signature-256 signature does not match the body and the secret');
}

function checkGitlab(input: WebhookSignatureInput): SignatureCheck {
  if (input.headers['webhook-signature'] !== undefined) return checkStandardWebhook(input);
  const token = input.headers['x-gitlab-token'];
  if (token === undefined) return refused('NONE', 'neither a webhook-signature nor an x-gitlab-token header is present');
  if (!input.secret) return refused('GITLAB_TOKEN', 'no webhook secret is configured for this repository');
  // Hashing first gives both sides one length, so timingSafeEqual neither throws nor reveals the secret's length.
  const same = timingSafeEqual(sha256(token), sha256(input.secret));
  return same ? accepted('GITLAB_TOKEN') : refused('GITLAB_TOKEN', 'the x-gitlab-token header does not match the secret');
}

function checkStandardWebhook({ secret, body, headers, now, toleranceSeconds }: WebhookSignatureInput): SignatureCheck {
  const signatures = headers['webhook-signature'] ?? '';
  const id = headers['webhook-id'];
  const timestampHeader = headers['webhook-timestamp'];
  if (!id) return refused('STANDARD_WEBHOOKS', 'the webhook-id header is missing');
  if (!timestampHeader) return refused('STANDARD_WEBHOOKS', 'the webhook-timestamp header is missing');
  if (!UNIX_SECONDS.test(timestampHeader)) {
    return refused('STANDARD_WEBHOOKS', 'the webhook-timestamp header is not whole seconds since the epoch');
  }
  // Webhook.verify() reads Date.now() and a fixed 5-minute window, so the window is checked here
  // against the injected clock and the library only computes the signature.
  const timestamp = Number(timestampHeader);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (nowSeconds - timestamp > toleranceSeconds) {
    return refused('STANDARD_WEBHOOKS', `the webhook-timestamp is more than ${toleranceSeconds} seconds old`);
  }
  if (timestamp - nowSeconds > toleranceSeconds) {
    return refused('STANDARD_WEBHOOKS', `the webhook-timestamp is more than ${toleranceSeconds} seconds in the future`);
  }
  let webhook: Webhook;
  try {
    webhook = new Webhook(secret);
  } catch {
    return refused('STANDARD_WEBHOOKS', 'the configured secret is not a Standard Webhooks secret (whsec_ followed by base64)');
  }
  const text = exactUtf8(body);
  if (text === null) return refused('STANDARD_WEBHOOKS', 'the body is not valid UTF-8, so it is not a payload GitLab signed');
  const expected = webhook.sign(id, new Date(timestamp * 1000), text).split(',')[1] ?? '';
  const expectedDigest = sha256(expected);
  let matched = false;
  // Several `v1,<base64>` entries arrive while a secret is being rotated; one valid entry is enough.
  for (const entry of signatures.split(' ')) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    // No early exit: the time taken must not tell which entry matched.
    if (timingSafeEqual(sha256(entry.slice(comma + 1)), expectedDigest)) matched = true;
  }
  return matched ? accepted('STANDARD_WEBHOOKS') : refused('STANDARD_WEBHOOKS', 'no v1 signature in the webhook-signature header matches the body and the secret');
}

/**
 * The body as a string that encodes back to exactly the same bytes, or null. Both libraries take
 * strings and Buffer#toString replaces invalid bytes with U+FFFD, so two different bodies could
 * share one signature; a fatal decoder refuses them instead, and ignoreBOM keeps a leading BOM
 * (which the default decoder would silently strip from the signed bytes).
 */
function exactUtf8(body: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return null;
  }
  return Buffer.from(text, 'utf8').equals(body) ? text : null;
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function accepted(scheme: SignatureScheme): SignatureCheck {
  return { scheme, verified: true, reason: null };
}

function refused(scheme: SignatureScheme, reason: string): SignatureCheck {
  return { scheme, verified: false, reason };
}
