import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// The repository's manifests and docker-compose.yml, read the way npm and Compose read them, for the deploy tests.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const rootPath = (...parts: string[]) => posix.join(ROOT, ...parts);
export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export interface PackageJson {
  name: string;
  workspaces?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
}
export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: (string | number | { target: number; published?: string | number })[];
  profiles?: string[];
}
export interface Workspace {
  dir: string;
  pkg: PackageJson;
}

export const rootPackage = readJson<PackageJson>(rootPath('package.json'));
const compose = parse(readFileSync(rootPath('docker-compose.yml'), 'utf8'), { merge: true }) as {
  services?: Record<string, ComposeService>;
};
export const services = compose.services ?? {};

/** Workspace folders of the root package.json, with `dir/*` patterns expanded the way npm does. */
export function workspaces(): Workspace[] {
  return (rootPackage.workspaces ?? []).flatMap((pattern) => {
    const dirs = pattern.endsWith('/*')
      ? readdirSync(rootPath(pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(rootPath(pattern.slice(0, -2), entry.name, 'package.json')))
          .map((entry) => posix.join(pattern.slice(0, -2), entry.name))
      : [pattern];
    return dirs.map((dir) => ({ dir, pkg: readJson<PackageJson>(rootPath(dir, 'package.json')) }));
  });
}

export function environment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((line) => (line.includes('=') ? [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] : [line, ''])));
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? '' : String(value)]));
}

/** Services built from this repository's Dockerfile (directly, or by reusing the built image's name). */
export function projectServices(): [string, ComposeService][] {
  const builtImages = new Set(Object.values(services).filter((s) => s.build !== undefined && s.image).map((s) => s.image));
  return Object.entries(services).filter(([, s]) => s.build !== undefined || (s.image !== undefined && builtImages.has(s.image)));
}

/** The workspace argument of `npm run start -w <workspace>` (also `--workspace <w>` / `--workspace=<w>`). */
export function startedWorkspaceArg(command: ComposeService['command']): string | undefined {
  const tokens = Array.isArray(command) ? command : (command ?? '').trim().split(/\s+/);
  if (tokens[0] !== 'npm' || tokens[1] !== 'run' || tokens[2] !== 'start') return undefined;
  for (let i = 3; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '-w' || token === '--workspace') return tokens[i + 1];
    if (token.startsWith('--workspace=')) return token.slice('--workspace='.length);
  }
  return undefined;
}

export function findWorkspace(arg: string): Workspace | undefined {
  const dir = posix.normalize(arg).replace(/\/$/, '');
  return workspaces().find((ws) => ws.pkg.name === arg || ws.dir === dir);
}

export function startedWorkspace(service: ComposeService): Workspace | undefined {
  const arg = startedWorkspaceArg(service.command);
  return arg === undefined ? undefined : findWorkspace(arg);
}

