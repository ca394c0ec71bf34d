import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CLIENT_DIR = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
/** The repository's own compiler, run on the consumer's files. */
const TSC = require.resolve('typescript/bin/tsc');

/** What a finished process printed. */
export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A running `node` process whose stdout is read line by line. */
export interface RunningScript {
  /** The next line the script prints; rejects when it exits first or prints nothing within `timeoutMs`. */
  nextLine(timeoutMs?: number): Promise<string>;
  exited: Promise<Finished>;
  child: ChildProcess;
}

/** @steward/client as a consumer gets it: packed by `npm pack` (its prepack builds it) and installed in a folder of its own. */
export interface InstalledClient {
  /** The consumer's folder: a `package.json` and `node_modules/` with @steward/client, graphql and ws. */
  dir: string;
  /** Runs `node <file>` in the folder, as a plain ES module (no loader, no TypeScript), with `args`. */
  run(file: string, source: string, args: string[]): Promise<RunningScript>;
  /** Type-checks `files` (name → source) with the repository's tsc, strict, and returns what it printed. */
  typecheck(files: Record<string, string>): Promise<Finished>;
  remove(): Promise<void>;
}

/**
 * Packs client/ into a temporary folder and installs the tarball in another, with `graphql` (its peer
 * dependency) and `ws` (Node 20 has no global WebSocket) at the repository's versions, from npm's cache
 * when it holds them.
 */
export async function installPackedClient(): Promise<InstalledClient> {
  const packDir = await mkdtemp(join(tmpdir(), 'steward-client-pack-'));
  const dir = await mkdtemp(join(tmpdir(), 'steward-client-consumer-'));
  await exec('npm', ['pack', '--pack-destination', packDir], CLIENT_DIR);
  const [tarball] = (await readdir(packDir)).filter((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack left no tarball in ${packDir}`);
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'steward-client-consumer', private: true, type: 'module' })}\n`);
  const pinned = ['graphql', 'ws'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  await exec('npm', ['install', join(packDir, tarball), ...pinned, '--prefer-offline', '--no-audit', '--no-fund'], dir);
  const running = new Set<ChildProcess>();

  return {
    dir,
    async run(file, source, args) {
      await writeFile(join(dir, file), source);
      const script = runScript(dir, file, args);
      running.add(script.child);
      const forget = () => running.delete(script.child);
      script.exited.then(forget, forget);
      return script;
    },
    async typecheck(files) {
      // No DOM and no Node types: what a browser dashboard and a Node service both have. skipLibCheck as most
      // projects set it; a declaration that failed to resolve would then type results as `any`, which the caller's files catch.
      const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023'], types: [], strict: true, skipLibCheck: true, noEmit: true };
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: Object.keys(files) }));
      for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
      return finish(spawn(process.execPath, [TSC, '-p', dir, '--pretty', 'false'], { cwd: dir, env: childEnv() }));
    },
    async remove() {
      // A script a failed test left waiting for an event.
      for (const child of running) child.kill();
      await Promise.all([rm(packDir, { recursive: true, force: true }), rm(dir, { recursive: true, force: true })]);
    },
  };
}

function runScript(dir: string, file: string, args: string[]): RunningScript {
  const child = spawn(process.execPath, [file, ...args], { cwd: dir, env: childEnv() });
  const exited = finish(child);
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const receive = waiting.shift();
    if (receive) receive(line);
    else lines.push(line);
  });
  return {
    child,
    exited,
    nextLine(timeoutMs = 10_000) {
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      return new Promise<string>((resolve, reject) => {
        const giveUp = (reason: string) => {
          if (!waiting.includes(receive)) return;
          waiting.splice(waiting.indexOf(receive), 1);
          clearTimeout(timer);
          reject(new Error(`${file} ${reason}`));
        };
        const receive = (received: string) => {
          clearTimeout(timer);
          resolve(received);
        };
        const timer = setTimeout(() => giveUp(`printed nothing within ${timeoutMs} ms`), timeoutMs);
        waiting.push(receive);
        void exited.then(({ code, stderr }) => giveUp(`exited (${code}) without printing: ${stderr}`));
      });
    },
  };
}

/** The environment of a child: npm's variables of the running `npm test` and Node options of the test runner left out. */
function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_package_|npm_lifecycle_|NODE_OPTIONS$)/.test(name)));
}

function finish(child: ReturnType<typeof spawn>): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function exec(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: childEnv(), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}
