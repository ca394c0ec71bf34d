import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { API_SCHEMA_PATH, DOCKERFILE_PATH, DOCKER_COMPOSE_PATH, REPO_ROOT, SUPERGRAPH_PATH, composeSupergraph, renderDeployFiles } from './compose-supergraph.js';

// `npm run compose`: writes the supergraph, the API schema and the deployment files; CI fails when they are stale.
const { supergraphSdl, apiSchema } = composeSupergraph();
writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
writeFileSync(API_SCHEMA_PATH, apiSchema);
console.log(`Wrote ${relative(REPO_ROOT, SUPERGRAPH_PATH)} and ${relative(REPO_ROOT, API_SCHEMA_PATH)}`);
const { dockerCompose, dockerfile } = await renderDeployFiles();
writeFileSync(DOCKER_COMPOSE_PATH, dockerCompose);
writeFileSync(DOCKERFILE_PATH, dockerfile);
console.log(`Wrote ${relative(REPO_ROOT, DOCKER_COMPOSE_PATH)} and ${relative(REPO_ROOT, DOCKERFILE_PATH)}`);
