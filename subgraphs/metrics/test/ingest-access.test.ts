import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_TOPICS } from '../src/index.js';
import { BATCH, RECORD, collect, organizationWith, rawRequestCount, settle, startMetricsHarness, usageRecord, type MetricsHarness } from './harness.js';

// Who may record usage, and the events a recording publishes (ingest.test.ts covers what is recorded).
let h: MetricsHarness;
beforeAll(async () => {
  h = await startMetricsHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('who may record usage', () => {
  it('refuses a viewer, an outsider and an anonymous caller, and stores nothing', async () => {
    const { organizationId, caller: viewer } = organizationWith(h, 'viewer');
    const outsider = h.member('owner');
    const records = [usageRecord()];
    expect((await h.request(RECORD, { organizationId, records }, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.request(RECORD, { organizationId, records }, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await h.request(RECORD, { organizationId, records }, { kind: 'anonymous' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rawRequestCount(h, organizationId)).toBe(0);
  });

  it('binds an API key to its own organization', async () => {
    const own = randomUUID();
    const other = randomUUID();
    const key = h.apiKey(own);
    expect((await h.request(RECORD, { organizationId: own, records: [usageRecord()] }, key)).data.recordLlmUsage.accepted).toBe(1);
    // Even if grants named another organization, the key acts only where it was issued.
    h.grant(key, other, 'owner');
    const res = await h.request(RECORD, { organizationId: other, records: [usageRecord()] }, key);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rawRequestCount(h, other)).toBe(0);
  });

  it('hides another organization’s batches', async () => {
    const a = organizationWith(h, 'member');
    const b = organizationWith(h, 'owner');
    const res = await h.request(RECORD, { organizationId: a.organizationId, records: [usageRecord()] }, a.caller);
    const batchId = res.data.recordLlmUsage.batches[0].id;
    expect((await h.request(BATCH, { id: batchId }, b.caller)).data).toEqual({ llmUsageBatch: null });
    const entities = await h.request(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on LlmUsageBatch { id costUsd } } }',
      { r: [{ __typename: 'LlmUsageBatch', id: batchId }] },
      b.caller,
    );
    expect(entities.data?._entities?.[0] ?? null).toBeNull();
    const list = await h.request('query($o: ID!) { llmUsageBatches(organizationId: $o) { edges { node { id } } } }', { o: a.organizationId }, b.caller);
    expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('events after ingest', () => {
  it('publishes exactly one llmUsageRecorded event per batch per project, after the commit', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const projectA = h.project(organizationId);
    const projectB = h.project(organizationId);
    const seenAtPublish: number[] = [];
    const stopCheck = await h.bus.subscribe(METRICS_TOPICS.llmUsageRecorded, (payload) => {
      // The rows an event names are visible to other connections when it arrives.
      void h.database
        .query<{ n: number }>('select count(*)::int as n from metrics.llm_usage_batches where id = $1', [JSON.parse(payload).id])
        .then(([row]) => seenAtPublish.push(Number(row!.n)));
    });
    const listener = await collect(h.bus, METRICS_TOPICS.llmUsageRecorded);
    const res = await h.request(
      RECORD,
      { organizationId, records: [usageRecord({ projectId: projectA }), usageRecord({ projectId: projectA }), usageRecord({ projectId: projectB })] },
      caller,
    );
    await settle();
    await settle();
    const ours = listener.events.filter((event) => event.organizationId === organizationId);
    expect(ours).toHaveLength(2);
    expect(ours.map((event) => event.projectId).sort()).toEqual([projectA, projectB].sort());
    expect(ours.map((event) => event.id).sort()).toEqual(res.data.recordLlmUsage.batches.map((b: any) => b.id).sort());
    expect(seenAtPublish.filter((n) => n === 1)).toHaveLength(seenAtPublish.length);

    // A replay records nothing and announces nothing.
    const before = listener.events.length;
    await h.request(RECORD, { organizationId, records: [usageRecord({ requestId: 'x' })] }, caller);
    await h.request(RECORD, { organizationId, records: [usageRecord({ requestId: 'x' })] }, caller);
    await settle();
    expect(listener.events.length - before).toBe(1);
    await listener.stop();
    await stopCheck();
  });

  it('publishes nothing when the call is refused', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    const listener = await collect(h.bus, METRICS_TOPICS.llmUsageRecorded);
    await h.request(RECORD, { organizationId, records: [usageRecord(), usageRecord({ outputTokens: -1 })] }, caller);
    await settle();
    expect(listener.events.filter((event) => event.organizationId === organizationId)).toEqual([]);
    await listener.stop();
  });
});
