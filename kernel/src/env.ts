import { z } from 'zod';

/**
 * A problem the person starting a process fixes from the message alone (a bad variable, a taken
 * port): printed without a stack trace, and the process exits with status 1.
 */
export class StartupError extends Error {}

/** Thrown when the environment is invalid; the message lists every bad variable at once. */
export class EnvError extends StartupError {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/**
 * Parses `env` with a zod object schema and reports all failures together. A variable set to the
 * empty string counts as unset (its default applies), so docker-compose can pass `${SMTP_URL:-}`.
 */
export function parseEnv<S extends z.ZodType>(schema: S, env: Record<string, string | undefined> = process.env): z.infer<S> {
  const result = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
}

/**
 * Runs a composition root's configuration step. When the environment is invalid it prints the list
 * of problems (no stack trace: the list is the whole message) and exits with status 1.
 */
export function configureOrExit<T>(configure: () => T): T {
  try {
    return configure();
  } catch (error) {
    exitOnStartupError(error);
  }
}

/** Prints a StartupError's message (an EnvError's list of problems, a taken port) and exits with status 1; rethrows anything else. */
export function exitOnStartupError(error: unknown): never {
  if (!(error instanceof StartupError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

/** A TCP port; 0 asks the OS for a free one. */
export const portVar = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** Variables every Steward process understands. */
export const commonEnvShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** PostgreSQL URL; when unset, the embedded PGlite database is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded database lives; `:memory:` keeps nothing. */
  STEWARD_DATA_DIR: z.string().min(1).default('./.data'),
  /** Shared secret (>= 32 chars) the gateway signs internal tokens with; required in production. */
  STEWARD_INTERNAL_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Bearer token Prometheus sends to read /metrics; without it /metrics is open in development and off in production. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
};

/** For processes that ask organizations for grants (projects, metrics, the gateway's subscriptions). */
export const grantsCacheEnvShape = {
  /** How long a caller's grants are cached in a process; a grants-changed event on the bus drops them sooner. */
  GRANTS_CACHE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(30_000),
};

/** Refuses to run in production without an explicit internal secret. */
export function requireInProduction<T extends { NODE_ENV: string }>(env: T, keys: (keyof T & string)[]): void {
  if (env.NODE_ENV !== 'production') return;
  const missing = keys.filter((key) => env[key] === undefined || env[key] === '');
  if (missing.length) throw new EnvError(missing.map((key) => `${key}: required when NODE_ENV=production`));
}
