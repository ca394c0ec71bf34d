import type { AnalysisTask, SessionStatus, SessionSummary } from './session.entity.js';

/** The figures of a session from its tasks' metrics: sums, the highest complexity, the latest coverage. */
export function summariseTasks(tasks: readonly AnalysisTask[]): SessionSummary & { tools: string[] } {
  const summary: SessionSummary & { tools: string[] } = { cacheHits: 0, savedMs: 0, tools: [] };
  const add = (key: 'filesAnalysed' | 'dependencyCycles' | 'testsPassed' | 'testsFailed' | 'testsSkipped', value: number | null | undefined) => {
    if (typeof value === 'number') summary[key] = (summary[key] ?? 0) + value;
  };
  for (const task of tasks) {
    if (task.cacheHit) summary.cacheHits! += 1;
    summary.savedMs! += task.savedMs;
    if (task.status !== 'SUCCEEDED') continue;
    const metrics = task.metrics as SessionSummary & { tools?: string[] };
    add('filesAnalysed', metrics.filesAnalysed);
    add('dependencyCycles', metrics.dependencyCycles);
    add('testsPassed', metrics.testsPassed);
    add('testsFailed', metrics.testsFailed);
    add('testsSkipped', metrics.testsSkipped);
    if (typeof metrics.maxCyclomaticComplexity === 'number') summary.maxCyclomaticComplexity = Math.max(summary.maxCyclomaticComplexity ?? 0, metrics.maxCyclomaticComplexity);
    if (typeof metrics.coverage === 'number') summary.coverage = metrics.coverage;
    if (typeof metrics.branchCoverage === 'number') summary.branchCoverage = metrics.branchCoverage;
    if (typeof metrics.newCodeCoverage === 'number') summary.newCodeCoverage = metrics.newCodeCoverage;
    for (const tool of metrics.tools ?? []) if (!summary.tools.includes(tool)) summary.tools.push(tool);
  }
  return summary;
}

/** A finished session's status from its tasks': all succeeded, none did, or some (cancelled ones count as not succeeded). */
export function finalStatus(tasks: readonly AnalysisTask[]): SessionStatus {
  const succeeded = tasks.filter((task) => task.status === 'SUCCEEDED').length;
  if (succeeded === tasks.length) return 'SUCCEEDED';
  return succeeded === 0 ? 'FAILED' : 'PARTIAL';
}
