import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, openEmbeddedDatabase, type DatabaseTarget } from '@steward/kernel';
import { createTestDatabase, type TestDatabase } from '@steward/kernel/testing';
import { jwksUrlFor } from '@steward/gateway';
import { startSteward, type RunningSteward } from '../src/start-steward.js';
import { localStackEnv, uniqueEmail, uniqueSlug } from '../src/testing/index.js';

// The stack stopped and started again on the same storage: an embedded data directory (as `npm
// start` keeps under ./.data), or one PostgreSQL database when DATABASE_URL is set.

const logger = createLogger({ level: 'silent' });
let dataDir: string | undefined;
let serverDatabase: TestDatabase | undefined;

/** Opens the storage both runs share: the data directory anew each time, or the same PostgreSQL database. */
async function openStorage(): Promise<{ target: DatabaseTarget; close(): Promise<void> }> {
  if (serverDatabase) return { target: serverDatabase.target, close: async () => {} };
  const pglite = await openEmbeddedDatabase(dataDir!);
  return { target: { kind: 'pglite', pglite }, close: () => pglite.close() };
}

async function start(): Promise<RunningSteward & { close(): Promise<void> }> {
  const storage = await openStorage();
  const env = localStackEnv(dataDir ? { STEWARD_DATA_DIR: dataDir } : {});
  const steward = await startSteward({ env, database: storage.target, logger });
  return {
    ...steward,
    async close() {
      await steward.stop();
      await storage.close();
    },
  };
}

async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: T | null; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T | null };
}

async function kids(steward: RunningSteward): Promise<string[]> {
  const jwks = (await (await fetch(jwksUrlFor(steward.subgraphUrls.identity!))).json()) as { keys: { kid: string }[] };
  return jwks.keys.map((key) => key.kid).sort();
}

const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id } } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }';
const REFRESH = 'mutation ($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { user { id } } }';
const CREATE_ORGANIZATION = 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
const ME = '{ me { id email } }';
const MY_ORGANIZATIONS = '{ myOrganizations { id slug } }';

const email = uniqueEmail('restart');
const password = 'a passphrase that outlives restarts';
const slug = uniqueSlug('restart');
let before: { kids: string[]; userId: string; accessToken: string; refreshToken: string; organizationId: string };
let after: RunningSteward & { close(): Promise<void> };

beforeAll(async () => {
  if (process.env.DATABASE_URL) serverDatabase = await createTestDatabase();
  else dataDir = await mkdtemp(join(tmpdir(), 'steward-restart-'));

  const first = await start();
  try {
    const registered = await post<{ register: { accessToken: string; refreshToken: string; user: { id: string } } }>(first.gatewayUrl, REGISTER, {
      input: { email, password, name: 'Restarted' },
    });
    const { accessToken, refreshToken, user } = registered.data!.register;
    const organization = await post<{ createOrganization: { id: string } }>(
      first.gatewayUrl,
      CREATE_ORGANIZATION,
      { input: { name: 'Survives restarts', slug } },
      accessToken,
    );
    before = { kids: await kids(first), userId: user.id, accessToken, refreshToken, organizationId: organization.data!.createOrganization.id };
  } finally {
    await first.close();
  }
  after = await start();
});

afterAll(async () => {
  await after?.close();
  await serverDatabase?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('a restart on the same storage', () => {
  it('keeps the signing key identity generated on first start: the JWKS shows the same key id', async () => {
    expect(before.kids).toHaveLength(1);
    expect(await kids(after)).toEqual(before.kids);
  });

  it('still accepts an access token issued before the restart', async () => {
    const me = await post<{ me: { id: string; email: string } | null }>(after.gatewayUrl, ME, {}, before.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toEqual({ id: before.userId, email });
  });

  it('keeps accounts, sessions and organizations', async () => {
    const login = await post<{ login: { user: { id: string } } }>(after.gatewayUrl, LOGIN, { input: { email, password } });
    expect(login.data?.login.user.id).toBe(before.userId);
    const refreshed = await post<{ refreshSession: { user: { id: string } } }>(after.gatewayUrl, REFRESH, { refreshToken: before.refreshToken });
    expect(refreshed.data?.refreshSession.user.id).toBe(before.userId);
    const organizations = await post<{ myOrganizations: { id: string; slug: string }[] }>(after.gatewayUrl, MY_ORGANIZATIONS, {}, before.accessToken);
    expect(organizations.data?.myOrganizations).toEqual([{ id: before.organizationId, slug }]);
  });
});
