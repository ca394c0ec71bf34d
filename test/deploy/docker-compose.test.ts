import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commonEnvShape } from '../../kernel/src/env.js';
import { gatewayEnvShape } from '../../gateway/src/gateway.env.js';
import { readSupergraph } from '../../gateway/src/supergraph.js';
import {
  type ComposeService,
  type Workspace,
  environment,
  findWorkspace,
  projectServices,
  rootPath,
  services,
  startedWorkspace,
  startedWorkspaceArg,
  workspaces,
} from './repository.js';

// Keeps docker-compose.yml in step with the repository, since no Docker engine runs in CI.

const supergraphYaml = parse(readFileSync(rootPath('schema/supergraph.yaml'), 'utf8')) as {
  subgraphs: { name: string; sdl: string; routing_url: string }[];
};

/** The workspace folder that holds a subgraph's SDL folder. */
function subgraphWorkspace(sdl: string): Workspace | undefined {
  return workspaces().find((ws) => posix.normalize(sdl).startsWith(`${ws.dir}/`));
}

/** Compose services that run the given workspace. */
function servicesRunning(ws: Workspace): string[] {
  return projectServices()
    .filter(([, service]) => startedWorkspace(service)?.dir === ws.dir)
    .map(([name]) => name);
}

/**
 * The port a project service listens on: its port variable in the compose environment, parsed like the process
 * parses it (so the process default applies). Subgraphs follow `<name>EnvShape.<NAME>_PORT` in `<name>.env.ts`.
 */
async function listenPort(serviceName: string): Promise<number> {
  const service = services[serviceName]!;
  const ws = startedWorkspace(service);
  const env = environment(service);
  if (ws?.dir === 'gateway') return gatewayEnvShape.PORT.parse(env.PORT);
  const subgraph = ws?.dir.match(/^subgraphs\/([a-z0-9-]+)$/)?.[1];
  if (!subgraph) throw new Error(`Service ${serviceName} runs no gateway or subgraph workspace`);
  const envModule = (await import(pathToFileURL(rootPath(ws!.dir, 'src', `${subgraph}.env.ts`)).href)) as Record<string, unknown>;
  const camel = subgraph.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const portVar = `${subgraph.replace(/-/g, '_').toUpperCase()}_PORT`;
  const shape = envModule[`${camel}EnvShape`] as Record<string, { parse(value: unknown): number }> | undefined;
  if (!shape?.[portVar]) throw new Error(`${ws!.dir}/src/${subgraph}.env.ts exports no ${camel}EnvShape.${portVar}`);
  return shape[portVar].parse(env[portVar]);
}

/**
 * The variables the process a project service runs reads: the kernel's common ones plus the gateway's
 * shape (and its `SUBGRAPH_URL_<NAME>` overrides), or a subgraph's `<name>EnvShape` (and HOST, read
 * by every subgraph running alone).
 */
async function variablesReadBy(serviceName: string): Promise<{ names: Set<string>; patterns: RegExp[] }> {
  const ws = startedWorkspace(services[serviceName]!);
  const common = Object.keys(commonEnvShape);
  if (ws?.dir === 'gateway') return { names: new Set([...common, ...Object.keys(gatewayEnvShape)]), patterns: [/^SUBGRAPH_URL_[A-Z0-9_]+$/] };
  const subgraph = ws?.dir.match(/^subgraphs\/([a-z0-9-]+)$/)?.[1];
  if (!subgraph) throw new Error(`Service ${serviceName} runs no gateway or subgraph workspace`);
  const envModule = (await import(pathToFileURL(rootPath(ws!.dir, 'src', `${subgraph}.env.ts`)).href)) as Record<string, unknown>;
  const camel = subgraph.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const shape = envModule[`${camel}EnvShape`] as Record<string, unknown> | undefined;
  if (!shape) throw new Error(`${ws!.dir}/src/${subgraph}.env.ts exports no ${camel}EnvShape`);
  return { names: new Set([...common, ...Object.keys(shape), 'HOST']), patterns: [] };
}

