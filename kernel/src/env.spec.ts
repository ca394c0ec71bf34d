import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EnvError, commonEnvShape, grantsCacheEnvShape, parseEnv, portVar } from './env.js';
import { mailEnvShape } from './mail.js';

const schema = z.object({ ...commonEnvShape, ...grantsCacheEnvShape, ...mailEnvShape, PORT: portVar(4000) });

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseEnv(schema, env);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error('the environment was accepted');
}

describe('parseEnv', () => {
  it('reports every bad variable together, each named, in one error', () => {
    const problems = problemsOf({
      NODE_ENV: 'staging',
      DATABASE_URL: 'not a url',
      STEWARD_INTERNAL_SECRET: 'too short',
      GRANTS_CACHE_TTL_MS: 'soon',
      PORT: '70000',
      SMTP_URL: 'http://mail.example.test',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(
      ['DATABASE_URL', 'GRANTS_CACHE_TTL_MS', 'NODE_ENV', 'PORT', 'SMTP_URL', 'STEWARD_INTERNAL_SECRET'].sort(),
    );
    expect(problems).toContain('STEWARD_INTERNAL_SECRET: must be at least 32 characters');
    expect(problems).toContain('SMTP_URL: must start with smtp:// or smtps://');
  });

  it('lists the problems one a line in the error message', () => {
    expect(() => parseEnv(schema, { PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/^Invalid configuration:\n {2}- (LOG_LEVEL|PORT): .+\n {2}- (LOG_LEVEL|PORT): .+$/);
  });

  it('treats a variable set to the empty string as unset, so its default applies', () => {
    const env = parseEnv(schema, {
      NODE_ENV: '',
      LOG_LEVEL: '',
      DATABASE_URL: '',
      STEWARD_INTERNAL_SECRET: '',
      GRANTS_CACHE_TTL_MS: '',
      SMTP_URL: '',
      MAIL_FROM: '',
      PORT: '',
    });
    expect(env).toMatchObject({ NODE_ENV: 'development', LOG_LEVEL: 'info', GRANTS_CACHE_TTL_MS: 30_000, PORT: 4000 });
    expect(env.MAIL_FROM).toBe(mailEnvShape.MAIL_FROM.parse(undefined));
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.STEWARD_INTERNAL_SECRET).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });

  it('still refuses a value that is only whitespace', () => {
    expect(new Set(problemsOf({ SMTP_URL: ' ' }).map((problem) => problem.split(':')[0]))).toEqual(new Set(['SMTP_URL']));
  });
});
