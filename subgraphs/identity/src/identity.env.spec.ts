import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EnvError, commonEnvShape, createLogger, parseEnv } from '@steward/kernel';
import { identityEnvShape, type IdentityEnv } from './identity.env.js';
import { identityEncryptionKey } from './identity.subgraph.js';

const parse = (env: Record<string, string>) => parseEnv(z.object({ ...commonEnvShape, ...identityEnvShape }), env) as IdentityEnv;
const silent = createLogger({ level: 'silent' });

describe('IDENTITY_ENCRYPTION_KEY', () => {
  it('accepts 32 bytes as hex or base64, and names the variable otherwise', () => {
    const key = randomBytes(32);
    expect(parse({ IDENTITY_ENCRYPTION_KEY: key.toString('hex') }).IDENTITY_ENCRYPTION_KEY).toEqual(key);
    expect(parse({ IDENTITY_ENCRYPTION_KEY: key.toString('base64') }).IDENTITY_ENCRYPTION_KEY).toEqual(key);
    expect(() => parse({ IDENTITY_ENCRYPTION_KEY: 'short' })).toThrow(/IDENTITY_ENCRYPTION_KEY: must be 32 random bytes/);
  });

  it('is required in production and falls back to a fixed development key elsewhere', () => {
    expect(() => identityEncryptionKey(parse({ NODE_ENV: 'production' }), silent)).toThrow(EnvError);
    const development = identityEncryptionKey(parse({ NODE_ENV: 'development' }), silent);
    expect(development).toHaveLength(32);
    expect(identityEncryptionKey(parse({ NODE_ENV: 'test' }), silent)).toEqual(development);
    const configured = randomBytes(32);
    expect(identityEncryptionKey(parse({ NODE_ENV: 'production', IDENTITY_ENCRYPTION_KEY: configured.toString('hex') }), silent)).toEqual(configured);
  });
});
