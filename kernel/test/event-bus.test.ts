import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { InProcessEventBus, PostgresEventBus, createLogger, type EventBus } from '@steward/kernel';

const logger = createLogger({ level: 'silent' });
const url = process.env.DATABASE_URL;

/**
 * Every bus this run can reach: in-process always, PostgreSQL when the suite runs on a server.
 * `pair` gives a publisher and a listener as two processes would have them: one shared instance
 * in-process, two connections on PostgreSQL.
 */
const factories: [string, () => EventBus, () => [EventBus, EventBus]][] = [
  ['in-process', () => new InProcessEventBus(), () => { const bus = new InProcessEventBus(); return [bus, bus]; }],
];
if (url) {
  factories.push([
    'PostgreSQL LISTEN/NOTIFY',
    () => new PostgresEventBus(url, logger),
    () => [new PostgresEventBus(url, logger), new PostgresEventBus(url, logger)],
  ]);
}

const opened: EventBus[] = [];
afterAll(async () => {
  for (const bus of opened) await bus.close();
});

/** Conditions waiting on the buses, checked again whenever one of this file's handlers runs (no timer). */
const waiting = new Set<() => void>();
const happened = () => {
  for (const check of [...waiting]) check();
};
/** Resolves once `check` holds; a condition that never does fails the test by its timeout. */
const until = (check: () => boolean) =>
  new Promise<void>((resolve) => {
    const settle = () => {
      if (!check()) return;
      waiting.delete(settle);
      resolve();
    };
    waiting.add(settle);
    settle();
  });

function received(bus: EventBus, topic: string): Promise<{ payloads: string[]; stop: () => Promise<void> }> {
  const payloads: string[] = [];
  return bus
    .subscribe(topic, (payload) => {
      payloads.push(payload);
      happened();
    })
    .then((stop) => ({ payloads, stop }));
}

/** Ends the server process of the connection listening on `topic` (as a restart or an admin would); says how many it ended. */
async function terminateListener(topic: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where query like $1 and pid <> pg_backend_pid()', [`listen "${topic}"%`]);
    return rows.length;
  } finally {
    await admin.end();
  }
}

describe.each(factories)('the %s event bus', (_name, create, pair) => {
  const topic = `test.topic.${Math.random().toString(36).slice(2)}`;

  it('delivers each event once to every subscriber of the topic, in order, and nothing from other topics', async () => {
    const bus = create();
    opened.push(bus);
    const a = await received(bus, topic);
    const b = await received(bus, topic);
    const other = await received(bus, `${topic}.other`);
    await bus.publish(topic, 'one');
    await bus.publish(topic, 'two');
    await until(() => a.payloads.length === 2 && b.payloads.length === 2);
    expect(a.payloads).toEqual(['one', 'two']);
    expect(b.payloads).toEqual(['one', 'two']);
    expect(other.payloads).toEqual([]);
  });

  it('stops delivering after unsubscribe', async () => {
    const bus = create();
    opened.push(bus);
    const a = await received(bus, topic);
    await a.stop();
    const b = await received(bus, topic);
    await bus.publish(topic, 'after');
    await until(() => b.payloads.length === 1);
    expect(b.payloads).toEqual(['after']);
    expect(a.payloads).toEqual([]);
  });

  it('delivers an event from a publishing process to a listening one', async () => {
    const [publisher, listener] = pair();
    opened.push(publisher, listener);
    const crossTopic = `${topic}.cross`;
    const got = await received(listener, crossTopic);
    await publisher.publish(crossTopic, '{"id":"1"}');
    await until(() => got.payloads.length === 1);
    expect(got.payloads).toEqual(['{"id":"1"}']);
  });

  it('delivers a batch published at once to the listeners of each topic, every event once and in the order given', async () => {
    const [publisher, listener] = pair();
    opened.push(publisher, listener);
    const [first, second] = [`${topic}.batch.a`, `${topic}.batch.b`];
    const a = await received(listener, first);
    const b = await received(listener, second);
    await publisher.publishMany([
      { topic: first, payload: 'a-1' },
      { topic: second, payload: 'b-1' },
      { topic: first, payload: 'a-2' },
      { topic: first, payload: 'a-2' },
      { topic: second, payload: 'b-2' },
    ]);
    await publisher.publishMany([]);
    await publisher.publish(first, 'a-3');
    await until(() => a.payloads.length === 4 && b.payloads.length === 2);
    expect(a.payloads).toEqual(['a-1', 'a-2', 'a-2', 'a-3']);
    expect(b.payloads).toEqual(['b-1', 'b-2']);
  });
});

