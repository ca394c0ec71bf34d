import { allow, type IRules } from '@steward/kernel';
import { holdsInArgument } from '../../rules.js';

/** Forecasts need `metrics:read`. */
export const forecastsRules: IRules = {
  Query: { costForecast: holdsInArgument('metrics:read') },
  CostForecast: allow,
  DailyCost: allow,
};
