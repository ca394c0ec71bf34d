import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Supergraph, printSchema } from '@apollo/federation-internals';
import { Kind, buildSchema, parse, type ConstValueNode, type GraphQLSchema } from 'graphql';

/** The checked-in supergraph, composed by `npm run compose`. */
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

/** Reads the supergraph SDL and the subgraphs it routes to (name → routing URL). */
export function readSupergraph(path = DEFAULT_SUPERGRAPH_PATH): { sdl: string; routingUrls: Record<string, string> } {
  const sdl = readFileSync(path, 'utf8');
  const routingUrls: Record<string, string> = {};
  const str = (value: ConstValueNode | undefined) => (value?.kind === Kind.STRING ? value.value : undefined);
  // The join__Graph enum lists every subgraph as `NAME @join__graph(name: "...", url: "...")`.
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = str(directive?.arguments?.find((a) => a.name.value === 'name')?.value as ConstValueNode);
      const url = str(directive?.arguments?.find((a) => a.name.value === 'url')?.value as ConstValueNode);
      if (name && url) routingUrls[name] = url;
    }
  }
  return { sdl, routingUrls };
}

/** Subgraph URL overrides from `SUBGRAPH_URL_<NAME>` variables (e.g. SUBGRAPH_URL_IDENTITY). */
export function subgraphUrlOverrides(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_([A-Z0-9_]+)$/.exec(key);
    if (match && value) out[match[1]!.toLowerCase()] = value;
  }
  return out;
}

/** Identity's JWKS address, next to its GraphQL endpoint. */
export function jwksUrlFor(identityGraphqlUrl: string): string {
  return new URL('/.well-known/jwks.json', identityGraphqlUrl).toString();
}

/** The client-facing API schema of a supergraph (what subscriptions are validated against). */
export function apiSchemaFromSupergraph(sdl: string): GraphQLSchema {
  // Printed and rebuilt so the schema belongs to this process's own graphql module.
  return buildSchema(printSchema(Supergraph.build(sdl).apiSchema()));
}
