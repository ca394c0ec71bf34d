import { runSubgraphWorker } from '@steward/kernel';
import { descriptor } from './analysis.descriptor.js';

// Composition root of an analysis worker (`npm run worker -w @steward/analysis`): runs analysis tasks on PostgreSQL, serves nothing.
await runSubgraphWorker(descriptor);
