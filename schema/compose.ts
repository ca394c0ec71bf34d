import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { API_SCHEMA_PATH, REPO_ROOT, SUPERGRAPH_PATH, composeSupergraph } from './compose-supergraph.js';

// `npm run compose`: writes the supergraph and the API schema; CI fails when they are stale.
const { supergraphSdl, apiSchema } = composeSupergraph();
writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
writeFileSync(API_SCHEMA_PATH, apiSchema);
console.log(`Wrote ${relative(REPO_ROOT, SUPERGRAPH_PATH)} and ${relative(REPO_ROOT, API_SCHEMA_PATH)}`);
