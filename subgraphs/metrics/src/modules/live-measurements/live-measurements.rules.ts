import { allow, type IRules } from '@steward/kernel';

/** The values are only reachable through `ProjectVersion.liveMeasurements`, which answers null to callers without `project:read`. */
export const liveMeasurementsRules: IRules = {
  LiveMeasurements: allow,
};
