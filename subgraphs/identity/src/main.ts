import { runSubgraphAlone } from '@steward/kernel';
import { identityEnvShape } from './identity.env.js';
import { createIdentitySubgraph } from './identity.subgraph.js';

// Composition root of the identity subgraph when deployed on its own (one container).
await runSubgraphAlone({
  name: 'identity',
  envShape: identityEnvShape,
  port: (env) => env.IDENTITY_PORT,
  build: ({ env, database, logger }) => createIdentitySubgraph({ env, database, logger }),
});
