import type { BusMessage, EventBus, Logger } from '@steward/kernel';

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

/** What one change publishes, by kind. */
export interface MetricsEventSet {
  usageRecorded?: readonly LlmUsageRecordedEvent[];
  budgetsUpdated?: readonly BudgetEvent[];
  alertsRaised?: readonly BudgetEvent[];
}

/** Publishes metrics events; a failed publish is logged, never undoes the committed work. */
export class MetricsEvents {
  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  async usageRecorded(events: readonly LlmUsageRecordedEvent[]): Promise<void> {
    await this.publish({ usageRecorded: events });
  }

  async alertsRaised(events: readonly BudgetEvent[]): Promise<void> {
    await this.publish({ alertsRaised: events });
  }

  async budgetsUpdated(events: readonly BudgetEvent[]): Promise<void> {
    await this.publish({ budgetsUpdated: events });
  }

  /**
   * Publishes every event of one change as one batch (one statement on the PostgreSQL bus, where
   * an ingest call used to pay a commit per project): usage first, then budgets, then alerts.
   */
  async publish(set: MetricsEventSet): Promise<void> {
    const messages: BusMessage[] = [
      ...(set.usageRecorded ?? []).map((event) => message(METRICS_TOPICS.llmUsageRecorded, { id: event.id, organizationId: event.organizationId, projectId: event.projectId })),
      ...(set.budgetsUpdated ?? []).map((event) => message(METRICS_TOPICS.budgetUpdated, { id: event.id, organizationId: event.organizationId })),
      ...(set.alertsRaised ?? []).map((event) => message(METRICS_TOPICS.budgetAlertRaised, { id: event.id, organizationId: event.organizationId })),
    ];
    if (messages.length === 0) return;
    try {
      await this.bus.publishMany(messages);
    } catch (error) {
      this.logger.error({ err: error }, 'Publishing events failed (events=%d, firstTopic=%s, firstPayload=%s)', messages.length, messages[0]!.topic, messages[0]!.payload);
    }
  }
}

/** A bus message whose payload is the JSON of `payload`. */
function message(topic: string, payload: object): BusMessage {
  return { topic, payload: JSON.stringify(payload) };
}
