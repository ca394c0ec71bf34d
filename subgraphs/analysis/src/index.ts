export { createAnalysisSubgraph, ANALYSIS_SDL_DIR } from './analysis.subgraph.js';
export { analysisEnvShape, type AnalysisEnv } from './analysis.env.js';
export { ANALYSIS_ERROR_CODES } from './analysis.errors.js';
export { ANALYSIS_TOPICS } from './analysis.events.js';
export { analysisSubscriptions } from './analysis.subscriptions.js';
export type { AnalysisContext } from './analysis.context.js';
export { descriptor } from './analysis.descriptor.js';
export { catalogueOf, shippedAnalyzers } from './modules/tasks/analyzers.js';
export type { Analyzer, AnalyzerCatalogue, TaskOutput } from './modules/tasks/analyzer-registry.js';
