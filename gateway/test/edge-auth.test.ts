import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { MeDocument } from '@steward/client';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec } from '@steward/kernel';
import { seed, startTestStack, type SeededUser, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
let user: SeededUser;
let identityKey: CryptoKey;
const KID = 'edge-test-key';

beforeAll(async () => {
  // Identity signs with a key the test also holds, so the test can mint tokens that differ in one property only.
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  identityKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.privateKey)), kid: KID };
  stack = await startTestStack({ IDENTITY_SIGNING_KEY: JSON.stringify(jwk) });
  user = await seed(stack).user();
});
afterAll(async () => {
  await stack?.stop();
});

function token(key: CryptoKey, claims: { exp?: number; iss?: string; aud?: string; kid?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sid: 'test-session' })
    .setProtectedHeader({ alg: 'EdDSA', kid: claims.kid ?? KID, typ: 'at+jwt' })
    .setSubject(user.id)
    .setIssuer(claims.iss ?? 'steward-identity')
    .setAudience(claims.aud ?? 'steward')
    .setIssuedAt(now - 60)
    .setExpirationTime(claims.exp ?? now + 300)
    .sign(key);
}

async function expectUnauthenticated(authorization: string, message?: RegExp) {
  const res = await stack.request(MeDocument, {}, { headers: { authorization } });
  expect(res.status).toBe(401);
  expect(res.data ?? null).toBeNull();
  expect(res.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  if (message) expect(res.errors![0]!.message).toMatch(message);
}

describe('the gateway authenticates every caller', () => {
  it('accepts a token minted with identity’s key (the control for the cases below)', async () => {
    const res = await stack.request(MeDocument, {}, { token: await token(identityKey) });
    expect(res.status).toBe(200);
    expect(res.data!.me?.id).toBe(user.id);
  });

  it('rejects a tampered token with 401', async () => {
    const [header, payload, signature] = user.accessToken.split('.');
    const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    forged.sub = '00000000-0000-4000-8000-000000000000';
    await expectUnauthenticated(`Bearer ${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`, /invalid/);
  });

  it('rejects an expired token with 401 and says it expired', async () => {
    await expectUnauthenticated(`Bearer ${await token(identityKey, { exp: Math.floor(Date.now() / 1000) - 5 })}`, /expired/);
  });

  it('rejects a token signed by a foreign key, even under identity’s key id', async () => {
    const foreign = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    await expectUnauthenticated(`Bearer ${await token(foreign.privateKey)}`, /invalid/);
    await expectUnauthenticated(`Bearer ${await token(foreign.privateKey, { kid: 'unknown-kid' })}`, /invalid/);
  });

  it('rejects a token for another issuer or audience', async () => {
    await expectUnauthenticated(`Bearer ${await token(identityKey, { iss: 'someone-else' })}`);
    await expectUnauthenticated(`Bearer ${await token(identityKey, { aud: 'another-api' })}`);
  });

  it('rejects garbage and a malformed Authorization header instead of treating them as anonymous', async () => {
    await expectUnauthenticated('Bearer not-a-jwt');
    await expectUnauthenticated(`Token ${user.accessToken}`, /Bearer/);
  });
});

describe('subgraphs answer only the gateway', () => {
  const me = { query: '{ me { id } }' };

  // Every subgraph has `__typename`, so a refusal here comes from the internal-token guard, not from a missing field.
  const anything = { query: '{ __typename }' };
  const everySubgraph = () => {
    const urls = Object.entries(stack.subgraphUrls);
    expect(urls.map(([name]) => name)).toEqual(expect.arrayContaining(['identity', 'organizations', 'projects', 'metrics']));
    return urls;
  };

  it('refuses a direct request without an internal token, on every subgraph', async () => {
    for (const [name, url] of everySubgraph()) {
      const res = await stack.post(anything, { url });
      expect(res.status, name).toBe(401);
      expect(res.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
      expect(res.data ?? null, name).toBeNull();
    }
  });

  it('refuses an internal token signed with another secret, on every subgraph', async () => {
    const forged = await new InternalTokenCodec('x'.repeat(40)).sign({
      caller: { kind: 'user', userId: user.id, sessionId: null },
      client: { ip: null, userAgent: null },
    });
    for (const [name, url] of everySubgraph()) {
      const res = await stack.post(anything, { url, headers: { [INTERNAL_TOKEN_HEADER]: forged } });
      expect(res.status, name).toBe(401);
    }
  });

  it('refuses a user access token presented to a subgraph as if it were internal, on every subgraph', async () => {
    for (const [name, url] of everySubgraph()) {
      const res = await stack.post(anything, { url, headers: { [INTERNAL_TOKEN_HEADER]: user.accessToken } });
      expect(res.status, name).toBe(401);
    }
  });

  it('answers a request carrying a valid internal token (the control)', async () => {
    const internal = await new InternalTokenCodec(stack.internalSecret).sign({
      caller: { kind: 'user', userId: user.id, sessionId: null },
      client: { ip: null, userAgent: null },
    });
    const res = await stack.post<{ me: { id: string } }>(me, { url: stack.subgraphUrls.identity, headers: { [INTERNAL_TOKEN_HEADER]: internal } });
    expect(res.status).toBe(200);
    expect(res.data!.me.id).toBe(user.id);
  });
});

describe('the edge guards', () => {
  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(response.status).toBe(400);
  });

  it('answers BAD_USER_INPUT, not an internal error, for an operation name the document does not hold', async () => {
    const unknown = await stack.post({ query: 'query Mine { __typename }', operationName: 'Me' });
    expect(unknown.status).toBe(400);
    expect(unknown.errors![0]).toMatchObject({ message: expect.stringMatching(/no operation named "Me"/), extensions: { code: 'BAD_USER_INPUT', field: 'operationName' } });
    const unnamed = await stack.post({ query: 'query A { __typename } query B { __typename }' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.errors![0]!.message).toMatch(/name the one to run/);
  });

  it('refuses a batched request', async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a body over the default 1mb size limit', async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses an operation with more aliases than allowed', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await stack.post({ query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toMatch(/aliases/);
  });

  it('serves an in-browser IDE whose assets come from the gateway itself', async () => {
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<div id="graphiql">/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(html).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)[a-z0-9.-]+\/[^"']*\.js/i);
    const script = /src="([^"]+\.js(?:\?[^"]*)?)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(new URL(script!, stack.gatewayUrl));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    // A JSON client still gets GraphQL, not the page.
    const api = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await api.json()).toEqual({ data: { me: null } });
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    const origin = new URL(stack.gatewayUrl).origin;
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${origin}/metrics`)).text();
    expect(metrics).toMatch(/steward_http_requests_total\{[^}]*route="\/graphql"/);
    const identityOrigin = new URL(stack.subgraphUrls.identity!).origin;
    expect((await fetch(`${identityOrigin}/readyz`)).status).toBe(200);
  });
});
