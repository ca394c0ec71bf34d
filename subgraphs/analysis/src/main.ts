import { runSubgraphAlone } from '@steward/kernel';
import { descriptor } from './analysis.descriptor.js';

// Composition root of the analysis subgraph when deployed on its own (one container).
await runSubgraphAlone(descriptor);
