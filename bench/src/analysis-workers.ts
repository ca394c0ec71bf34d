/**
 * Analysis tasks across two worker processes, one of them killed mid-run: TASKS (default 1,000) SARIF
 * import tasks (sessions of up to 20 reports, each report a few results with fingerprints of their
 * own and bytes of their own, so no task is a cache hit) worked by two `subgraphs/analysis/src/worker.ts`
 * processes (ANALYSIS_TASK_CONCURRENCY=4 each) on PostgreSQL. The stack runs in this process with
 * ANALYSIS_PROCESS_TASKS=false: it accepts the uploads and sessions through the gateway and runs no task.
 *
 * Two rounds on one fresh database, each with fresh sessions, fresh report bytes and a fresh pair of
 * workers started after its sessions were queued:
 *   (a) baseline: both workers alive to the end;
 *   (b) kill: once a third of the tasks SUCCEEDED one worker is SIGKILLed; the other carries on, and
 *       the runs the dead one held are retried once the queue expires them (ANALYSIS_TASK_TIMEOUT_SECONDS=10,
 *       so 11 s after they started, found by the queue's maintenance pass every JOBS_MAINTENANCE_INTERVAL_SECONDS,
 *       5 here, then a retry delay and a poll).
 * Each round must end with every task SUCCEEDED exactly once: one REPORT artifact row per task (a second
 * commit would write a second), each session's occurrences equal to its distinct findings, every session
 * SUCCEEDED, and no cache hit but a retried task reusing the output its own killed run cached before it
 * could commit. The process exits non-zero when a check fails.
 *
 * Figures: a round's time runs from its first task claim (the workers load in parallel; the second may
 * start claiming up to about a second after the first) to its last session finished. In the kill round,
 * "before" is tasks finished before the kill over the time to the kill; "after" is the first-run tasks
 * the survivor finished after it, over the time to the last of them; "retried" is the tasks that needed a
 * second run, and its time is from the kill to the last of them finished (how long a dead worker's tasks
 * wait). On a 2-core machine PostgreSQL, this process and both workers share the cores.
 *
 * Run: `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/src/analysis-workers.ts`
 * (TASKS=200 for a shorter run; BENCH_LOG_LEVEL=info shows the workers' logs on failure).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';
import { RESULTS_PER_REPORT, prepareRound, sessionSizes, startSessions, type Round } from './analysis-workers-seed.js';
import { spawnAnalysisWorker, type AnalysisWorker, type AnalysisWorkerEnv } from './analysis-worker-process.js';
import { fixed, isEntryPoint, machineLine, printTable } from './stats.js';

const TASKS = Number(process.env.TASKS ?? 1000);
const TASK_TIMEOUT_SECONDS = 10;
const WORKER_CONCURRENCY = 4;
const POLL_MS = 100;
/** A round that has not finished by then has lost tasks: fail rather than hang. */
const ROUND_TIMEOUT_MS = 240_000;
const FINISHED_SESSION = ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'];

/** What one round measured. */
interface Measured {
  firstClaimMs: number;
  lastTaskMs: number;
  lastSessionMs: number;
  kill?: { atMs: number; succeededAtKill: number; before: number; after: number; lastAfterMs: number; retried: number; lastRetriedMs: number };
}

/** Task counts by status and finished sessions of a round. */
async function progress(stack: TestStack, round: Round): Promise<{ succeeded: number; sessionsFinished: number }> {
  const [row] = await stack.database.query<{ succeeded: number; sessions_finished: number }>(
    `select (select count(*)::int from analysis.tasks where session_id = any($1::uuid[]) and status = 'SUCCEEDED') as succeeded,
            (select count(*)::int from analysis.sessions where id = any($1::uuid[]) and status = any($2::text[])) as sessions_finished`,
    [round.sessionIds, FINISHED_SESSION],
  );
  return { succeeded: row!.succeeded, sessionsFinished: row!.sessions_finished };
}

interface TaskRow {
  attempts: number;
  started_ms: number | null;
  finished_ms: number | null;
}

