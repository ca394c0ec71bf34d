import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeysDocument, BudgetsDocument, LoginDocument, MembersDocument, OrganizationProjectsDocument, UsageDocument } from '@steward/client';
import { openEmbeddedDatabase } from '@steward/kernel';
import { createCapturingLogger } from '@steward/kernel/testing';
import { DEMO_PASSWORD, seedDemoOrganization, type DemoOrganization } from '../src/demo/demo-organization.js';
import { prepareDemoDataDir } from '../src/demo/demo-setup.js';
import { startSteward, type RunningSteward } from '../src/start-steward.js';
import { createGatewayClient, localStackEnv, type GatewayClient } from '../src/testing/index.js';

// `npm run demo`: an empty data directory filled with the demo organization through the API, as
// the demo does it (on the embedded database, in a directory of the test's own), then read back
// through the API as its people would. The demo is embedded-only, so CI's PostgreSQL pass skips it.

let dataDir: string;
let close: (() => Promise<void>) | undefined;
let steward: RunningSteward;
let client: GatewayClient;
let demo: DemoOrganization;

beforeAll(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'steward-demo-')), 'data');
  if (process.env.DATABASE_URL) return;
  await prepareDemoDataDir(dataDir, { force: false });
  const pglite = await openEmbeddedDatabase(dataDir);
  const { logger, lines } = createCapturingLogger('info');
  steward = await startSteward({ env: localStackEnv({ STEWARD_DATA_DIR: dataDir }), database: { kind: 'pglite', pglite }, logger });
  close = async () => {
    await steward.stop();
    await pglite.close();
  };
  client = createGatewayClient(steward.gatewayUrl);
  demo = await seedDemoOrganization({ gatewayUrl: steward.gatewayUrl, logLines: lines, ...client });
});

afterAll(async () => {
  await close?.();
  await rm(join(dataDir, '..'), { recursive: true, force: true });
});

const tokenOf = (role: string) => demo.people.find((person) => person.role === role)!.accessToken;

describe.skipIf(process.env.DATABASE_URL)('the demo organization', () => {
  it('has its three people in their built-in roles, and signs the owner in with the printed password', async () => {
    const members = await client.request(MembersDocument, { organizationId: demo.organization.id, first: 10 }, { token: tokenOf('viewer') });
    expect(members.errors).toBeUndefined();
    expect(members.data!.members.edges.map((edge) => edge.node.role?.builtIn).sort()).toEqual(['admin', 'owner', 'viewer']);
    const login = await client.request(LoginDocument, { input: { email: 'ada@acme.example', password: DEMO_PASSWORD } });
    expect(login.errors).toBeUndefined();
  });

  it('has four projects whose versions stand at every stage, with passing, failing and empty gates', async () => {
    const res = await client.request(OrganizationProjectsDocument, { id: demo.organization.id, first: 10 }, { token: tokenOf('viewer') });
    expect(res.errors).toBeUndefined();
    const projects = res.data!.organization!.projects!.edges.map(({ node }) => ({
      slug: node.slug,
      versions: node.versions.edges.map((edge) => `${edge.node.name}:${edge.node.stage}:${edge.node.gate.status}`).sort(),
    }));
    expect(projects.sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([
      { slug: 'code-review-bot', versions: ['baseline-reviewer:V2:PASSED', 'whole-repo-context:V1:FAILED'] },
      { slug: 'docs-search', versions: ['prototype:V1:NO_DATA'] },
      { slug: 'sales-email-drafts', versions: ['friendly-tone:V2:PASSED', 'longer-drafts:V3:PASSED'] },
      { slug: 'support-assistant', versions: ['haiku-canary:V1:PASSED', 'launch:V3:PASSED', 'tool-use:V2:PASSED'] },
    ]);
  });

  it('has a week of usage recorded with its API key, two budgets counting it, and the key itself', async () => {
    const token = tokenOf('viewer');
    const organizationId = demo.organization.id;
    const to = new Date(Date.now() + 60_000).toISOString();
    const from = new Date(Date.now() - 8 * 24 * 3_600_000).toISOString();
    const usage = await client.request(UsageDocument, { organizationId, filter: { from, to }, groupBy: ['PROJECT'] }, { token });
    expect(usage.errors).toBeUndefined();
    expect(demo.usageRecords).toBe(322);
    expect(usage.data!.usage.totals.requests).toBe(322);
    expect(usage.data!.usage.groups).toHaveLength(3);
    expect(Number(usage.data!.usage.totals.costUsd)).toBeGreaterThan(10);

    const budgets = await client.request(BudgetsDocument, { organizationId }, { token });
    expect(budgets.data?.budgets.edges.map((edge) => edge.node.name).sort()).toEqual(['Acme AI monthly', 'Code Review Bot daily']);
    const keys = await client.request(ApiKeysDocument, { organizationId }, { token: tokenOf('owner') });
    expect(keys.data?.apiKeys.totalCount).toBe(1);
    expect(demo.apiKey.secret).toMatch(/^stw_/);
  });

  it('is refused in one line on a data directory that holds data, and --force replaces only a database directory', async () => {
    const holding = `${dataDir} already holds data; the demo needs an empty data directory: run \`npm run demo -- --force\` to replace it, or set STEWARD_DATA_DIR to another directory`;
    await expect(prepareDemoDataDir(dataDir, { force: false })).rejects.toThrow(holding);
    const notADatabase = join(dataDir, '..', 'notes');
    await mkdir(notADatabase);
    await writeFile(join(notADatabase, 'todo.txt'), 'keep me');
    await expect(prepareDemoDataDir(notADatabase, { force: true })).rejects.toThrow(/is not a Steward data directory \(no pglite\/PG_VERSION\)/);
    expect(await readdir(notADatabase)).toEqual(['todo.txt']);

    await close?.();
    close = undefined;
    await prepareDemoDataDir(dataDir, { force: true });
    await expect(readdir(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
