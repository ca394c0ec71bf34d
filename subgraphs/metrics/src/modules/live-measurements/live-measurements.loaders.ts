import DataLoader from 'dataloader';
import { liveKey, type LiveMeasurements, type LiveMeasurementsKey, type LiveMeasurementsService } from './live-measurements.service.js';

/** Per-request batch loader of versions' live values, answering in key order. */
export function createLiveMeasurementsLoader(service: LiveMeasurementsService): DataLoader<LiveMeasurementsKey, LiveMeasurements | null, string> {
  return new DataLoader((keys) => service.readable(keys), { cacheKeyFn: liveKey });
}
