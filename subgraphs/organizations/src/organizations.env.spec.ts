import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EnvError, commonEnvShape, createLogger, parseEnv } from '@steward/kernel';
import { organizationsEnvShape } from './organizations.env.js';
import { encryptionKey } from './organizations.subgraph.js';

const parse = (env: Record<string, string>) => parseEnv(z.object({ ...commonEnvShape, ...organizationsEnvShape }), env);
const silent = createLogger({ level: 'silent' });

describe('ORGANIZATIONS_ENCRYPTION_KEY', () => {
  it('accepts 32 bytes as hex or base64, and names the variable otherwise', () => {
    const key = randomBytes(32);
    expect(parse({ ORGANIZATIONS_ENCRYPTION_KEY: key.toString('hex') }).ORGANIZATIONS_ENCRYPTION_KEY).toEqual(key);
    expect(parse({ ORGANIZATIONS_ENCRYPTION_KEY: key.toString('base64') }).ORGANIZATIONS_ENCRYPTION_KEY).toEqual(key);
    expect(() => parse({ ORGANIZATIONS_ENCRYPTION_KEY: 'short' })).toThrow(/ORGANIZATIONS_ENCRYPTION_KEY: must be 32 random bytes/);
  });

  it('is required in production and falls back to a fixed development key elsewhere', () => {
    expect(() => encryptionKey(parse({ NODE_ENV: 'production' }), silent)).toThrow(EnvError);
    const development = encryptionKey(parse({ NODE_ENV: 'development' }), silent);
    expect(development).toHaveLength(32);
    expect(encryptionKey(parse({ NODE_ENV: 'test' }), silent)).toEqual(development);
    const configured = randomBytes(32);
    expect(encryptionKey(parse({ NODE_ENV: 'production', ORGANIZATIONS_ENCRYPTION_KEY: configured.toString('hex') }), silent)).toEqual(configured);
  });
});