describe.skipIf(!url)('the PostgreSQL event bus publishing a batch', () => {
  it('refuses a batch holding a payload too long for NOTIFY, names its topic, and publishes none of it', async () => {
    const topic = `test_too_long_${Math.random().toString(36).slice(2, 8)}`;
    const [publisher, listener] = [new PostgresEventBus(url!, logger), new PostgresEventBus(url!, logger)];
    opened.push(publisher, listener);
    const got = await received(listener, topic);
    await expect(publisher.publishMany([{ topic, payload: 'fine' }, { topic, payload: 'x'.repeat(8000) }])).rejects.toThrow(topic);
    await publisher.publishMany([{ topic, payload: 'x'.repeat(7979) }, { topic, payload: 'last' }]);
    await until(() => got.payloads.length === 2);
    expect(got.payloads.map((payload) => payload.length)).toEqual([7979, 4]);
  });
});

describe.skipIf(!url)('the PostgreSQL event bus after losing its connection', () => {
  it('listens again, tells its reconnect handlers, and delivers what is published afterwards', async () => {
    const topic = `test_reconnect_${Math.random().toString(36).slice(2, 8)}`;
    const bus = new PostgresEventBus(url!, logger);
    opened.push(bus);
    let reconnects = 0;
    bus.onReconnect(() => {
      reconnects += 1;
      happened();
    });
    const got = await received(bus, topic);
    await bus.publish(topic, 'before');
    await until(() => got.payloads.length === 1);

    expect(await terminateListener(topic)).toBe(1);
    await until(() => reconnects === 1);
    expect(reconnects).toBe(1);
    await bus.publish(topic, 'after');
    await until(() => got.payloads.length === 2);
    expect(got.payloads).toEqual(['before', 'after']);
  });

  it('replays what was published while its listening connection was gone: every event once, in order', async () => {
    const topic = `test_replay_${Math.random().toString(36).slice(2, 8)}`;
    const [publisher, listener] = [new PostgresEventBus(url!, logger), new PostgresEventBus(url!, logger)];
    opened.push(publisher, listener);
    let reconnects = 0;
    listener.onReconnect(() => {
      reconnects += 1;
      happened();
    });
    const got = await received(listener, topic);
    for (const n of [1, 2, 3]) await publisher.publish(topic, `event-${n}`);
    await until(() => got.payloads.length === 3);

    expect(await terminateListener(topic)).toBe(1);
    // Published while the listener is away (it reconnects after half a second): one by one, then as one batch.
    for (const n of [4, 5, 6]) await publisher.publish(topic, `event-${n}`);
    await publisher.publishMany([7, 8, 9].map((n) => ({ topic, payload: `event-${n}` })));
    expect(reconnects).toBe(0);
    await until(() => reconnects === 1 && got.payloads.length >= 9);
    await publisher.publish(topic, 'event-10');
    await until(() => got.payloads.length >= 10);
    expect(got.payloads).toEqual(Array.from({ length: 10 }, (_, i) => `event-${i + 1}`));
  });

  it('survives the server dropping its idle publishing connections, and publishes again', async () => {
    const topic = `test_publisher_${Math.random().toString(36).slice(2, 8)}`;
    const applicationName = `steward_bus_${Math.random().toString(36).slice(2, 8)}`;
    const withName = new URL(url!);
    withName.searchParams.set('application_name', applicationName);
    // The publisher's warnings, each one a moment to check the waiting conditions again.
    const warnings: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        warnings.push(chunk.toString('utf8'));
        happened();
        done();
      },
    });
    const publisher = new PostgresEventBus(withName.toString(), createLogger({ level: 'warn', destination }));
    const listener = new PostgresEventBus(url!, logger);
    opened.push(publisher, listener);
    const got = await received(listener, topic);
    await publisher.publish(topic, 'before');
    await until(() => got.payloads.length === 1);

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const { rows } = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [applicationName]);
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    // The idle client learns of it asynchronously (the bus says so); without an error listener the process would crash here.
    await until(() => warnings.some((line) => line.includes('publishing connection lost')));
    await publisher.publish(topic, 'after');
    await until(() => got.payloads.length === 2);
    expect(got.payloads).toEqual(['before', 'after']);
  });
});
