import { z } from 'zod';
import { parseEnv, type Logger, type SubgraphDescriptor } from '@steward/kernel';
import { createCapturingLogger, createTestDatabase, type TestDatabase } from '@steward/kernel/testing';
import { descriptors, stackEnvShape, startSteward, type RunningSteward } from '../start-steward.js';
import { createTestClock, type TestClock } from './clock.js';
import type { FakeSmtpServer } from './fake-smtp.js';
import { createGatewayClient, type GatewayClient } from './gateway-client.js';

/**
 * What the seed builders need of a running stack: its gateway, and the mail it delivered (written
 * to the log as JSON lines when SMTP_URL is unset, or received by a fake SMTP server).
 */
export interface SeedTarget extends GatewayClient {
  gatewayUrl: string;
  /** The stack's log lines (JSON); those that carry a `mail` are the mails delivered to the log. */
  logLines: string[];
  /** The fake SMTP server the stack delivers mail to, when it was started with one. */
  smtp?: FakeSmtpServer;
}

/** The whole stack on a fresh database, on free ports, for one test file. */
export interface TestStack extends RunningSteward, SeedTarget {
  database: TestDatabase;
  logger: Logger;
  /** Every log line the stack wrote (JSON), for assertions about what must never be logged. */
  logLines: string[];
  /** The clock every subgraph of the stack is given (identity and organizations time their rules by it): `stack.clock.advance(ms)` lets time pass. */
  clock: TestClock;
}

/**
 * The configuration of a stack run inside a test or benchmark process: `NODE_ENV=test` (cheap
 * argon2), every part on a free port of 127.0.0.1, and no per-client rate or failed-authentication limit (one address sends
 * bursts; the limiter has its own tests); then `overrides`.
 */
export function localStackEnv(overrides: Record<string, string> = {}, subgraphs: readonly SubgraphDescriptor[] = descriptors) {
  return parseEnv(z.object(stackEnvShape(subgraphs)), {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    ...Object.fromEntries(subgraphs.map((descriptor) => [descriptor.port.variable, '0'])),
    RATE_LIMIT_PER_MINUTE: '0',
    AUTH_FAILURES_PER_MINUTE: '0',
    ...overrides,
  });
}

/**
 * Starts every subgraph and the gateway on port 0 against a database of the test file's own
 * (PostgreSQL when DATABASE_URL is set, else in-memory PGlite), with a clock of its own (or
 * `options.clock`) that the test advances. Call `stop()` in afterAll.
 */
export async function startTestStack(
  envOverrides: Record<string, string> = {},
  options: {
    smtp?: FakeSmtpServer;
    clock?: TestClock;
    subgraphs?: readonly SubgraphDescriptor[];
    /** A database the test made (and drops) itself, shared by stacks started one after another: a restart on the same data. */
    database?: TestDatabase;
  } = {},
): Promise<TestStack> {
  const database = options.database ?? (await createTestDatabase());
  const { logger, lines } = createCapturingLogger('debug');
  const env = localStackEnv({ ...(options.smtp ? { SMTP_URL: options.smtp.url } : {}), ...envOverrides }, options.subgraphs);
  const clock = options.clock ?? createTestClock();
  const steward = await startSteward({ env, database: database.target, logger, clock, subgraphs: options.subgraphs });

  return {
    ...steward,
    database,
    logger,
    logLines: lines,
    smtp: options.smtp,
    clock,
    ...createGatewayClient(steward.gatewayUrl),
    async stop() {
      await steward.stop();
      if (!options.database) await database.drop();
    },
  };
}
