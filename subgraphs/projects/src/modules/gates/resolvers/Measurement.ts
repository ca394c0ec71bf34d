import type { MeasurementResolvers } from '../../../__generated__/resolvers-types.js';
import { userOf } from '../../../references.js';

/** Who recorded a value. */
export const Measurement: MeasurementResolvers = {
  recordedBy: (measurement) => userOf(measurement.recordedBy),
};
