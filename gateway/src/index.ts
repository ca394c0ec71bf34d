export { createGateway, type GatewayContext, type GatewayOptions, type GatewayServer } from './create-gateway.js';
export { gatewayAvailability, gatewayEnvShape, gatewayLimits, gatewayPersistedOperations, type GatewayEnv } from './gateway.env.js';
export { readSupergraph, subgraphUrlOverrides, jwksUrlFor, DEFAULT_SUPERGRAPH_PATH } from './supergraph.js';
export { OriginPolicy } from './cors.js';
