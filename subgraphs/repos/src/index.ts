export { createReposSubgraph, REPOS_SDL_DIR } from './repos.subgraph.js';
export { reposEnvShape, type ReposEnv } from './repos.env.js';
export { REPOS_ERROR_CODES } from './repos.errors.js';
export { REPOS_TOPICS } from './repos.events.js';
export { reposSubscriptions } from './repos.subscriptions.js';
export type { ReposContext } from './repos.context.js';
