import type { LogContext, Logger as OrmLogger, LoggerNamespace } from '@mikro-orm/core';
import type { Logger } from '../logger.js';

/** Counts SQL statements per ORM; tests use it to prove a query count is constant (no N+1). */
export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
  record(sql: string): void {
    this.count += 1;
    if (this.statements.length < 1000) this.statements.push(sql);
  }
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

/**
 * MikroORM's logger, pointed at the process logger: its messages become log lines, and every query
 * it reports is counted. The ORM reports queries only for namespaces that are enabled, so `query`
 * is enabled here and its lines go to the counter, not to the log.
 */
export class OrmLogBridge implements OrmLogger {
  constructor(private readonly logger: Logger, private readonly counter: QueryCounter) {}
  log(namespace: string, message: string): void {
    this.logger.debug({ namespace }, message);
  }
  error(namespace: string, message: string): void {
    this.logger.error({ namespace }, message);
  }
  warn(namespace: string, message: string): void {
    this.logger.warn({ namespace }, message);
  }
  logQuery(context: LogContext): void {
    if (context.query) this.counter.record(context.query);
  }
  setDebugMode(): void {}
  isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }
}
