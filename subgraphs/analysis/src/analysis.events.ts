/** The bus topics analysis publishes. */
export const ANALYSIS_TOPICS = {
  /** A session or one of its tasks changed state: `{ id: sessionId, organizationId, projectId, taskId? }`. */
  progress: 'analysis.progress',
  /** A session was cancelled: every process aborts its running tasks of it. `{ id: sessionId, organizationId }`. */
  cancelled: 'analysis.cancelled',
} as const;

/** An analysis bus event. */
export interface AnalysisEvent {
  id: string;
  organizationId: string;
  projectId?: string;
  taskId?: string | null;
}

export function analysisEvent(event: AnalysisEvent): string {
  return JSON.stringify(event);
}
