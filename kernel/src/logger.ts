import { pino, type Logger } from 'pino';

export type { Logger };

/** Fields that must never reach a log line, wherever they appear in a logged object. */
const REDACTED_PATHS = [
  'password', 'newPassword', 'currentPassword', 'token', 'refreshToken', 'accessToken', 'secret', 'authorization',
  '*.password', '*.newPassword', '*.currentPassword', '*.token', '*.refreshToken', '*.accessToken', '*.secret',
  '*.authorization', 'req.headers.authorization', 'variables.*',
];

/** Creates the process logger; JSON lines on stdout, secrets redacted. */
export function createLogger(options: { level: string; name?: string; destination?: NodeJS.WritableStream }): Logger {
  return pino(
    { level: options.level, name: options.name, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    options.destination as pino.DestinationStream | undefined,
  );
}
