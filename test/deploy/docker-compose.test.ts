import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commonEnvShape } from '../../kernel/src/env.js';
import { gatewayEnvShape } from '../../gateway/src/gateway.env.js';
import { readSupergraph } from '../../gateway/src/supergraph.js';

// Keeps docker-compose.yml and the Dockerfile in step with the repository, since no Docker engine runs in CI.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const rootPath = (...parts: string[]) => posix.join(ROOT, ...parts);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

interface PackageJson {
  name: string;
  workspaces?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
}
interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: (string | number | { target: number; published?: string | number })[];
  profiles?: string[];
}
interface Workspace {
  dir: string;
  pkg: PackageJson;
}

const rootPackage = readJson<PackageJson>(rootPath('package.json'));
const compose = parse(readFileSync(rootPath('docker-compose.yml'), 'utf8'), { merge: true }) as {
  services?: Record<string, ComposeService>;
};
const services = compose.services ?? {};
const supergraphYaml = parse(readFileSync(rootPath('schema/supergraph.yaml'), 'utf8')) as {
  subgraphs: { name: string; sdl: string; routing_url: string }[];
};

/** Workspace folders of the root package.json, with `dir/*` patterns expanded the way npm does. */
function workspaces(): Workspace[] {
  return (rootPackage.workspaces ?? []).flatMap((pattern) => {
    const dirs = pattern.endsWith('/*')
      ? readdirSync(rootPath(pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(rootPath(pattern.slice(0, -2), entry.name, 'package.json')))
          .map((entry) => posix.join(pattern.slice(0, -2), entry.name))
      : [pattern];
    return dirs.map((dir) => ({ dir, pkg: readJson<PackageJson>(rootPath(dir, 'package.json')) }));
  });
}

function environment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((line) => (line.includes('=') ? [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] : [line, ''])));
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? '' : String(value)]));
}

/** Services built from this repository's Dockerfile (directly, or by reusing the built image's name). */
function projectServices(): [string, ComposeService][] {
  const builtImages = new Set(Object.values(services).filter((s) => s.build !== undefined && s.image).map((s) => s.image));
  return Object.entries(services).filter(([, s]) => s.build !== undefined || (s.image !== undefined && builtImages.has(s.image)));
}

/** The workspace argument of `npm run start -w <workspace>` (also `--workspace <w>` / `--workspace=<w>`). */
function startedWorkspaceArg(command: ComposeService['command']): string | undefined {
  const tokens = Array.isArray(command) ? command : (command ?? '').trim().split(/\s+/);
  if (tokens[0] !== 'npm' || tokens[1] !== 'run' || tokens[2] !== 'start') return undefined;
  for (let i = 3; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '-w' || token === '--workspace') return tokens[i + 1];
    if (token.startsWith('--workspace=')) return token.slice('--workspace='.length);
  }
  return undefined;
}

function findWorkspace(arg: string): Workspace | undefined {
  const dir = posix.normalize(arg).replace(/\/$/, '');
  return workspaces().find((ws) => ws.pkg.name === arg || ws.dir === dir);
}

function startedWorkspace(service: ComposeService): Workspace | undefined {
  const arg = startedWorkspaceArg(service.command);
  return arg === undefined ? undefined : findWorkspace(arg);
}

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

/** Dockerfile instructions with continuation lines joined and comments dropped. */
function dockerfileInstructions(): { op: string; args: string }[] {
  const text = readFileSync(rootPath('Dockerfile'), 'utf8').replace(/\\\r?\n/g, ' ');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

/** Files the Dockerfile copies from the build context before `npm ci`, as absolute paths inside the image. */
function filesCopiedBeforeInstall(): string[] {
  const copied: string[] = [];
  let workdir = '/';
  for (const { op, args } of dockerfileInstructions()) {
    if (op === 'WORKDIR') workdir = posix.resolve(workdir, args);
    if (op === 'RUN' && /\bnpm (ci|install)\b/.test(args)) return copied;
    if (op !== 'COPY' && op !== 'ADD') continue;
    const parts = args.startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/);
    if (parts.some((part) => part.startsWith('--from'))) continue;
    const paths = parts.filter((part) => !part.startsWith('--'));
    const dest = paths.pop()!;
    for (const src of paths) {
      const intoDir = dest.endsWith('/') || paths.length > 1;
      copied.push(posix.resolve(workdir, intoDir ? posix.join(dest, posix.basename(src)) : dest));
    }
  }
  throw new Error('The Dockerfile never runs npm ci');
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

describe('Dockerfile', () => {
  it('copies the manifest of every workspace of the root package.json before npm ci', () => {
    const copied = filesCopiedBeforeInstall();
    const workdir = dockerfileInstructions().find((i) => i.op === 'WORKDIR')?.args ?? '/';
    const missing = ['.', ...workspaces().map((ws) => ws.dir)]
      .map((dir) => posix.resolve(workdir, dir, 'package.json'))
      .filter((path) => !copied.includes(path));
    expect(missing, 'add a COPY line for each').toEqual([]);
    expect(copied).toContain(posix.resolve(workdir, 'package-lock.json'));
  });

  it('leaves out devDependencies only while the start scripts run with production dependencies', () => {
    const install = dockerfileInstructions().find((i) => i.op === 'RUN' && /\bnpm ci\b/.test(i.args));
    expect(install, 'the Dockerfile installs with npm ci').toBeDefined();
    if (!/--omit[= ]dev|--production/.test(install!.args)) return;
    const binaries = new Set(
      Object.keys(rootPackage.dependencies ?? {}).flatMap((dep) => {
        const bin = readJson<PackageJson>(rootPath('node_modules', dep, 'package.json')).bin;
        return typeof bin === 'string' ? [dep.split('/').pop()!] : Object.keys(bin ?? {});
      }),
    );
    for (const [name, service] of projectServices()) {
      const words = startedWorkspace(service)?.pkg.scripts?.start?.split(/\s+/) ?? [];
      if (words[0] === 'node') {
        // The image's own node, with a loader (`--import tsx`) that must be installed.
        const loader = words[words.indexOf('--import') + 1];
        expect(words, `${name}: node starts without a loader`).toContain('--import');
        expect(Object.keys(rootPackage.dependencies ?? {}), `${name}: ${loader} is not a production dependency`).toContain(loader);
        continue;
      }
      expect(binaries, `${name}: ${words[0]} is not provided by a production dependency`).toContain(words[0]);
    }
  });

  it('starts the gateway by default as the non-root node user', () => {
    const instructions = dockerfileInstructions();
    expect(instructions.filter((i) => i.op === 'USER').pop()?.args).toBe('node');
    const cmd = instructions.filter((i) => i.op === 'CMD').pop()?.args ?? '';
    const argDefault = instructions
      .filter((i) => i.op === 'ARG')
      .map((i) => /^STEWARD_WORKSPACE=(\S+)$/.exec(i.args)?.[1])
      .find(Boolean);
    // The default command is either `npm run start -w <ws>` or the same with the workspace taken from the build arg.
    const started = cmd.includes('$STEWARD_WORKSPACE') ? argDefault : startedWorkspaceArg(JSON.parse(cmd) as string[]);
    expect(started && findWorkspace(started)?.dir).toBe('gateway');
  });
});
