import type { EventBus, Logger } from '@steward/kernel';

/**
 * Bus topics metrics publishes after a transaction commits. Payloads are tiny JSON objects naming
 * the object (`{ id, organizationId, … }`) because PostgreSQL NOTIFY payloads are small; the
 * gateway resolves each event as a query with the subscriber's identity.
 */
export const METRICS_TOPICS = {
  llmUsageRecorded: 'metrics.llmUsageRecorded',
  budgetAlertRaised: 'metrics.budgetAlertRaised',
  budgetUpdated: 'metrics.budgetUpdated',
} as const;

/** Payload of `metrics.llmUsageRecorded`: one usage batch (one project of one ingest call). */
export interface LlmUsageRecordedEvent {
  id: string;
  organizationId: string;
  projectId: string | null;
}
/** Payload of `metrics.budgetAlertRaised` and `metrics.budgetUpdated`. */
export interface BudgetEvent {
  id: string;
  organizationId: string;
}

/** Publishes metrics events; a failed publish is logged, never undoes the committed work. */
export class MetricsEvents {
  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  async usageRecorded(events: readonly LlmUsageRecordedEvent[]): Promise<void> {
    for (const event of events) await this.publish(METRICS_TOPICS.llmUsageRecorded, { id: event.id, organizationId: event.organizationId, projectId: event.projectId });
  }

  async alertsRaised(events: readonly BudgetEvent[]): Promise<void> {
    for (const event of events) await this.publish(METRICS_TOPICS.budgetAlertRaised, { id: event.id, organizationId: event.organizationId });
  }

  async budgetsUpdated(events: readonly BudgetEvent[]): Promise<void> {
    for (const event of events) await this.publish(METRICS_TOPICS.budgetUpdated, { id: event.id, organizationId: event.organizationId });
  }

  private async publish(topic: string, payload: object): Promise<void> {
    try {
      await this.bus.publish(topic, JSON.stringify(payload));
    } catch (error) {
      this.logger.error({ err: error }, 'Publishing an event failed (topic=%s, payload=%s)', topic, JSON.stringify(payload));
    }
  }
}
