import { runSubgraphAlone } from '@steward/kernel';
import { descriptor } from './metrics.descriptor.js';

// Composition root of the metrics subgraph when deployed on its own (one container). On a server
// the bus is PostgreSQL LISTEN/NOTIFY, so gateways in other containers receive metrics events.
await runSubgraphAlone(descriptor);
