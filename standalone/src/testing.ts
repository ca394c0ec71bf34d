import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { z } from 'zod';
import { commonEnvShape, parseEnv, type Logger } from '@steward/kernel';
import { createCapturingLogger, createTestDatabase, type TestDatabase } from '@steward/kernel/testing';
import { gatewayEnvShape } from '@steward/gateway';
import { identityEnvShape } from '@steward/identity';
import { startSteward, type RunningSteward } from './start-steward.js';

/** A GraphQL response as a client sees it. */
export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Options of one request. */
export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** The whole stack on a fresh database, on free ports, for one test file. */
export interface TestStack extends RunningSteward {
  database: TestDatabase;
  logger: Logger;
  /** Every log line the stack wrote (JSON), for assertions about what must never be logged. */
  logLines: string[];
  /** Sends a typed operation to the gateway. */
  request<T, V>(document: TypedDocumentNode<T, V> | DocumentNode, variables?: V, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** Sends raw GraphQL to any URL (the gateway by default). */
  post<T = Record<string, unknown>>(body: unknown, options?: RequestOptions & { url?: string }): Promise<GraphQLResponse<T>>;
}

/**
 * Starts every subgraph and the gateway on port 0 against a database of the test file's own
 * (PostgreSQL when DATABASE_URL is set, else in-memory PGlite). Call `stop()` in afterAll.
 */
export async function startTestStack(envOverrides: Record<string, string> = {}): Promise<TestStack> {
  const database = await createTestDatabase();
  const { logger, lines } = createCapturingLogger('debug');
  const env = parseEnv(z.object({ ...commonEnvShape, ...identityEnvShape, ...gatewayEnvShape }), {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    IDENTITY_PORT: '0',
    // Test files send bursts from one address; the limiter has its own tests.
    RATE_LIMIT_PER_MINUTE: '0',
    ...envOverrides,
  });
  const steward = await startSteward({ env, database: database.target, logger });

  const post = async <T>(body: unknown, options: RequestOptions & { url?: string } = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(options.url ?? steward.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...json };
  };

  return {
    ...steward,
    database,
    logger,
    logLines: lines,
    post,
    request: (document, variables, options) => post({ query: print(document), variables }, options),
    async stop() {
      await steward.stop();
      await database.drop();
    },
  };
}

/** Unique email per call, so tests never collide. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/** A registered user with live tokens. */
export interface SeededUser {
  id: string;
  email: string;
  password: string;
  name: string;
  accessToken: string;
  refreshToken: string;
}

const REGISTER = /* GraphQL */ `
  mutation SeedRegister($input: RegisterInput!) {
    register(input: $input) { accessToken refreshToken user { id } }
  }
`;

/** Fixture builder: `await seed(stack).user()`; later issues add `.org()`, `.project()`… */
export function seed(stack: TestStack) {
  return {
    async user(overrides: Partial<Pick<SeededUser, 'email' | 'password' | 'name'>> = {}): Promise<SeededUser> {
      const input = {
        email: overrides.email ?? uniqueEmail(),
        password: overrides.password ?? 'a long enough passphrase',
        name: overrides.name ?? 'Test User',
      };
      const res = await stack.post<{ register: { accessToken: string; refreshToken: string; user: { id: string } } }>({
        query: REGISTER,
        variables: { input },
      });
      if (!res.data?.register) throw new Error(`Seeding a user failed: ${JSON.stringify(res.errors)}`);
      const { accessToken, refreshToken, user } = res.data.register;
      return { id: user.id, ...input, accessToken, refreshToken };
    },
  };
}
