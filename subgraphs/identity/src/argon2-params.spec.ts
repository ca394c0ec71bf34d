import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commonEnvShape, parseEnv } from '@steward/kernel';
import { identityEnvShape, type IdentityEnv } from './identity.env.js';
import { argon2Params } from './identity.subgraph.js';

const envOf = (vars: Record<string, string>) => parseEnv(z.object({ ...commonEnvShape, ...identityEnvShape }), vars) as IdentityEnv;

describe('argon2Params', () => {
  it('uses production strength (64 MiB, 3 passes, 4 lanes) in development and production', () => {
    for (const NODE_ENV of ['development', 'production']) {
      expect(argon2Params(envOf({ NODE_ENV })), NODE_ENV).toEqual({ memoryKiB: 65_536, timeCost: 3, parallelism: 4 });
    }
  });

  it('uses production strength when NODE_ENV is unset', () => {
    expect(argon2Params(envOf({}))).toEqual({ memoryKiB: 65_536, timeCost: 3, parallelism: 4 });
  });

  it('uses cheap parameters only when NODE_ENV=test', () => {
    expect(argon2Params(envOf({ NODE_ENV: 'test' }))).toEqual({ memoryKiB: 1024, timeCost: 1, parallelism: 1 });
  });

  it('lets each ARGON2_* variable override its default, in test as in production', () => {
    const overrides = { ARGON2_MEMORY_KIB: '19456', ARGON2_TIME_COST: '2', ARGON2_PARALLELISM: '1' };
    for (const NODE_ENV of ['test', 'production']) {
      expect(argon2Params(envOf({ NODE_ENV, ...overrides })), NODE_ENV).toEqual({ memoryKiB: 19_456, timeCost: 2, parallelism: 1 });
    }
    expect(argon2Params(envOf({ NODE_ENV: 'production', ARGON2_TIME_COST: '5' }))).toEqual({ memoryKiB: 65_536, timeCost: 5, parallelism: 4 });
  });
});
