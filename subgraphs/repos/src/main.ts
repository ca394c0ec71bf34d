import { runSubgraphAlone } from '@steward/kernel';
import { descriptor } from './repos.descriptor.js';

// Composition root of the repos subgraph when deployed on its own (one container).
await runSubgraphAlone(descriptor);
