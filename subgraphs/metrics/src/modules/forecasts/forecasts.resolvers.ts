import type { ResolverMap } from '@steward/kernel';
import { costForecast } from './resolvers/Query/costForecast.js';

/** The forecasts module's resolvers. */
export const forecastsResolvers: ResolverMap = { Query: { costForecast } };
