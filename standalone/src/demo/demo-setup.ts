import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { EnvError, StartupError } from '@steward/kernel';

/** The command line of `npm start`: `--demo` seeds the demo organization first (`npm run demo`), `--force` replaces a data directory for it. */
export interface CommandLine {
  demo: boolean;
  force: boolean;
}

/** Reads the command line; an unknown or misplaced flag is a StartupError naming it. */
export function parseCommandLine(args: string[] = process.argv.slice(2)): CommandLine {
  let parsed: CommandLine;
  try {
    parsed = parseArgs({ args, options: { demo: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } } }).values as CommandLine;
  } catch (error) {
    throw new EnvError([`command line: ${(error as Error).message} (usage: npm start, or npm run demo [-- --force])`]);
  }
  if (parsed.force && !parsed.demo) throw new EnvError(['command line: --force only applies to the demo (npm run demo -- --force)']);
  return parsed;
}

/**
 * Why the demo cannot run with this configuration: it seeds the embedded database, and follows the
 * verification and invitation links the stack writes to its log, which only happens outside
 * production and without SMTP_URL.
 */
export function demoConfigurationProblems(env: { DATABASE_URL?: string; NODE_ENV: string; SMTP_URL?: unknown }): string[] {
  const problems: string[] = [];
  if (env.DATABASE_URL) problems.push('DATABASE_URL: the demo fills the embedded database; unset DATABASE_URL');
  if (env.NODE_ENV === 'production') problems.push('NODE_ENV: the demo is for development; unset NODE_ENV=production');
  if (env.SMTP_URL) problems.push('SMTP_URL: the demo reads its invitation links from the log; unset SMTP_URL');
  return problems;
}

/**
 * Makes sure the demo starts from an empty data directory. One that holds anything is refused in
 * one line, unless `force`, which deletes it, and only if it is a Steward data directory (pglite/PG_VERSION),
 * so a mistyped STEWARD_DATA_DIR never costs anyone their files.
 */
export async function prepareDemoDataDir(dataDir: string, options: { force: boolean }): Promise<void> {
  if (dataDir === ':memory:') return;
  const entries: string[] = await readdir(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  if (entries.length === 0) return;
  if (!options.force) {
    throw new StartupError(`${dataDir} already holds data; the demo needs an empty data directory: run \`npm run demo -- --force\` to replace it, or set STEWARD_DATA_DIR to another directory`);
  }
  if (!(await stat(join(dataDir, 'pglite', 'PG_VERSION')).catch(() => null))) {
    throw new StartupError(`${dataDir} is not a Steward data directory (no pglite/PG_VERSION), so --force leaves it alone: set STEWARD_DATA_DIR to an empty or new directory`);
  }
  await rm(dataDir, { recursive: true, force: true });
}

/**
 * Keeps the log lines that carry a mail (the stack writes mail to its log when SMTP_URL is unset),
 * as the seed builders read them: the demo follows verification and invitation links from there.
 */
export class LoggedMailbox extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    for (const line of chunk.toString().split('\n')) if (line.includes('"mail":')) this.lines.push(line);
    done();
  }
}
