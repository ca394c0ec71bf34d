export { createProjectsSubgraph, PROJECTS_SDL_DIR, type ProjectsSubgraph } from './projects.subgraph.js';
export { projectsEnvShape, type ProjectsEnv } from './projects.env.js';
export { PROJECTS_ERROR_CODES, ProjectsErrorCode } from './projects.errors.js';
export { VERSION_STAGE_CHANGED_TOPIC } from './modules/versions/version.service.js';
export type { ProjectsContext } from './projects.context.js';
export {
  CombinedLiveMeasurementsSource,
  HttpAnalysisMeasurementsSource,
  HttpLiveMeasurementsSource,
  NO_LIVE_MEASUREMENTS,
  type LiveMeasurementsSource,
} from './modules/gates/live-measurements.source.js';
