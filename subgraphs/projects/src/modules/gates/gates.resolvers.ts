import type { ResolverMap } from '@steward/kernel';
import { Baseline } from './resolvers/Baseline.js';
import { GateCondition } from './resolvers/GateCondition.js';
import { Measurement } from './resolvers/Measurement.js';
import { recordVersionMeasurements } from './resolvers/Mutation/recordVersionMeasurements.js';
import { removeBaseline } from './resolvers/Mutation/removeBaseline.js';
import { setBaseline } from './resolvers/Mutation/setBaseline.js';
import { Project } from './resolvers/Project.js';
import { ProjectVersion } from './resolvers/ProjectVersion.js';

/** The gates module's resolvers. */
export const gatesResolvers: ResolverMap = {
  Mutation: { setBaseline, removeBaseline, recordVersionMeasurements },
  Project,
  ProjectVersion,
  Baseline,
  GateCondition,
  Measurement,
};
