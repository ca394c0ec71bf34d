import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, logFormatFor, type LogFormat } from './logger.js';

/** A stream that keeps what is written to it as text. */
function collector() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { stream, text: () => text };
}

/** A logger in `format` whose output is collected as text. */
function loggerWriting(format: LogFormat) {
  const destination = collector();
  return { logger: createLogger({ level: 'info', name: 'steward', destination: destination.stream, format }), output: destination.text };
}

describe('the log format a process chooses', () => {
  it('is pretty for a person at a terminal in development and in tests', () => {
    expect(logFormatFor('development', { isTTY: true })).toBe('pretty');
    expect(logFormatFor('test', { isTTY: true })).toBe('pretty');
  });

  it('is JSON when stdout is a pipe or a file, whatever the environment', () => {
    expect(logFormatFor('development', { isTTY: false })).toBe('json');
    expect(logFormatFor('development', {})).toBe('json');
  });

  it('is JSON in production, even at a terminal', () => {
    expect(logFormatFor('production', { isTTY: true })).toBe('json');
  });
});

describe('a logger', () => {
  it('writes one JSON object a line by default, which tests and collectors parse', () => {
    const { logger, output } = loggerWriting('json');
    logger.child({ subgraph: 'identity' }).info({ password: 'hunter2hunter2' }, 'Signed in (userId=%s)', 'u1');
    const lines = output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, name: 'steward', subgraph: 'identity', msg: 'Signed in (userId=u1)', password: '[redacted]' });
  });

  it('writes pretty lines led by the level and the part of the stack, still redacting secrets', () => {
    const { logger, output } = loggerWriting('pretty');
    logger.child({ subgraph: 'identity' }).warn({ token: 'live-token' }, 'Readiness check failed (service=%s)', 'identity');
    const text = output();
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: \[identity\] Readiness check failed \(service=identity\)\n/);
    expect(text).toContain('token: "[redacted]"');
    expect(text).not.toContain('live-token');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('also feeds a tee from its own level up, as JSON, while the output keeps the configured level', () => {
    const output = collector();
    const tee = collector();
    const logger = createLogger({ level: 'warn', destination: output.stream, format: 'pretty', tee: { level: 'info', stream: tee.stream } });
    logger.debug('Not for anyone');
    logger.info({ mail: { to: 'ada@example.com' } }, 'Mail written to the log');
    logger.warn('Slow query');
    expect(output.text()).not.toContain('Mail written');
    expect(output.text()).toContain('WARN: Slow query');
    expect(tee.text().trim().split('\n').map((line) => JSON.parse(line).msg)).toEqual(['Mail written to the log', 'Slow query']);
  });
});
