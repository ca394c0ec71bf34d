import { randomUUID } from 'node:crypto';
import { keys, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import type { MetricsScope } from '../../metrics.scope.js';
import { periodStart } from '../../periods.js';
import { assertReferencesExist, type Reference } from '@steward/kernel';
import type { BudgetAlert } from '../budgets/budget-alert.entity.js';
import { lockOrganizationBudgets } from '../budgets/budget-lock.js';
import { BudgetLedger } from '../budgets/budget-ledger.js';
import { PriceBook, costMicros } from '../pricing/price-book.js';
import { visiblePrices } from '../pricing/visible-prices.js';
import { countBucket, latencyBucket } from '../usage/latency-histogram.js';
import { UsageRollupRepository, type RollupDelta } from '../usage/usage-rollup.repository.js';
import { LlmRequestRepository, type PricedLlmRequest } from './llm-request.repository.js';
import type { LlmUsageBatch } from './llm-usage-batch.entity.js';
import { LlmUsageBatchRepository } from './llm-usage-batch.repository.js';
import { LlmUsageRecordsModel, type LlmUsageRecord } from './ingest.models.js';

/** What one `recordLlmUsage` call did (mirrors the `IngestResult` type). */
export interface IngestResult {
  accepted: number;
  skipped: number;
  skippedRequestIds: string[];
  costMicros: bigint;
  unpricedModels: string[];
  batches: LlmUsageBatch[];
  alertsRaised: BudgetAlert[];
}

/**
 * The hourly and daily rollup deltas of newly recorded requests, in one pass: a request's latency
 * bucket and dimensions are worked out once for both grains.
 */
function rollupDeltas(requests: readonly PricedLlmRequest[]): Record<'hourly' | 'daily', RollupDelta[]> {
  const hourly = new Map<string, RollupDelta>();
  const daily = new Map<string, RollupDelta>();
  for (const r of requests) {
    const bucket = r.latencyMs === null ? null : latencyBucket(r.latencyMs);
    const dimensions = `${r.projectId ?? ''}\u0000${r.versionId ?? ''}\u0000${r.teamId ?? ''}\u0000${r.provider}\u0000${r.model}`;
    addToDelta(hourly, periodStart(r.occurredAt, 'HOUR'), dimensions, r, bucket);
    addToDelta(daily, periodStart(r.occurredAt, 'DAY'), dimensions, r, bucket);
  }
  return { hourly: [...hourly.values()], daily: [...daily.values()] };
}

/** Adds one request to the delta of its period and dimensions (created on first use). */
function addToDelta(deltas: Map<string, RollupDelta>, bucketStart: Date, dimensions: string, r: PricedLlmRequest, bucket: number | null): void {
  const key = `${bucketStart.getTime()}\u0000${dimensions}`;
  let delta = deltas.get(key);
  if (!delta) {
    delta = {
      bucketStart,
      projectId: r.projectId,
      versionId: r.versionId,
      teamId: r.teamId,
      provider: r.provider,
      model: r.model,
      requests: 0,
      errors: 0,
      inputTokens: 0,
      outputTokens: 0,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      costMicros: 0n,
      latencyCount: 0,
      latencyHistogram: new Map(),
    };
    deltas.set(key, delta);
  }
  delta.requests += 1;
  delta.errors += r.isError ? 1 : 0;
  delta.inputTokens += r.inputTokens;
  delta.outputTokens += r.outputTokens;
  delta.cacheReadTokens += r.cacheReadTokens;
  delta.cacheWriteTokens += r.cacheWriteTokens;
  delta.costMicros += r.costMicros;
  if (bucket !== null) {
    delta.latencyCount += 1;
    countBucket(delta.latencyHistogram, bucket);
  }
}

/** The ids of other subgraphs' objects the records name, with the field of each. */
function referencesOf(records: readonly LlmUsageRecord[]): Reference[] {
  const references: Reference[] = [];
  records.forEach((record, index) => {
    const field = (name: string) => `records.${index}.${name}`;
    if (record.projectId) references.push({ field: field('projectId'), kind: 'project', id: record.projectId });
    if (record.versionId && record.projectId) references.push({ field: field('versionId'), kind: 'version', id: record.versionId, projectId: record.projectId });
    if (record.teamId) references.push({ field: field('teamId'), kind: 'team', id: record.teamId });
    if (record.userId) references.push({ field: field('userId'), kind: 'user', id: record.userId });
  });
  return references;
}

/**
 * Records LLM usage for one request: validates the whole call (the ids it names against the
 * organization too), prices each record, then in one transaction stores new requests
 * idempotently, updates rollups, writes one batch per project, charges budgets and raises alerts;
 * events are published only after the commit.
 */
export class IngestService {
  constructor(private readonly scope: MetricsScope) {}

  /** A page of an organization's batches (of one project, when given), most recent first. */
  async listBatches(organizationId: string, projectId: string | null | undefined, pageArgs: PageArgs): Promise<Connection<LlmUsageBatch>> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'metrics:read');
    const project = projectId ? parseId(projectId, 'projectId') : null;
    return new LlmUsageBatchRepository(this.scope.em, tenant).page(project, parsePage(pageArgs, keys.timeId));
  }

  async record(organizationId: string, rawRecords: unknown): Promise<IngestResult> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'metrics:write');
    const records = parseInput(LlmUsageRecordsModel, rawRecords, 'records');
    // Before anything is written: a refused id refuses the whole call. The prices are read meanwhile
    // (the check is an HTTP call to other subgraphs, the prices a local query).
    const [, visible] = await Promise.all([
      assertReferencesExist(this.scope.directory, organizationId, referencesOf(records)),
      visiblePrices(this.scope.em, tenant),
    ]);

    // A request id repeated within the call counts once, like one sent again later.
    const unique = new Map<string, LlmUsageRecord>();
    const repeated: string[] = [];
    for (const record of records) {
      if (unique.has(record.requestId)) repeated.push(record.requestId);
      else unique.set(record.requestId, record);
    }
    const recordsPerProject = new Map<string | null, number>();
    for (const record of records) recordsPerProject.set(record.projectId, (recordsPerProject.get(record.projectId) ?? 0) + 1);

    const prices = new PriceBook(visible);
    const batchIds = new Map<string | null, string>([...recordsPerProject.keys()].map((projectId) => [projectId, randomUUID()]));
    const priced = [...unique.values()].map((record): PricedLlmRequest => {
      const price = record.costUsd === null ? prices.find(record.provider, record.model, record.occurredAt) : null;
      return {
        requestId: record.requestId,
        batchId: batchIds.get(record.projectId)!,
        occurredAt: record.occurredAt,
        projectId: record.projectId,
        versionId: record.versionId,
        teamId: record.teamId,
        userId: record.userId,
        provider: record.provider,
        model: record.model,
        inputTokens: record.inputTokens,
        outputTokens: record.outputTokens,
        cacheReadTokens: record.cacheReadTokens,
        cacheWriteTokens: record.cacheWriteTokens,
        latencyMs: record.latencyMs,
        timeToFirstTokenMs: record.timeToFirstTokenMs,
        isError: record.status === 'ERROR',
        errorType: record.errorType,
        costMicros: record.costUsd ?? (price ? costMicros(price, record) : 0n),
        costSource: record.costUsd !== null ? 'SUPPLIED' : price ? 'COMPUTED' : 'UNPRICED',
        priceId: price?.id ?? null,
        attributes: record.attributes,
      };
    });

    const recordedAt = this.scope.clock();
    const ingestId = randomUUID();
    const outcome = await this.scope.em.transactional(async (tx) => {
      await lockOrganizationBudgets(tx, organizationId, 'shared');
      const acceptedIds = await new LlmRequestRepository(tx, tenant).insertNew(organizationId, priced, recordedAt);
      const accepted = priced.filter((request) => acceptedIds.has(request.requestId));
      if (accepted.length === 0) return { accepted, batches: [], changedBudgets: [], alerts: [] };
      // Budgets are read now, before the rows other ingests wait on are written (rollups, then spend).
      const ledger = new BudgetLedger(tx, tenant);
      const charge = await ledger.plan(accepted);
      const batches = this.summarise(accepted, { organizationId, ingestId, recordedAt, recordsPerProject, batchIds });
      await new LlmUsageBatchRepository(tx, tenant).add(batches);
      // Written by this transaction: a recorded request is judged by policy even if the process dies next.
      await this.scope.policyCheck?.enqueue(tx, organizationId, accepted.map((request) => request.requestId));
      // Rows other ingests also update come last, so their locks are held for as short a time as possible.
      await new UsageRollupRepository(tx, tenant).add(organizationId, rollupDeltas(accepted));
      const { changed, alerts } = await ledger.charge(charge, recordedAt);
      return { accepted, batches, changedBudgets: changed, alerts };
    });

    const acceptedSet = new Set(outcome.accepted);
    const skippedRequestIds = [...repeated, ...priced.filter((request) => !acceptedSet.has(request)).map((request) => request.requestId)];
    const unpricedModels = new Set(outcome.accepted.filter((r) => r.costSource === 'UNPRICED').map((r) => `${r.provider}/${r.model}`));
    this.scope.logger.info(
      'Recorded LLM usage (organizationId=%s, ingestId=%s, accepted=%d, skipped=%d, alerts=%d)',
      organizationId,
      ingestId,
      outcome.accepted.length,
      skippedRequestIds.length,
      outcome.alerts.length,
    );
    // One batch for the whole call: on the PostgreSQL bus a publish is a commit, and a call names up to one batch per project.
    await this.scope.events.publish({
      usageRecorded: outcome.batches.map((batch) => ({ id: batch.id, organizationId, projectId: batch.projectId ?? null })),
      budgetsUpdated: outcome.changedBudgets.map((budget) => ({ id: budget.id, organizationId })),
      alertsRaised: outcome.alerts.map((alert) => ({ id: alert.id, organizationId })),
    });
    return {
      accepted: outcome.accepted.length,
      skipped: skippedRequestIds.length,
      skippedRequestIds,
      costMicros: outcome.accepted.reduce((sum, request) => sum + request.costMicros, 0n),
      unpricedModels: [...unpricedModels].sort(),
      batches: outcome.batches,
      alertsRaised: outcome.alerts,
    };
  }

  /** One batch per project among the newly recorded requests. */
  private summarise(
    accepted: readonly PricedLlmRequest[],
    context: { organizationId: string; ingestId: string; recordedAt: Date; recordsPerProject: Map<string | null, number>; batchIds: Map<string | null, string> },
  ): LlmUsageBatch[] {
    const batches = new Map<string | null, LlmUsageBatch>();
    for (const r of accepted) {
      let batch = batches.get(r.projectId);
      if (!batch) {
        batch = {
          id: context.batchIds.get(r.projectId)!,
          organizationId: context.organizationId,
          ingestId: context.ingestId,
          projectId: r.projectId,
          records: context.recordsPerProject.get(r.projectId) ?? 0,
          requests: 0,
          errors: 0,
          inputTokens: 0n,
          outputTokens: 0n,
          cacheReadTokens: 0n,
          cacheWriteTokens: 0n,
          costMicros: 0n,
          occurredFrom: r.occurredAt,
          occurredTo: r.occurredAt,
          recordedAt: context.recordedAt,
          recordedBy: this.scope.access.principal(),
        };
        batches.set(r.projectId, batch);
      }
      batch.requests += 1;
      batch.errors += r.isError ? 1 : 0;
      batch.inputTokens += BigInt(r.inputTokens);
      batch.outputTokens += BigInt(r.outputTokens);
      batch.cacheReadTokens += BigInt(r.cacheReadTokens);
      batch.cacheWriteTokens += BigInt(r.cacheWriteTokens);
      batch.costMicros += r.costMicros;
      if (r.occurredAt < batch.occurredFrom) batch.occurredFrom = r.occurredAt;
      if (r.occurredAt > batch.occurredTo) batch.occurredTo = r.occurredAt;
    }
    return [...batches.values()];
  }
}
