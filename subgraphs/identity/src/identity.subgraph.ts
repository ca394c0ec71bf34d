import { fileURLToPath } from 'node:url';
import type { JWK } from 'jose';
import {
  DateTimeScalar,
  assembleResolvers,
  createSubgraphOrm,
  loadTypeDefs,
  mergeRules,
  type DatabaseTarget,
  type Logger,
  type SubgraphDefinition,
} from '@steward/kernel';
import type { IdentityContext } from './identity.context.js';
import type { IdentityEnv } from './identity.env.js';
import { identityMigrations } from './migrations/index.js';
import { authResolvers } from './modules/auth/auth.resolvers.js';
import { authRules } from './modules/auth/auth.rules.js';
import { AuthService } from './modules/auth/auth.service.js';
import { PasswordHasher, type Argon2Params } from './modules/auth/password-hasher.js';
import { SessionSchema } from './modules/auth/session.entity.js';
import { SigningKeySchema } from './modules/keys/signing-key.entity.js';
import { SigningKeys } from './modules/keys/signing-keys.js';
import { UserSchema } from './modules/users/user.entity.js';
import { createUserLoader } from './modules/users/user.loaders.js';
import { UserRepository } from './modules/users/user.repository.js';
import { usersResolvers } from './modules/users/users.resolvers.js';
import { usersRules } from './modules/users/users.rules.js';

/** The folder whose `*.graphql` files make identity's SDL (read by the compose script too). */
export const IDENTITY_SDL_DIR = fileURLToPath(new URL('.', import.meta.url));

/** argon2id parameters: production strength unless NODE_ENV=test, each overridable. */
export function argon2Params(env: IdentityEnv): Argon2Params {
  const test = env.NODE_ENV === 'test';
  return {
    memoryKiB: env.ARGON2_MEMORY_KIB ?? (test ? 1024 : 65_536),
    timeCost: env.ARGON2_TIME_COST ?? (test ? 1 : 3),
    parallelism: env.ARGON2_PARALLELISM ?? (test ? 1 : 4),
  };
}

/** Builds the identity subgraph on a database: migrates, loads signing keys, wires modules. */
export async function createIdentitySubgraph(options: {
  env: IdentityEnv;
  database: DatabaseTarget;
  logger: Logger;
}): Promise<SubgraphDefinition<IdentityContext>> {
  const { env, logger } = options;
  const { orm } = await createSubgraphOrm({
    name: 'identity',
    entities: [UserSchema, SessionSchema, SigningKeySchema],
    migrations: identityMigrations,
    database: options.database,
    logger,
  });
  const keys = await SigningKeys.load(orm.em.fork(), env.IDENTITY_SIGNING_KEY as JWK | undefined);
  const deps = {
    hasher: new PasswordHasher(argon2Params(env)),
    keys,
    policy: { accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS, refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_DAYS * 86_400 },
  };

  return {
    name: 'identity',
    typeDefs: loadTypeDefs(IDENTITY_SDL_DIR),
    resolvers: assembleResolvers([{ DateTime: DateTimeScalar }, usersResolvers, authResolvers]),
    rules: mergeRules([usersRules, authRules]),
    createContext(base) {
      const em = orm.em.fork();
      const viewer = { userId: base.caller.kind === 'user' ? base.caller.userId : null };
      return {
        ...base,
        em,
        viewer,
        auth: new AuthService(em, deps, base.caller, base.client, base.logger, viewer),
        loaders: { userById: createUserLoader(new UserRepository(em)) },
      };
    },
    readiness: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    routes(app) {
      app.get('/.well-known/jwks.json', (_req, res) => {
        res.set('cache-control', 'public, max-age=300').json(keys.jwks());
      });
    },
    close: () => orm.close(),
  };
}
