/**
 * An analysis worker process as the analysis-workers benchmark runs it: `subgraphs/analysis/src/worker.ts`
 * (`runSubgraphWorker`) started with tsx, on the benchmark's database and data directory, finding
 * organizations and projects at the stack's subgraph URLs. Its log lines are kept, so a worker that
 * exits on its own is reported with what it said. Measures nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const WORKER_SCRIPT = fileURLToPath(new URL('../../subgraphs/analysis/src/worker.ts', import.meta.url));
/** Log lines kept per worker (the last ones), for the error when it dies unasked. */
const KEPT_LINES = 40;

/** What a worker process needs to share the stack's work: the same database, secret and artifacts. */
export interface AnalysisWorkerEnv {
  databaseUrl: string;
  internalSecret: string;
  dataDir: string;
  organizationsUrl: string;
  projectsUrl: string;
  taskTimeoutSeconds: number;
  concurrency: number;
}

/** A running worker process. */
export interface AnalysisWorker {
  name: string;
  child: ChildProcess;
  /** Its last log lines (stdout and stderr). */
  lines: string[];
  /** True once it exited without being killed or stopped. */
  readonly diedOnItsOwn: boolean;
  /** Kills it at once (SIGKILL): no drain, its runs are left to expire. */
  kill(): Promise<void>;
  /** Stops it as a deployment would (SIGTERM: runs in progress finish), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts `subgraphs/analysis/src/worker.ts` in a process of its own; it starts claiming tasks as soon as it has loaded. */
export function spawnAnalysisWorker(name: string, env: AnalysisWorkerEnv): AnalysisWorker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_SCRIPT], {
    cwd: REPOSITORY,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      DATABASE_URL: env.databaseUrl,
      STEWARD_INTERNAL_SECRET: env.internalSecret,
      STEWARD_DATA_DIR: env.dataDir,
      ORGANIZATIONS_URL: env.organizationsUrl,
      PROJECTS_URL: env.projectsUrl,
      ANALYSIS_TASK_TIMEOUT_SECONDS: String(env.taskTimeoutSeconds),
      ANALYSIS_TASK_CONCURRENCY: String(env.concurrency),
      // How often a worker's queue expires dead runs (60 s by default): short, so a killed worker's runs come back soon.
      JOBS_MAINTENANCE_INTERVAL_SECONDS: process.env.JOBS_MAINTENANCE_INTERVAL_SECONDS ?? '5',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > KEPT_LINES) lines.shift();
  };
  createInterface({ input: child.stdout! }).on('line', keep);
  createInterface({ input: child.stderr! }).on('line', keep);
  let asked = false;
  let diedOnItsOwn = false;
  child.on('exit', (code, signal) => {
    // A worker that dies without being told to would make every figure after it meaningless.
    if (!asked) {
      diedOnItsOwn = true;
      console.error(`Worker ${name} exited on its own (code=${code}, signal=${signal}); its last lines:\n${lines.join('\n')}`);
    }
  });
  const exited = () => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit').then(() => undefined));
  return {
    name,
    child,
    lines,
    get diedOnItsOwn() {
      return diedOnItsOwn;
    },
    async kill() {
      asked = true;
      child.kill('SIGKILL');
      await exited();
    },
    async stop(graceMs = 15_000) {
      asked = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited();
      clearTimeout(timer);
    },
  };
}
