import type { MeasurementResolvers } from '../../../__generated__/resolvers-types.js';
import { userReferenceOf } from '@steward/kernel';

/** Who recorded a value. */
export const Measurement: MeasurementResolvers = {
  recordedBy: (measurement) => userReferenceOf(measurement.recordedBy),
};