/** Starts two workers on a round's queued tasks, kills one after a third when `kill`, and waits for every session to finish. */
async function work(stack: TestStack, round: Round, workerEnv: AnalysisWorkerEnv, kill: boolean): Promise<Measured> {
  const workers: AnalysisWorker[] = [spawnAnalysisWorker(`${round.label}-a`, workerEnv), spawnAnalysisWorker(`${round.label}-b`, workerEnv)];
  let killed: { atMs: number; succeededAtKill: number } | undefined;
  try {
    const deadline = Date.now() + ROUND_TIMEOUT_MS;
    for (;;) {
      const seen = await progress(stack, round);
      if (kill && !killed && seen.succeeded >= Math.ceil(TASKS / 3)) {
        await workers[0]!.kill();
        killed = { atMs: Date.now(), succeededAtKill: seen.succeeded };
        console.log(`# ${round.label}: killed worker ${workers[0]!.name} (pid ${workers[0]!.child.pid}) at ${seen.succeeded} of ${TASKS} tasks SUCCEEDED`);
      }
      if (seen.sessionsFinished === round.sessionIds.length) break;
      if (workers.some((worker) => worker.diedOnItsOwn)) throw new Error(`${round.label}: a worker died on its own`);
      if (Date.now() > deadline) {
        const [stuck] = await stack.database.query<{ sessions: number; finish_jobs: number }>(
          `select (select count(*)::int from analysis.sessions s where s.id = any($1::uuid[]) and s.status <> all($2::text[])
                     and not exists (select 1 from analysis.tasks t where t.session_id = s.id and t.status not in ('SUCCEEDED', 'FAILED', 'CANCELLED'))) as sessions,
                  (select count(*)::int from steward_jobs.job where name = 'analysis.analysis.finish' and data->>'sessionId' = any($1::text[])) as finish_jobs`,
          [round.sessionIds, FINISHED_SESSION],
        );
        throw new Error(
          `${round.label}: ${seen.succeeded} of ${TASKS} tasks SUCCEEDED and ${seen.sessionsFinished} of ${round.sessionIds.length} sessions finished after ${ROUND_TIMEOUT_MS / 1000} s; ` +
            `${stuck!.sessions} unfinished sessions have every task finished; ${stuck!.finish_jobs} finish jobs were queued for ${round.sessionIds.length} sessions`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }

  const tasks = await stack.database.query<TaskRow>(
    `select attempts, extract(epoch from started_at)::float8 * 1000 as started_ms, extract(epoch from finished_at)::float8 * 1000 as finished_ms
       from analysis.tasks where session_id = any($1::uuid[])`,
    [round.sessionIds],
  );
  const [sessions] = await stack.database.query<{ last_ms: number }>(`select extract(epoch from max(finished_at))::float8 * 1000 as last_ms from analysis.sessions where id = any($1::uuid[])`, [round.sessionIds]);
  const finishedAt = tasks.map((task) => task.finished_ms ?? Number.NaN);
  const measured: Measured = {
    firstClaimMs: Math.min(...tasks.map((task) => task.started_ms ?? Number.POSITIVE_INFINITY)),
    lastTaskMs: Math.max(...finishedAt),
    lastSessionMs: sessions!.last_ms,
  };
  if (killed) {
    const after = tasks.filter((task) => task.attempts === 1 && task.finished_ms !== null && task.finished_ms > killed.atMs);
    const retried = tasks.filter((task) => task.attempts > 1);
    measured.kill = {
      atMs: killed.atMs,
      succeededAtKill: killed.succeededAtKill,
      before: tasks.filter((task) => task.finished_ms !== null && task.finished_ms <= killed.atMs).length,
      after: after.length,
      lastAfterMs: Math.max(...after.map((task) => task.finished_ms!)),
      retried: retried.length,
      lastRetriedMs: retried.length ? Math.max(...retried.map((task) => task.finished_ms ?? Number.NaN)) : Number.NaN,
    };
  }
  return measured;
}

/** One line of the checks table: what was expected, what was seen. */
interface Check {
  label: string;
  expected: string;
  seen: string;
  ok: boolean;
}

/** The exactly-once checks of a round, straight from the tables. */
async function checkRound(stack: TestStack, round: Round): Promise<{ checks: Check[]; attempts: string; jobRuns: string }> {
  const ids = round.sessionIds;
  const count = async (sql: string, params: unknown[] = [ids]) => (await stack.database.query<{ n: number }>(sql, params))[0]!.n;
  const expectedFindings = TASKS * RESULTS_PER_REPORT;
  const tasks = await count(`select count(*)::int as n from analysis.tasks where session_id = any($1::uuid[])`);
  const succeeded = await count(`select count(*)::int as n from analysis.tasks where session_id = any($1::uuid[]) and status = 'SUCCEEDED'`);
  // A task whose results were committed twice would have two REPORT rows; one never committed, none.
  const reportsNotOne = await count(
    `select count(*)::int as n from (
       select t.id from analysis.tasks t left join analysis.artifacts a on a.task_id = t.id and a.kind = 'REPORT'
        where t.session_id = any($1::uuid[]) group by t.id having count(a.id) <> 1) wrong`,
  );
  const occurrencesWrong = await count(
    `select count(*)::int as n from (
       select s.id, jsonb_array_length(s.report_artifact_ids) * $2::int as expected, count(o.finding_id) as seen
         from analysis.sessions s left join analysis.occurrences o on o.session_id = s.id
        where s.id = any($1::uuid[]) group by s.id) per_session where seen <> expected`,
    [ids, RESULTS_PER_REPORT],
  );
  const findings = await count(`select count(*)::int as n from analysis.findings where project_id = $1`, [round.projectId]);
  const sessionsNotSucceeded = await count(`select count(*)::int as n from analysis.sessions where id = any($1::uuid[]) and status <> 'SUCCEEDED'`);
  // Every report's bytes are new, so the only hit allowed is a retried task reusing the output its own
  // killed run had cached before it could commit (the run did the work; the retry records it, once).
  const cacheHits = await count(`select count(*)::int as n from analysis.tasks where session_id = any($1::uuid[]) and cache_hit`);
  const foreignHits = await count(`select count(*)::int as n from analysis.tasks where session_id = any($1::uuid[]) and cache_hit and (reused_from_task_id <> id or attempts < 2)`);
  const histogram = await stack.database.query<{ attempts: number; n: number }>(
    `select attempts, count(*)::int as n from analysis.tasks where session_id = any($1::uuid[]) group by 1 order by 1`,
    [ids],
  );
  // The queue's view: a job run more than once was held by the killed worker (even when its task had already committed).
  const jobs = await stack.database.query<{ runs: number; state: string; n: number }>(
    `select j.retry_count + 1 as runs, j.state::text as state, count(*)::int as n
       from analysis.tasks t join (select id, retry_count, state from steward_jobs.job union all select id, retry_count, state from steward_jobs.archive) j on j.id::text = t.job_id
      where t.session_id = any($1::uuid[]) group by 1, 2 order by 1, 2`,
    [ids],
  );
  const jobsCompleted = jobs.filter((row) => row.state === 'completed').reduce((sum, row) => sum + row.n, 0);
  const checks: Check[] = [
    { label: 'tasks SUCCEEDED', expected: String(TASKS), seen: `${succeeded} of ${tasks}`, ok: tasks === TASKS && succeeded === TASKS },
    { label: 'tasks without exactly one REPORT row', expected: '0', seen: String(reportsNotOne), ok: reportsNotOne === 0 },
    { label: 'sessions whose occurrences != findings', expected: '0', seen: String(occurrencesWrong), ok: occurrencesWrong === 0 },
    { label: 'findings of the project', expected: String(expectedFindings), seen: String(findings), ok: findings === expectedFindings },
    { label: 'sessions not SUCCEEDED', expected: '0', seen: String(sessionsNotSucceeded), ok: sessionsNotSucceeded === 0 },
    { label: 'cache hits other than a retry reusing its own run', expected: '0', seen: `${foreignHits} (of ${cacheHits})`, ok: foreignHits === 0 },
    { label: 'task jobs completed', expected: String(TASKS), seen: String(jobsCompleted), ok: jobsCompleted === TASKS },
  ].map((check) => ({ ...check, label: `${round.label}: ${check.label}` }));
  return {
    checks,
    attempts: histogram.map((row) => `${row.attempts} run${row.attempts === 1 ? '' : 's'}: ${row.n}`).join(', '),
    jobRuns: jobs.map((row) => `${row.runs} run${row.runs === 1 ? '' : 's'} ${row.state}: ${row.n}`).join(', '),
  };
}

export async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.log('\n# Analysis workers: skipped (worker processes need a PostgreSQL server; set DATABASE_URL)');
    return;
  }
  const startedAt = performance.now();
  const dataDir = await mkdtemp(join(tmpdir(), 'steward-bench-analysis-workers-'));
  const internalSecret = randomBytes(32).toString('base64url');
  const stack = await startTestStack({
    ANALYSIS_PROCESS_TASKS: 'false',
    ANALYSIS_TASK_TIMEOUT_SECONDS: String(TASK_TIMEOUT_SECONDS),
    STEWARD_INTERNAL_SECRET: internalSecret,
    STEWARD_DATA_DIR: dataDir,
  });
  try {
    const workerEnv: AnalysisWorkerEnv = {
      databaseUrl: (stack.database.target as { url: string }).url,
      internalSecret,
      dataDir,
      organizationsUrl: stack.subgraphUrls.organizations!,
      projectsUrl: stack.subgraphUrls.projects!,
      taskTimeoutSeconds: TASK_TIMEOUT_SECONDS,
      concurrency: WORKER_CONCURRENCY,
    };
    const org = await seed(stack).org();
    const uploadStarted = performance.now();
    const run = randomBytes(4).toString('hex');
    const baseline = await prepareRound(stack, org, 'baseline', `${run}-base`, TASKS);
    const killRound = await prepareRound(stack, org, 'kill', `${run}-kill`, TASKS);
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;

    await startSessions(stack, org, baseline);
    const base = await work(stack, baseline, workerEnv, false);
    await startSessions(stack, org, killRound);
    const killed = await work(stack, killRound, workerEnv, true);
    const k = killed.kill!;

    const baseChecks = await checkRound(stack, baseline);
    const killChecks = await checkRound(stack, killRound);
    const seconds = (from: number, to: number) => (to - from) / 1000;
    const rate = (count: number, s: number) => fixed(count / s, 0);
    const baseSeconds = seconds(base.firstClaimMs, base.lastSessionMs);
    const killSeconds = seconds(killed.firstClaimMs, killed.lastSessionMs);

    console.log(`\n# Analysis workers: ${TASKS} SARIF tasks (${sessionSizes(TASKS).length} sessions), 2 worker processes × concurrency ${WORKER_CONCURRENCY}, one SIGKILLed after a third (${stack.database.description}; ${machineLine()})`);
    console.log(`# ANALYSIS_TASK_TIMEOUT_SECONDS=${TASK_TIMEOUT_SECONDS}; ${2 * TASKS} reports uploaded through the gateway in ${fixed(uploadSeconds, 1)} s before the rounds; times from a round's first task claim`);
    printTable(
      ['', 'tasks', 'seconds', 'tasks/s'],
      [
        ['baseline: 2 workers, no kill (to last session finished)', String(TASKS), fixed(baseSeconds, 2), rate(TASKS, baseSeconds)],
        ['baseline: 2 workers, no kill (to last task finished)', String(TASKS), fixed(seconds(base.firstClaimMs, base.lastTaskMs), 2), rate(TASKS, seconds(base.firstClaimMs, base.lastTaskMs))],
        ['kill round: before the kill (2 workers)', String(k.before), fixed(seconds(killed.firstClaimMs, k.atMs), 2), rate(k.before, seconds(killed.firstClaimMs, k.atMs))],
        ['kill round: after the kill, first runs (1 worker)', String(k.after), fixed(seconds(k.atMs, k.lastAfterMs), 2), rate(k.after, seconds(k.atMs, k.lastAfterMs))],
        ['kill round: retried (kill → last retried task finished)', String(k.retried), fixed(seconds(k.atMs, k.lastRetriedMs), 2), '-'],
        ['kill round: whole run (to last session finished)', String(TASKS), fixed(killSeconds, 2), rate(TASKS, killSeconds)],
      ],
    );
    console.log(`\n# Runs per task (analysis.tasks.attempts) — baseline: ${baseChecks.attempts}; kill round: ${killChecks.attempts}`);
    console.log(`# Runs per task job (pg-boss) — baseline: ${baseChecks.jobRuns}; kill round: ${killChecks.jobRuns}`);
    console.log(`# Whole benchmark: ${fixed((performance.now() - startedAt) / 1000, 1)} s\n`);
    const checks = [...baseChecks.checks, ...killChecks.checks];
    printTable(['check', 'expected', 'seen', ''], checks.map((check) => [check.label, check.expected, check.seen, check.ok ? 'ok' : 'FAILED']));
    if (checks.some((check) => !check.ok)) {
      console.error('\nAt least one exactly-once check failed (see above).');
      process.exitCode = 1;
    }
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) await main();
