import { runSubgraphWorker } from '@steward/kernel';
import { descriptor } from './organizations.descriptor.js';

// Composition root of a organizations worker (`npm run worker -w @steward/organizations`): works its job queues (mail) on PostgreSQL, serves nothing.
await runSubgraphWorker(descriptor);
