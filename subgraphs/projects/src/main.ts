import { runSubgraphAlone } from '@steward/kernel';
import { descriptor } from './projects.descriptor.js';

// Composition root of the projects subgraph when deployed on its own (one container).
await runSubgraphAlone(descriptor);
