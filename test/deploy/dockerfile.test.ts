import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type PackageJson,
  findWorkspace,
  projectServices,
  readJson,
  rootPackage,
  rootPath,
  startedWorkspace,
  startedWorkspaceArg,
  workspaces,
} from './repository.js';

// Keeps the Dockerfile in step with the repository's workspaces and start scripts, since no Docker engine runs in CI.

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