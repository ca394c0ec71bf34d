import type { ErrorRequestHandler, Express } from 'express';
import type { Logger } from './logger.js';

/** What body-parser's errors mean to a client, by their `type`: a stable code and a message without internals. */
const BODY_ERRORS: Record<string, { code: string; message: (error: { limit?: number; charset?: string }) => string }> = {
  'entity.parse.failed': { code: 'BAD_REQUEST', message: () => 'The request body is not valid JSON.' },
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: (error) => `The request body is larger than the limit${error.limit ? ` of ${error.limit} bytes` : ''}.` },
  'charset.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', message: (error) => `The charset ${JSON.stringify(error.charset ?? '')} is not supported: send UTF-8 JSON.` },
  'encoding.unsupported': { code: 'UNSUPPORTED_MEDIA_TYPE', message: () => 'The content encoding is not supported: send the body uncompressed.' },
  'request.aborted': { code: 'BAD_REQUEST', message: () => 'The request was aborted before its body arrived.' },
  'request.size.invalid': { code: 'BAD_REQUEST', message: () => 'The request body is shorter or longer than its Content-Length.' },
  'stream.encoding.set': { code: 'BAD_REQUEST', message: () => 'The request body could not be read.' },
};

const answer = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Ends the app's routes with JSON answers for what Express would otherwise answer as an HTML page
 * (in development with a stack trace and file paths): a path nothing serves (404), a body that
 * is not UTF-8 JSON or too large (4xx with a stable code), and any other error thrown by a
 * middleware (500, logged here, never described to the client). Call it after the last route.
 */
export function answerErrorsAsJson(app: Express, logger: Logger): void {
  app.use((req, res) => {
    res.status(404).json(answer('NOT_FOUND', `Nothing is served at ${req.method} ${req.path.slice(0, 200)}.`));
  });
  const onError: ErrorRequestHandler = (error: { type?: string; status?: number; statusCode?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode;
    const known = error.type ? BODY_ERRORS[error.type] : undefined;
    if (known && typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json(answer(known.code, known.message(error as { limit?: number; charset?: string })));
      return;
    }
    logger.error({ err: error }, 'Unexpected error in an HTTP handler');
    res.status(500).json(answer('INTERNAL_SERVER_ERROR', 'Internal server error.'));
  };
  app.use(onError);
}
