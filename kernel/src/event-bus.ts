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
  /**
   * Publishes several events at once, in the given order: all of them or (on failure) none. On
   * PostgreSQL this is one statement, where a publish each would be a commit each.
   */
  publishMany(messages: readonly BusMessage[]): Promise<void>;
  /** Returns a function that unsubscribes. */
  subscribe(topic: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Calls `handler` each time the bus listens again after losing its connection (after replaying
   * what it missed, where it can): whoever caches what events invalidate may drop everything then,
   * in case an event is older than the replay window. Buses that cannot lose events (in-process)
   * never call it. Returns a function that unregisters.
   */
  onReconnect?(handler: () => void): () => void;
  close(): Promise<void>;
}

/** One event to publish: its topic and its (short) payload. */
export interface BusMessage {
  topic: string;
  payload: string;
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

  async publishMany(messages: readonly BusMessage[]): Promise<void> {
    for (const { topic, payload } of messages) await this.publish(topic, payload);
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

/** How long published events stay replayable for a listener that lost its connection. */
const REPLAY_WINDOW_SECONDS = 600;
/** Events a listener remembers having delivered, so a replay never delivers one twice. */
const SEEN_LIMIT = 10_000;
/** Events published between two trims of the journal. */
const TRIM_EVERY = 200;
/**
 * Largest payload: PostgreSQL refuses a NOTIFY payload of 8000 bytes or more, and the bus prefixes
 * the payload with `<seq>:` (at most 20 bytes for a bigint).
 */
const MAX_PAYLOAD_BYTES = 8000 - 1 - 20;

/**
 * Creates the journal of published events once per database. A DO block is one statement, so its
 * advisory lock keeps processes starting together from racing on `create … if not exists`.
 */
const JOURNAL_DDL = `do $journal$ begin
  perform pg_advisory_xact_lock(hashtext('steward_bus.journal'));
  create schema if not exists steward_bus;
  create table if not exists steward_bus.events (
    seq bigserial primary key,
    topic text not null,
    payload text not null,
    published_at timestamptz not null default now()
  );
  create index if not exists events_published_at on steward_bus.events (published_at);
end $journal$`;

/**
 * PostgreSQL LISTEN/NOTIFY with a short journal: every process connected to the same database
 * receives every event, so several gateway or subgraph replicas stay in step. Each publish writes
 * the event to `steward_bus.events` and notifies its sequence number with it, in one statement.
 * One dedicated connection listens; after a failure it reconnects, re-listens, and replays from the
 * journal what it missed meanwhile (events of the last ten minutes it has not delivered, in order),
 * then tells its reconnect handlers. The journal is trimmed to ten minutes as events are published.
 */
export class PostgresEventBus implements EventBus {
  private listener: pg.Client | null = null;
  private readonly publisher: pg.Pool;
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly topics = new Set<string>();
  private readonly reconnectHandlers = new Set<() => void>();
  private closed = false;
  private connecting: Promise<pg.Client> | null = null;
  private journal: Promise<void> | null = null;
  /** The highest sequence number delivered (or present when this bus first listened). */
  private lastSeq = 0;
  /** Sequence numbers delivered lately: commit order is not sequence order, so a replay starts below lastSeq. */
  private readonly seen = new Set<number>();
  private publishes = 0;
  private started = false;

  constructor(private readonly url: string, private readonly logger: Logger) {
    this.publisher = new pg.Pool({ connectionString: url, max: 2 });
    // An idle connection the server drops (a restart, a failover, an admin) is reported here; with
    // no listener Node would crash the process. The pool opens a fresh one for the next publish.
    this.publisher.on('error', (error) => this.logger.warn({ err: error }, 'Event bus publishing connection lost; the next publish opens a new one'));
  }

  publish(topic: string, payload: string): Promise<void> {
    return this.publishMany([{ topic, payload }]);
  }

  /**
   * Journals every message and notifies each with its sequence number, in one statement (one
   * commit). Sequence numbers follow the order of `messages`, and the notifications go out in
   * sequence order, so listeners and replays see them in the order given.
   */
  async publishMany(messages: readonly BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    // Checked here, so a payload PostgreSQL would refuse names its topic and nothing is journaled.
    for (const { topic, payload } of messages) {
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`Event payload too long for NOTIFY (topic=${topic}, bytes=${Buffer.byteLength(payload)}, max=${MAX_PAYLOAD_BYTES})`);
    }
    await this.ensureJournal();
    await this.publisher.query(
      `with event as (
         insert into steward_bus.events (topic, payload)
         select m.topic, m.payload from unnest($1::text[], $2::text[]) with ordinality as m(topic, payload, n) order by m.n
         returning seq, topic, payload)
       select pg_notify(topic, seq || ':' || payload) from (select * from event order by seq) as ordered`,
      [messages.map((message) => message.topic), messages.map((message) => message.payload)],
    );
    // Trimming now and then keeps the journal to its window without a timer in every process.
    const before = this.publishes;
    this.publishes += messages.length;
    if (Math.floor(before / TRIM_EVERY) !== Math.floor(this.publishes / TRIM_EVERY)) {
      await this.publisher.query(`delete from steward_bus.events where published_at < now() - interval '${REPLAY_WINDOW_SECONDS} seconds'`);
    }
  }

  private ensureJournal(): Promise<void> {
    this.journal ??= this.publisher.query(JOURNAL_DDL).then(
      () => undefined,
      (error: unknown) => {
        this.journal = null;
        throw error;
      },
    );
    return this.journal;
  }

  /** Delivers one journaled event unless it was delivered already. */
  private deliver(seq: number, topic: string, payload: string): void {
    if (this.seen.has(seq)) return;
    this.seen.add(seq);
    if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.values().next().value!);
    if (seq > this.lastSeq) this.lastSeq = seq;
    this.emitter.emit(topic, payload);
  }

  /** A notification is `<seq>:<payload>`. */
  private onNotification(channel: string, text: string): void {
    const colon = text.indexOf(':');
    const seq = Number(text.slice(0, colon));
    if (colon < 0 || !Number.isSafeInteger(seq)) return void this.emitter.emit(channel, text);
    this.deliver(seq, channel, text.slice(colon + 1));
  }

  /** What the journal holds for this bus's topics that it has not delivered (a window below lastSeq covers late commits). */
  private async replay(client: pg.Client): Promise<number> {
    const { rows } = await client.query<{ seq: string; topic: string; payload: string }>(
      `select seq, topic, payload from steward_bus.events
        where seq > $1 and topic = any($2) and published_at > now() - interval '${REPLAY_WINDOW_SECONDS} seconds'
        order by seq`,
      [Math.max(0, this.lastSeq - SEEN_LIMIT), [...this.topics]],
    );
    let replayed = 0;
    for (const row of rows) {
      if (this.seen.has(Number(row.seq))) continue;
      replayed += 1;
      this.deliver(Number(row.seq), row.topic, row.payload);
    }
    return replayed;
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
      client.on('notification', (message) => this.onNotification(message.channel, message.payload ?? ''));
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
      await this.ensureJournal();
      // The first connection starts from what is already journaled; a reconnection keeps its place.
      if (!this.started) {
        const { rows } = await client.query<{ seq: string | null }>('select max(seq) as seq from steward_bus.events');
        this.lastSeq = Number(rows[0]?.seq ?? 0);
        this.started = true;
      }
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
      // Listening first, then reading the journal: nothing published in between is missed, and the seen set drops doubles.
      const replayed = await this.replay(client);
      this.logger.info('Event bus listening again (topics=%d, replayed=%d)', this.topics.size, replayed);
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
