import { runSubgraphAlone } from '@steward/kernel';
import { descriptor } from './policy.descriptor.js';

// Composition root of the policy subgraph when deployed on its own (one container).
await runSubgraphAlone(descriptor);
