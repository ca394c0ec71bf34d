/**
 * Hive Gateway (the @graphql-hive/gateway-runtime of Hive Gateway 2.15) over Steward's supergraph, as
 * a process of its own for bench/src/gateway-vs-hive.ts. Steward's subgraphs answer only requests
 * carrying an internal token, so a plugin does for Hive what Steward's gateway does for itself on
 * every request: verify the caller's access token against identity's JWKS (jose, EdDSA) and sign an
 * internal token for the subgraphs. Hive's deduplication of identical in-flight subgraph requests is
 * off, as the issue asks (Steward's gateway has none).
 *
 * Environment: HIVE_SUPERGRAPH_PATH (the supergraph with the subgraphs' real URLs), PORT, JWKS_URL,
 * STEWARD_INTERNAL_SECRET.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { INTERNAL_TOKEN_HEADER, InternalTokenCodec, type Caller } from '@steward/kernel';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const keySet = createRemoteJWKSet(new URL(env('JWKS_URL')));
const codec = new InternalTokenCodec(env('STEWARD_INTERNAL_SECRET'));

/** The caller of a request, as Steward's gateway would establish it (anonymous without a token). */
async function callerOf(authorization: string | null): Promise<Caller> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return { kind: 'anonymous' };
  const { payload } = await jwtVerify(token, keySet, { issuer: 'steward-identity', audience: 'steward', algorithms: ['EdDSA'], typ: 'at+jwt' });
  return { kind: 'user', userId: String(payload.sub), sessionId: typeof payload.sid === 'string' ? payload.sid : null };
}

/** The few hooks of Hive's plugin API this script uses. */
interface HivePlugin {
  onContextBuilding(payload: { context: { request: Request }; extendContext(extension: { internalToken: string }): void }): Promise<void>;
  onFetch(payload: { context: { internalToken?: string }; options: { headers?: Record<string, string> }; setOptions(options: object): void }): void;
}
// Loaded by name at run time: its type declarations pull the DOM's fetch types into the whole project's typecheck.
const hiveRuntime = '@graphql-hive/gateway-runtime';
const { createGatewayRuntime } = (await import(hiveRuntime)) as {
  createGatewayRuntime(config: { supergraph: string; logging: string; transportEntries: object; plugins: () => HivePlugin[] }): Parameters<typeof createServer>[1];
};

const runtime = createGatewayRuntime({
  supergraph: readFileSync(env('HIVE_SUPERGRAPH_PATH'), 'utf8'),
  logging: 'error',
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } as Record<string, unknown> } },
  plugins: () => [
    {
      async onContextBuilding({ context, extendContext }) {
        const { request } = context;
        const caller = await callerOf(request.headers.get('authorization'));
        extendContext({ internalToken: await codec.sign({ caller, client: { ip: null, userAgent: request.headers.get('user-agent') } }) });
      },
      onFetch({ context, options, setOptions }) {
        const { internalToken } = context;
        if (internalToken) setOptions({ ...options, headers: { ...options.headers, [INTERNAL_TOKEN_HEADER]: internalToken } });
      },
    },
  ],
});

const server = createServer(runtime!);
server.listen(Number(env('PORT')), '127.0.0.1', () => console.log(`Hive Gateway listening on ${env('PORT')}`));
// The bench ends it with SIGTERM; nothing is left to drain.
process.on('SIGTERM', () => process.exit(0));
