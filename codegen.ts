import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { loadSdl } from './kernel/src/schema.js';
import { REPO_ROOT, readSubgraphList } from './kernel/src/subgraph-list.js';

/**
 * Resolver types per subgraph (federation-aware, mapped to the ORM entities, typed with the
 * subgraph's request context), and a typed client over the supergraph's API schema. Subgraphs come
 * from schema/supergraph.yaml; each keeps its context type, mappers and scalar types in
 * `<sdl folder>/<name>.codegen.json` (metrics maps its Usd scalar to bigint: money is integer
 * micro-dollars inside). Each subgraph's schema is the SDL its server serves, the kernel's shared
 * part included. Run `npm run codegen` after changing SDL or operations; a test fails when the output is stale.
 */
interface SubgraphCodegen {
  context: string;
  mappers: Record<string, string>;
  scalars?: Record<string, string>;
}

const resolverTargets = Object.fromEntries(
  readSubgraphList().map((entry) => {
    const folder = resolve(REPO_ROOT, entry.sdl);
    const { context, mappers, scalars } = JSON.parse(readFileSync(resolve(folder, `${entry.name}.codegen.json`), 'utf8')) as SubgraphCodegen;
    return [
      `${entry.sdl}/__generated__/resolvers-types.ts`,
      {
        schema: loadSdl(folder),
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          contextType: context,
          mappers,
          scalars: { DateTime: 'Date | string', JSON: 'unknown', ...scalars },
          useTypeImports: true,
          enumsAsTypes: true,
          useIndexSignature: true,
          mapperTypeSuffix: 'Mapped',
        },
      },
    ];
  }),
);

const config: CodegenConfig = {
  emitLegacyCommonJSImports: false,
  hooks: {},
  generates: {
    ...resolverTargets,
    'client/src/__generated__/': {
      schema: 'schema/api.graphql',
      documents: 'schema/operations/*.graphql',
      preset: 'client',
      // persisted-documents.json (sha256 → document) is the gateway's list for PERSISTED_OPERATIONS.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Usd: 'string', Long: 'number' } },
    },
  },
};

export default config;
