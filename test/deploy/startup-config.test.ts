import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A deployed process with a bad environment must say what is wrong, all at once, and stop:
// an operator reads this in `docker compose logs`, where a stack trace would bury it.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function start(entry: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    // Only what the test sets (and PATH), so the machine's DATABASE_URL or secrets cannot leak in.
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return { code, stderr, stdout };
}

const STACK_FRAME = /^\s+at /m;

describe('a process started with an invalid environment', () => {
  it('makes the gateway list every problem, SUBGRAPH_URL_<NAME> overrides included, and exit 1 without a stack trace', async () => {
    const { code, stderr } = await start('gateway/src/main.ts', {
      SUBGRAPH_URL_IDENTITY: 'identity:4001',
      SUBGRAPH_URL_METRICS: 'not a url',
      MAX_QUERY_DEPTH: '0',
      STEWARD_INTERNAL_SECRET: 'short',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Invalid configuration:/m);
    for (const name of ['SUBGRAPH_URL_IDENTITY', 'SUBGRAPH_URL_METRICS', 'MAX_QUERY_DEPTH', 'STEWARD_INTERNAL_SECRET']) {
      expect(stderr).toMatch(new RegExp(`^ {2}- ${name}: `, 'm'));
    }
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it('makes a subgraph on its own list every problem and exit 1 without a stack trace', async () => {
    const { code, stderr } = await start('subgraphs/projects/src/main.ts', {
      PROJECTS_PORT: 'eighty',
      ORGANIZATIONS_URL: 'organizations 4002',
      LOG_LEVEL: 'chatty',
    });
    expect(code).toBe(1);
    for (const name of ['PROJECTS_PORT', 'ORGANIZATIONS_URL', 'LOG_LEVEL']) expect(stderr).toMatch(new RegExp(`^ {2}- ${name}: `, 'm'));
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it('stops a subgraph the same way when it finds a production key missing while building', async () => {
    // Identity checks IDENTITY_ENCRYPTION_KEY before it connects, so the database need not exist.
    const { code, stderr } = await start('subgraphs/identity/src/main.ts', {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      STEWARD_INTERNAL_SECRET: 'a'.repeat(32),
      IDENTITY_ENCRYPTION_KEY: '',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ {2}- IDENTITY_ENCRYPTION_KEY: required when NODE_ENV=production$/m);
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it('names a missing STEWARD_INTERNAL_SECRET the same way, and counts an empty one as missing', async () => {
    const { code, stderr } = await start('subgraphs/projects/src/main.ts', { STEWARD_INTERNAL_SECRET: '' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^ {2}- STEWARD_INTERNAL_SECRET: required to run a subgraph on its own$/m);
    expect(stderr).not.toMatch(STACK_FRAME);
  });
});
