import type { ResolverMap } from '@steward/kernel';
import { AnalysisSession } from './resolvers/AnalysisSession.js';
import { AnalysisTask } from './resolvers/AnalysisTask.js';
import { cancelAnalysis } from './resolvers/Mutation/cancelAnalysis.js';
import { rerunAnalysis } from './resolvers/Mutation/rerunAnalysis.js';
import { startAnalysis } from './resolvers/Mutation/startAnalysis.js';
import { analysisSession } from './resolvers/Query/analysisSession.js';
import { analysisSessions } from './resolvers/Query/analysisSessions.js';

/** The sessions module's resolvers (the subscription is served by the gateway from the bus). */
export const sessionsResolvers: ResolverMap = {
  Query: { analysisSessions, analysisSession },
  Mutation: { startAnalysis, cancelAnalysis, rerunAnalysis },
  AnalysisSession,
  AnalysisTask,
};
