import { randomUUID } from 'node:crypto';
import { defineEntity } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MailDispatcher,
  createJobQueue,
  createLogger,
  createSubgraphOrm,
  type JobQueue,
  type MailMessage,
  type MailTransport,
  type SubgraphOrm,
} from '@steward/kernel';
import { createTestDatabase, eventually, type TestDatabase } from '@steward/kernel/testing';

// The mail outbox on the job queue, on whichever database the suite runs on. Only the transport
// is fake (mail leaves the project there); the outbox table and the queue are real.

const logger = createLogger({ level: 'silent' });

/** A transport that keeps what it was given and can be told to refuse the next few sends. */
class RecordingTransport implements MailTransport {
  readonly description = 'a test transport';
  readonly sent: MailMessage[] = [];
  refuseNext = 0;
  async send(message: MailMessage): Promise<void> {
    if (this.refuseNext > 0) {
      this.refuseNext -= 1;
      throw new Error('421 try again later');
    }
    this.sent.push({ to: message.to, subject: message.subject, text: message.text });
  }
  async close(): Promise<void> {}
}

const UnusedSchema = defineEntity({ name: 'MailTestUnused', tableName: 'unused', properties: (p) => ({ id: p.uuid().primary() }) });
/** The same table identity and organizations create in their own migrations. */
class CreateOutbox extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table mailtest.unused (id uuid primary key)');
    this.addSql(`create table mailtest.mail_outbox (
      id uuid primary key, recipient varchar(254) not null, subject text not null, body text not null,
      created_at timestamptz not null, attempts integer not null default 0, next_attempt_at timestamptz not null,
      sent_at timestamptz, last_error text)`);
  }
}

let database: TestDatabase;
let app: SubgraphOrm;
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createSubgraphOrm({ name: 'mailtest', entities: [UnusedSchema], migrations: [{ name: '0001-outbox', class: CreateOutbox }], database: database.target, logger });
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await app?.orm.close();
  await database?.drop();
});

const fork = () => app.orm.em.fork() as EntityManager;

/**
 * A dispatcher on a fresh job queue, started, as a subgraph wires it. The previous test's is
 * stopped first: it works the same queue and would deliver this test's mail through its transport.
 */
async function startMail(transport: MailTransport): Promise<{ jobs: JobQueue; mail: MailDispatcher }> {
  for (const stop of stops.splice(0)) await stop();
  const jobs = await createJobQueue({ name: 'mailtest', database: database.target, logger, pollIntervalMs: 100, maintenanceIntervalSeconds: 1 });
  const mail = new MailDispatcher({ schema: 'mailtest', jobs, fork, transport, logger, keepSentMs: 86_400_000 });
  await mail.start();
  await jobs.start();
  stops.push(async () => {
    await jobs.stop({ timeoutMs: 0 });
    await mail.stop();
  });
  return { jobs, mail };
}

const rowOf = async (recipient: string) =>
  (await database.query<{ body: string; sent_at: Date | null; attempts: number; last_error: string | null }>(
    'select body, sent_at, attempts, last_error from mailtest.mail_outbox where recipient = $1',
    [recipient],
  ))[0];

const message = (label: string): MailMessage => ({ to: `${label}-${randomUUID().slice(0, 8)}@example.test`, subject: `About ${label}`, text: `Follow https://steward.example.test/${label}?token=secret-${label}` });

describe('the mail outbox on the job queue', () => {
  it('sends a mail once its transaction commits, then keeps who and when but blanks the body', async () => {
    const transport = new RecordingTransport();
    const { mail } = await startMail(transport);
    const mailed = message('committed');
    await fork().transactional((tx) => mail.outbox(tx).enqueue(mailed, new Date()));
    const row = await eventually(() => rowOf(mailed.to), (found) => Boolean(found?.sent_at), 'the mail to be delivered', 20_000);
    expect(transport.sent.filter((sent) => sent.to === mailed.to)).toEqual([mailed]);
    expect(row).toMatchObject({ body: '', attempts: 1, last_error: null });
  });

  it('never sends a mail whose transaction rolled back', async () => {
    const transport = new RecordingTransport();
    const { mail } = await startMail(transport);
    const dropped = message('rolled-back');
    const kept = message('kept');
    await expect(
      fork().transactional(async (tx) => {
        await mail.outbox(tx).enqueue(dropped, new Date());
        throw new Error('the request failed');
      }),
    ).rejects.toThrow('the request failed');
    // Mail is delivered in order of writing, so once the later one is out the earlier had its chance.
    await fork().transactional((tx) => mail.outbox(tx).enqueue(kept, new Date()));
    await eventually(() => transport.sent.some((sent) => sent.to === kept.to), Boolean, 'the committed mail to be delivered', 20_000);
    expect(transport.sent.some((sent) => sent.to === dropped.to)).toBe(false);
    expect(await rowOf(dropped.to)).toBeUndefined();
  });

  it('retries a delivery the mail server refused, and records the refusal until it goes through', async () => {
    const transport = new RecordingTransport();
    transport.refuseNext = 1;
    const { mail } = await startMail(transport);
    const retried = message('retried');
    await fork().transactional((tx) => mail.outbox(tx).enqueue(retried, new Date()));
    // The refusal is on record, body kept, while the retry waits out its back-off (5 to 10 s).
    const refused = await eventually(() => rowOf(retried.to), (found) => Boolean(found?.last_error), 'the refusal to be recorded', 20_000);
    expect(refused).toMatchObject({ sent_at: null, attempts: 1, last_error: '421 try again later' });
    expect(refused!.body).toContain('secret-retried');
    const delivered = await eventually(() => rowOf(retried.to), (found) => Boolean(found?.sent_at), 'the retry to deliver the mail', 30_000);
    expect(delivered).toMatchObject({ body: '', attempts: 2, last_error: null });
    expect(transport.sent.filter((sent) => sent.to === retried.to)).toEqual([retried]);
  }, 60_000);

  it('delivers mail written before delivery moved onto the job queue', async () => {
    const legacy = message('legacy');
    // A row as the old outbox left it: no job exists for it.
    await database.query(
      'insert into mailtest.mail_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at) values ($1, $2, $3, $4, now(), 0, now())',
      [randomUUID(), legacy.to, legacy.subject, legacy.text],
    );
    const transport = new RecordingTransport();
    await startMail(transport);
    await eventually(() => rowOf(legacy.to), (found) => Boolean(found?.sent_at), 'the old mail to be delivered', 20_000);
    expect(transport.sent.filter((sent) => sent.to === legacy.to)).toEqual([legacy]);
  });
});
