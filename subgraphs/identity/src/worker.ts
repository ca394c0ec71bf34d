import { runSubgraphWorker } from '@steward/kernel';
import { descriptor } from './identity.descriptor.js';

// Composition root of a identity worker (`npm run worker -w @steward/identity`): works its job queues (mail) on PostgreSQL, serves nothing.
await runSubgraphWorker(descriptor);
