import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Logger } from './logger.js';

/**
 * A small publish/subscribe bus for events between Steward processes (grant changes, metric
 * events). Payloads are short strings — usually just a key — because PostgreSQL NOTIFY payloads
 * are limited to 8000 bytes.
 */
export interface EventBus {
  publish(topic: string, payload: string): Promise<void>;
  /** Returns a function that unsubscribes. */
  subscribe(topic: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Calls `handler` each time the bus listens again after losing its connection: events published
   * in between were lost, so whoever caches what events invalidate must drop everything then.
   * Buses that cannot lose events (in-process) never call it. Returns a function that unregisters.
   */
  onReconnect?(handler: () => void): () => void;
  close(): Promise<void>;
}

/** Topic on which organizations announces that a principal's grants changed (`user:<id>`, `apikey:<id>` or `*`). */
export const GRANTS_CHANGED_TOPIC = 'steward.grants';

/** For one process (the embedded `npm start`): delivery is a synchronous-free emit on the next tick. */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(topic: string, payload: string): Promise<void> {
    // Deliver asynchronously, like a real bus, so publishers never run subscriber code inline.
    setImmediate(() => this.emitter.emit(topic, payload));
  }

  async subscribe(topic: string, handler: (payload: string) => void): Promise<() => Promise<void>> {
    this.emitter.on(topic, handler);
    return async () => {
      this.emitter.off(topic, handler);
    };
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/**
 * PostgreSQL LISTEN/NOTIFY: every process connected to the same database receives every event,
 * so several gateway or subgraph replicas stay in step. One dedicated connection listens; it
 * reconnects and re-listens after a failure, then tells its reconnect handlers (NOTIFY has no
 * replay, so what was published while it was away is gone).
 */
export class PostgresEventBus implements EventBus {
  private listener: pg.Client | null = null;
  private readonly publisher: pg.Pool;
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly topics = new Set<string>();
  private readonly reconnectHandlers = new Set<() => void>();
  private closed = false;
  private connecting: Promise<pg.Client> | null = null;

  constructor(private readonly url: string, private readonly logger: Logger) {
    this.publisher = new pg.Pool({ connectionString: url, max: 2 });
    // An idle connection the server drops (a restart, a failover, an admin) is reported here; with
    // no listener Node would crash the process. The pool opens a fresh one for the next publish.
    this.publisher.on('error', (error) => this.logger.warn({ err: error }, 'Event bus publishing connection lost; the next publish opens a new one'));
  }

  async publish(topic: string, payload: string): Promise<void> {
    await this.publisher.query('select pg_notify($1, $2)', [topic, payload]);
  }

  async subscribe(topic: string, handler: (payload: string) => void): Promise<() => Promise<void>> {
    this.emitter.on(topic, handler);
    if (!this.topics.has(topic)) {
      this.topics.add(topic);
      const client = await this.connect();
      await client.query(`listen ${pg.escapeIdentifier(topic)}`);
    }
    return async () => {
      this.emitter.off(topic, handler);
    };
  }

  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => {
      this.reconnectHandlers.delete(handler);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.emitter.removeAllListeners();
    this.reconnectHandlers.clear();
    await this.listener?.end().catch(() => undefined);
    await this.publisher.end();
  }

  private connect(): Promise<pg.Client> {
    if (this.listener) return Promise.resolve(this.listener);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on('notification', (message) => this.emitter.emit(message.channel, message.payload ?? ''));
      // A terminated backend shows up as 'error', 'end' or both; only the first counts.
      const lost = (error?: unknown) => {
        if (this.closed || this.listener !== client) return;
        this.logger.warn({ err: error }, 'Event bus connection lost; reconnecting');
        this.listener = null;
        this.connecting = null;
        setTimeout(() => void this.relisten(), 500);
      };
      client.on('error', lost);
      client.on('end', () => lost());
      await client.connect();
      this.listener = client;
      this.connecting = null;
      return client;
    })();
    return this.connecting;
  }

  private async relisten(): Promise<void> {
    if (this.closed) return;
    try {
      const client = await this.connect();
      for (const topic of this.topics) await client.query(`listen ${pg.escapeIdentifier(topic)}`);
      this.logger.info('Event bus listening again (topics=%d)', this.topics.size);
      for (const handler of this.reconnectHandlers) {
        try {
          handler();
        } catch (error) {
          this.logger.error({ err: error }, 'Event bus reconnect handler failed');
        }
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'Event bus reconnect failed; retrying');
      // A connection that could not listen is dropped, so the retry starts from a fresh one.
      const broken = this.listener;
      this.listener = null;
      void broken?.end().catch(() => undefined);
      this.connecting = null;
      if (!this.closed) setTimeout(() => void this.relisten(), 1000);
    }
  }
}

/** PostgreSQL NOTIFY when the data lives on a server, in-process delivery when embedded. */
export function createEventBus(database: { kind: 'postgres'; url: string } | { kind: 'pglite' }, logger: Logger): EventBus {
  return database.kind === 'postgres' ? new PostgresEventBus(database.url, logger) : new InProcessEventBus();
}
