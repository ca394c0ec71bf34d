import { runSubgraphAlone } from '@steward/kernel';
import { descriptor } from './organizations.descriptor.js';

// Composition root of the organizations subgraph when deployed on its own (one container).
await runSubgraphAlone(descriptor);
