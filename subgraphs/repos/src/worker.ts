import { runSubgraphWorker } from '@steward/kernel';
import { descriptor } from './repos.descriptor.js';

// Composition root of a repos worker (`npm run worker -w @steward/repos`): processes stored webhook deliveries on PostgreSQL, serves nothing.
await runSubgraphWorker(descriptor);
