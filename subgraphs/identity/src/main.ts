import { runSubgraphAlone } from '@steward/kernel';
import { descriptor } from './identity.descriptor.js';

// Composition root of the identity subgraph when deployed on its own (one container).
await runSubgraphAlone(descriptor);
