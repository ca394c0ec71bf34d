import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, readSubgraphList } from '@steward/kernel';

// `npm start` with a port another process holds: one line on stderr naming the variable to change,
// exit status 1, before the database is opened. The process runs as `npm start` runs it, without npm.
// A subgraph's port goes through the same check (kernel/src/http.spec.ts names METRICS_PORT). Nothing
// here touches a database, so the PostgreSQL pass of CI skips it: it would prove nothing new.

let holder: Server;
let taken: number;
beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((listening) => holder.listen(0, '127.0.0.1', listening));
  taken = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((closed) => holder.close(() => closed())));

/** Runs `npm start`'s entry with every port free (0) but `overrides`; resolves with its exit code and output. */
function start(overrides: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const ports = Object.fromEntries(readSubgraphList().map((entry) => [`${entry.name.toUpperCase()}_PORT`, '0']));
  const env: NodeJS.ProcessEnv = { ...process.env, ...ports, PORT: '0', HOST: '127.0.0.1', STEWARD_DATA_DIR: join(tmpdir(), 'steward-never-opened'), ...overrides };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'standalone/src/main.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((exited) => child.on('close', (code) => exited({ code, stdout, stderr })));
}

describe.skipIf(process.env.DATABASE_URL)('npm start on a taken port', () => {
  it('says which variable to change in one line and exits with status 1, without a stack trace', async () => {
    expect(await start({ PORT: String(taken) })).toEqual({ code: 1, stdout: '', stderr: `Port ${taken} is already in use (PORT); set PORT to another port\n` });
  });
});
