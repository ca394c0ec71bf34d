import { DriverException } from '@mikro-orm/core';
import { pino, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';

export type { Logger };

/** Fields that must never reach a log line, wherever they appear in a logged object. */
const REDACTED_PATHS = [
  'password', 'newPassword', 'currentPassword', 'token', 'refreshToken', 'accessToken', 'secret', 'authorization',
  '*.password', '*.newPassword', '*.currentPassword', '*.token', '*.refreshToken', '*.accessToken', '*.secret',
  '*.authorization', 'req.headers.authorization', 'variables.*',
];

/** Fields of a database error that name schema objects, never data: safe to log and useful to debug. */
const DATABASE_IDENTIFIER_FIELDS = ['code', 'sqlState', 'schema', 'table', 'column', 'constraint'] as const;

type ErrorLike = Error & Record<string, unknown>;

/**
 * Whether `value` came from the database driver. MikroORM wraps driver errors in a `DriverException`;
 * pg's and PGlite's own errors carry `severity`/`routine`, PGlite's also `query` and `params`.
 */
function isDatabaseError(value: unknown): value is ErrorLike {
  if (value instanceof DriverException) return true;
  if (!(value instanceof Error)) return false;
  return 'sqlState' in value || 'routine' in value || ('severity' in value && 'code' in value) || ('query' in value && 'params' in value);
}

/** The first database error in `error`'s chain (GraphQL's `originalError`, `cause`), if any. */
function databaseErrorIn(error: unknown): ErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (isDatabaseError(current)) return current;
    const next: unknown = (current as ErrorLike).originalError ?? current.cause;
    current = next;
  }
  return null;
}

/** A stack without its message lines: a driver error's message repeats the SQL. */
const framesOnly = (stack: unknown) =>
  typeof stack === 'string' ? stack.split('\n').filter((line) => line.trimStart().startsWith('at ')).join('\n') : undefined;

/**
 * SQLSTATE classes whose server message names only schema objects, never row data: connection (08),
 * integrity (23: the constraint, not the key), transaction state (25, 40), undefined or forbidden
 * objects (42, 3D, 3F), resources (53, 54), object state (55), shutdown (57), unsupported (0A).
 * Data exceptions (22) quote the offending value, and raised exceptions (P0) say whatever a function chose.
 */
const IDENTIFIER_ONLY_CLASSES = new Set(['08', '0A', '23', '25', '3D', '3F', '40', '42', '53', '54', '55', '57']);

/** The server's own message, without the SQL knex puts in front of it (`<sql with parameters> - <message>`). */
function serverMessage(error: ErrorLike, code: string): string | undefined {
  if (!IDENTIFIER_ONLY_CLASSES.has(code.slice(0, 2))) return undefined;
  const separator = error.message.lastIndexOf(' - ');
  const native = separator >= 0 ? error.message.slice(separator + 3) : error.message;
  // Still a statement (no separator and the driver put it first): say nothing rather than leak it.
  return /\b(insert|update|delete|select|values)\b/i.test(native) ? undefined : native.slice(0, 300);
}

/** A database error reduced to its class, SQLSTATE, the schema objects involved and, where safe, the server's message. */
function safeDatabaseError(error: ErrorLike): Record<string, unknown> {
  const safe: Record<string, unknown> = { type: error.name || error.constructor.name };
  for (const field of DATABASE_IDENTIFIER_FIELDS) {
    if (typeof error[field] === 'string' || typeof error[field] === 'number') safe[field] = error[field];
  }
  const code = String(safe.code ?? safe.sqlState ?? '');
  const native = code ? serverMessage(error, code) : undefined;
  safe.message = `Database error${code ? ` (SQLSTATE ${code})` : ''}${native ? `: ${native}` : ''}; SQL and parameters withheld from the log`;
  safe.stack = framesOnly(error.stack);
  return safe;
}

/**
 * The `err` serializer. Driver errors put the SQL with its parameters inlined (or as `params`) into
 * their message and fields, and parameters are where password hashes, tokens and TOTP secrets
 * travel; so a database error, or an error wrapping one, is logged as class, code and schema
 * objects only. Every other error is serialized as pino does by default.
 */
export function serializeError(error: unknown): unknown {
  const database = databaseErrorIn(error);
  if (!database) return error instanceof Error ? pino.stdSerializers.err(error) : error;
  if (database === error) return safeDatabaseError(database);
  const wrapper = error as ErrorLike;
  return {
    type: wrapper.name || wrapper.constructor.name,
    message: `${wrapper.name || 'Error'} caused by a database error`,
    ...(Array.isArray(wrapper.path) ? { path: wrapper.path } : {}),
    stack: framesOnly(wrapper.stack),
    cause: safeDatabaseError(database),
  };
}

/** How log lines are written: one JSON object a line (for machines and tests), or coloured text (for a person at a terminal). */
export type LogFormat = 'json' | 'pretty';

/**
 * The format of a process's log: pretty when a person watches it (stdout is a terminal) outside
 * production, JSON otherwise, so what a collector, a pipe or a test reads is always one JSON object a line.
 */
export function logFormatFor(nodeEnv: string, stdout: { isTTY?: boolean }): LogFormat {
  return stdout.isTTY === true && nodeEnv !== 'production' ? 'pretty' : 'json';
}

/**
 * A stream that writes pino's JSON lines to `destination` (stdout by default) in `format`. Pretty
 * output is synchronous, so nothing is lost when a drained process exits right after its last line.
 */
export function logStream(format: LogFormat, destination?: NodeJS.WritableStream): pino.DestinationStream | undefined {
  if (format === 'json') return destination as pino.DestinationStream | undefined;
  return pinoPretty({
    destination: destination ?? 1,
    sync: true,
    // Colour on a terminal (pino-pretty's own check); a given stream is a test reading plain text.
    ...(destination === undefined ? {} : { colorize: false }),
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,name,subgraph,component',
    // The part of the stack a line comes from leads it, instead of filling a line of its own.
    messageFormat: '{if subgraph}[{subgraph}] {end}{if component}[{component}] {end}{msg}',
  });
}

/** A second destination of a logger, fed from `level` up whatever the logger's own level. */
export interface LogTee {
  level: pino.Level;
  stream: NodeJS.WritableStream;
}

/** A level's rank: lower logs more; `silent` logs nothing. */
const rankOf = (level: string) => pino.levels.values[level] ?? Number.POSITIVE_INFINITY;

/**
 * Creates the process logger: JSON lines on stdout (or `destination`) unless `format` is `pretty`,
 * secrets redacted, database errors without their SQL. `tee` also gets every line from its own
 * level up, as JSON (a process that reads what its parts log, such as mailed links, whatever LOG_LEVEL says).
 */
export function createLogger(options: { level: string; name?: string; destination?: NodeJS.WritableStream; format?: LogFormat; tee?: LogTee }): Logger {
  const settings = {
    name: options.name,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError, error: serializeError },
  };
  const output = logStream(options.format ?? 'json', options.destination);
  if (!options.tee) return pino({ ...settings, level: options.level }, output);
  const streams: pino.StreamEntry[] = [{ level: options.tee.level, stream: options.tee.stream }];
  if (options.level !== 'silent') streams.push({ level: options.level as pino.Level, stream: output ?? pino.destination(1) });
  const level = rankOf(options.level) < rankOf(options.tee.level) ? options.level : options.tee.level;
  return pino({ ...settings, level }, pino.multistream(streams));
}
