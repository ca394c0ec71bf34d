import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types per subgraph (federation-aware, mapped to the ORM entities, typed with the
 * subgraph's request context), and a typed client over the supergraph's API schema.
 * Run `npm run codegen` after changing SDL or operations; a test fails when the output is stale.
 */
const subgraphs: Record<string, { context: string; mappers: Record<string, string> }> = {
  identity: {
    context: '../identity.context.js#IdentityContext',
    mappers: {
      User: '../modules/users/user.entity.js#User',
      AuthPayload: '../modules/auth/auth.service.js#AuthResult',
    },
  },
};

const resolverTargets = Object.fromEntries(
  Object.entries(subgraphs).map(([name, { context, mappers }]) => [
    `subgraphs/${name}/src/__generated__/resolvers-types.ts`,
    {
      schema: `subgraphs/${name}/src/**/*.graphql`,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        contextType: context,
        mappers,
        scalars: { DateTime: 'Date | string' },
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        mapperTypeSuffix: 'Mapped',
      },
    },
  ]),
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
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