/** Asserts that `url` reaches the compose service running `ws`, on the port it listens on. */
async function expectUrlServes(url: string, ws: Workspace, label: string): Promise<void> {
  const { hostname, port, protocol } = new URL(url);
  expect(servicesRunning(ws), `${label}: no service runs ${ws.pkg.name}`).not.toHaveLength(0);
  expect(servicesRunning(ws), `${label}: ${hostname} is not the service running ${ws.pkg.name}`).toContain(hostname);
  expect(protocol, label).toBe('http:');
  expect(Number(port || 80), `${label}: ${hostname} listens elsewhere`).toBe(await listenPort(hostname));
}

function dependsOn(service: ComposeService): [string, { condition?: string }][] {
  const deps = service.depends_on ?? [];
  return Array.isArray(deps) ? deps.map((name) => [name, {}]) : Object.entries(deps);
}


describe('docker-compose.yml', () => {
  it('parses into services that include the gateway and a PostgreSQL server', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['gateway', 'postgres']));
    expect(projectServices().map(([name]) => name)).toContain('gateway');
  });

  it('starts every project service with npm run start -w on a workspace whose start script runs an existing file', () => {
    for (const [name, service] of projectServices()) {
      const arg = startedWorkspaceArg(service.command);
      expect(arg, `${name}: command must be "npm run start -w <workspace>"`).toBeDefined();
      const ws = findWorkspace(arg!);
      expect(ws, `${name}: ${arg} is not a workspace of the root package.json`).toBeDefined();
      const script = ws!.pkg.scripts?.start;
      expect(script, `${name}: ${ws!.dir}/package.json has no start script`).toBeDefined();
      const entry = script!.split(/\s+/).find((token) => /\.[cm]?[jt]s$/.test(token));
      expect(entry, `${name}: start script "${script}" names no entry file`).toBeDefined();
      expect(existsSync(rootPath(ws!.dir, entry!)), `${name}: ${ws!.dir}/${entry} does not exist`).toBe(true);
    }
  });

  it('runs the gateway workspace in the gateway service and one service per subgraph of schema/supergraph.yaml', () => {
    expect(startedWorkspace(services.gateway!)?.dir).toBe('gateway');
    for (const subgraph of supergraphYaml.subgraphs) {
      const ws = subgraphWorkspace(subgraph.sdl);
      expect(ws, `${subgraph.name}: no workspace holds ${subgraph.sdl}`).toBeDefined();
      expect(servicesRunning(ws!), `${subgraph.name}: no compose service runs ${ws!.pkg.name}`).not.toHaveLength(0);
    }
  });

  // A misspelt or stale key is silently ignored by the process, so the setting it meant never applies.
  it('sets only variables the process of each project service reads', async () => {
    for (const [name, service] of projectServices()) {
      const { names, patterns } = await variablesReadBy(name);
      const unread = Object.keys(environment(service)).filter((key) => !names.has(key) && !patterns.some((pattern) => pattern.test(key)));
      expect(unread, `${name} sets variables its process never reads`).toEqual([]);
    }
  });

  it('hands identity and organizations the public app URL and the mail settings, empty when unset', () => {
    for (const name of ['identity', 'organizations']) {
      const env = environment(services[name]!);
      expect(env.PUBLIC_APP_URL, name).toBe('${PUBLIC_APP_URL:-http://localhost:4000}');
      expect(env.SMTP_URL, name).toBe('${SMTP_URL:-}');
      expect(env.MAIL_FROM, name).toBe('${MAIL_FROM:-}');
    }
  });

  it('gives every service a healthcheck', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.healthcheck?.disable, `${name}: healthcheck disabled`).not.toBe(true);
      expect(service.healthcheck?.test?.length ?? 0, `${name}: no healthcheck`).toBeGreaterThan(0);
    }
  });

  it('probes each project service on /healthz or /readyz at the port the process listens on', async () => {
    for (const [name, service] of projectServices()) {
      const test = [service.healthcheck?.test ?? []].flat().join(' ');
      const match = /https?:\/\/(?:127\.0\.0\.1|localhost):(\d+)(\/[\w-]+)/.exec(test);
      expect(match, `${name}: healthcheck fetches no local URL`).not.toBeNull();
      expect(['/healthz', '/readyz'], name).toContain(match![2]);
      expect(Number(match![1]), `${name}: healthcheck port`).toBe(await listenPort(name));
    }
  });

  it('makes services wait only for existing, always-started services to be healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [target, options] of dependsOn(service)) {
        expect(services[target], `${name} depends on unknown service ${target}`).toBeDefined();
        expect(options.condition, `${name} → ${target}`).toBe('service_healthy');
        // A dependency hidden behind a profile the dependent lacks makes `docker compose up` fail.
        const missingProfiles = (services[target]!.profiles ?? []).filter((p) => !(service.profiles ?? []).includes(p));
        expect(missingProfiles, `${name} → ${target} only runs under a profile`).toEqual([]);
      }
    }
  });

  it('points the gateway at every subgraph through SUBGRAPH_URL_<NAME> on the service and port that serve it', async () => {
    const env = environment(services.gateway!);
    const overrides = Object.keys(env).filter((key) => key.startsWith('SUBGRAPH_URL_'));
    const expected = supergraphYaml.subgraphs.map((s) => `SUBGRAPH_URL_${s.name.toUpperCase()}`);
    expect(overrides.sort()).toEqual(expected.sort());
    for (const subgraph of supergraphYaml.subgraphs) {
      const url = env[`SUBGRAPH_URL_${subgraph.name.toUpperCase()}`]!;
      await expectUrlServes(url, subgraphWorkspace(subgraph.sdl)!, `SUBGRAPH_URL_${subgraph.name.toUpperCase()}`);
      expect(new URL(url).pathname).toBe('/graphql');
    }
  });

  it('has schema/supergraph.yaml and the composed supergraph route every subgraph to the compose service that serves it', async () => {
    const composed = readSupergraph(rootPath('schema/supergraph.graphql')).routingUrls;
    for (const subgraph of supergraphYaml.subgraphs) {
      await expectUrlServes(subgraph.routing_url, subgraphWorkspace(subgraph.sdl)!, `routing_url of ${subgraph.name}`);
      expect(composed[subgraph.name], `schema/supergraph.graphql is stale for ${subgraph.name}`).toBe(subgraph.routing_url);
    }
  });

  it('publishes the gateway on the port it listens on', async () => {
    const port = await listenPort('gateway');
    const targets = (services.gateway!.ports ?? []).map((p) =>
      typeof p === 'object' ? p.target : Number(String(p).split('/')[0]!.split(':').pop()),
    );
    expect(targets).toContain(port);
  });

  it('gives the gateway and every subgraph the same required STEWARD_INTERNAL_SECRET expression', () => {
    const names = ['gateway', ...supergraphYaml.subgraphs.flatMap((s) => servicesRunning(subgraphWorkspace(s.sdl)!))];
    const secrets = names.map((name) => environment(services[name]!).STEWARD_INTERNAL_SECRET);
    // `${VAR:?message}` makes compose refuse to start without it, instead of starting with an empty secret.
    expect(secrets[0]).toMatch(/^\$\{STEWARD_INTERNAL_SECRET:\?[^}]*\}$/);
    expect(new Set(secrets).size, `${names.join(', ')} disagree on the secret`).toBe(1);
  });

  it('runs every subgraph in production on the compose PostgreSQL service', () => {
    for (const subgraph of supergraphYaml.subgraphs) {
      for (const name of servicesRunning(subgraphWorkspace(subgraph.sdl)!)) {
        const env = environment(services[name]!);
        expect(env.NODE_ENV, name).toBe('production');
        expect(env.DATABASE_URL, `${name}: no DATABASE_URL`).toBeDefined();
        const host = new URL(env.DATABASE_URL!).hostname;
        expect(services[host]?.image, `${name}: DATABASE_URL host ${host}`).toMatch(/^postgres:/);
        expect(dependsOn(services[name]!).map(([target]) => target), name).toContain(host);
      }
    }
  });

  // Without a DATABASE_URL the gateway has no event bus and serves no subscriptions.
  it('gives the gateway the PostgreSQL event bus its subscriptions listen on', () => {
    const gatewayServices = servicesRunning(findWorkspace('gateway')!);
    expect(gatewayServices).not.toHaveLength(0);
    for (const name of gatewayServices) {
      const url = environment(services[name]!).DATABASE_URL;
      expect(url, `${name}: no DATABASE_URL`).toBeDefined();
      expect(services[new URL(url!).hostname]?.image, name).toMatch(/^postgres:/);
    }
  });
});
