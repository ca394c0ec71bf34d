export { createMetricsSubgraph, METRICS_SDL_DIR } from './metrics.subgraph.js';
export { metricsEnvShape, type MetricsEnv } from './metrics.env.js';
export { METRICS_TOPICS, type BudgetEvent, type LlmUsageRecordedEvent } from './metrics.events.js';
export { metricsSubscriptions } from './metrics.subscriptions.js';
export type { MetricsContext } from './metrics.context.js';
export { HttpReferenceDirectory, type MemberLookup, type ProjectLookup, type ReferenceDirectory } from '@steward/kernel';
export { LATENCY_BUCKET_BOUNDS, LATENCY_RELATIVE_ERROR, addLatency, histogramQuantile } from './modules/usage/latency-histogram.js';
