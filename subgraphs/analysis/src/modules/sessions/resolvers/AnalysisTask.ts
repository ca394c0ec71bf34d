import type { AnalysisTaskResolvers } from '../../../__generated__/resolvers-types.js';

/** A task's cache figures (null until it looked its key up). */
export const AnalysisTask: AnalysisTaskResolvers = {
  cache: (task) => (task.cacheKey ? { key: task.cacheKey, hit: task.cacheHit, reusedFromTaskId: task.reusedFromTaskId, savedMs: task.savedMs } : null),
};
