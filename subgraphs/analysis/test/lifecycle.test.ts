import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CancelAnalysisDocument, StartAnalysisDocument } from '@steward/client';
import { HttpReferenceDirectory, defineSubgraph, type SubgraphDescriptor } from '@steward/kernel';
import { eventually } from '@steward/kernel/testing';
import { descriptors } from '@steward/standalone';
import { seed, startTestStack, type SeededOrganization, type SeededProject, type TestStack } from '@steward/standalone/testing';
import { catalogueOf, createAnalysisSubgraph, descriptor as analysisDescriptor, shippedAnalyzers, type Analyzer } from '@steward/analysis';
import { SAMPLE_SOURCE, finished, semgrepSarif, tarGz, uploaded } from './analysis-fixtures.js';

/** An analyzer the test drives: each run reports that it started and waits to be released, failed or aborted. */
class ControlledAnalyzer implements Analyzer {
  name = 'controlled';
  version = '1';
  kind = 'STATIC' as const;
  configDigest = async () => 'controlled';
  needsSource = true;
  runs = 0;
  aborted = 0;
  private waiting: { release: () => void; fail: (error: Error) => void }[] = [];

  async run({ signal }: { signal: AbortSignal }) {
    this.runs += 1;
    await new Promise<void>((release, fail) => {
      const entry = { release, fail };
      this.waiting.push(entry);
      signal.addEventListener('abort', () => {
        this.aborted += 1;
        this.waiting = this.waiting.filter((waiting) => waiting !== entry);
        fail(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      });
    });
    return { findings: [{ rule: 'controlled', tool: 'controlled', severity: 'MAJOR' as const, category: 'correctness', message: 'Seen.', path: 'src/a.js', startLine: 1, endLine: 1, fingerprint: `controlled-${this.runs}` }], tools: ['controlled'], metrics: { filesAnalysed: 1 } };
  }

  get running(): number {
    return this.waiting.length;
  }

  release(): void {
    this.waiting.shift()!.release();
  }

  fail(message: string): void {
    this.waiting.shift()!.fail(new Error(message));
  }
}

describe('a session’s tasks on the job queue', () => {
  const controlled = new ControlledAnalyzer();
  let stack: TestStack;
  let org: SeededOrganization;
  let outsider: SeededOrganization;
  let project: SeededProject;
  beforeAll(async () => {
    // The whole stack, with ESLint's place taken by an analyzer the test controls.
    const shipped = shippedAnalyzers();
    const analysis: SubgraphDescriptor = defineSubgraph({
      ...analysisDescriptor,
      build: async ({ env, database, logger, bus, grants, routes, clock, production, role, jobs }) =>
        createAnalysisSubgraph({
          env, database, logger, bus, clock, production, role, jobs, grants: await grants(), directory: new HttpReferenceDirectory(routes), routes,
          analyzers: catalogueOf({ STATIC: controlled, GRAPH: shipped.forSource('GRAPH') }, { SARIF: shipped.forReport('SARIF'), JUNIT: shipped.forReport('JUNIT'), COVERAGE: shipped.forReport('COVERAGE') }),
        }),
    });
    stack = await startTestStack({}, { subgraphs: descriptors.map((entry) => (entry.name === 'analysis' ? analysis : entry)) });
    org = await seed(stack).org();
    outsider = await seed(stack).org();
    project = await seed(stack).project(org);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function startWithSource(extra: Record<string, unknown> = {}) {
    const source = await uploaded(stack, org, project, 'SOURCE_ARCHIVE', 'src.tar.gz', await tarGz({ ...SAMPLE_SOURCE, 'src/nonce.js': `export const n = ${Math.random()};\n` }));
    const started = await stack.request(StartAnalysisDocument, { input: { organizationId: org.id, projectId: project.id, source: { uploadId: source }, kinds: ['STATIC'], ...extra } }, { token: org.owner.accessToken });
    expect(started.errors).toBeUndefined();
    return started.data!.startAnalysis.id;
  }

  it('stops a running task when its session is cancelled and records nothing from it', async () => {
    const id = await startWithSource();
    await eventually(() => controlled.running, (n) => n === 1, 'the controlled task to start');
    const cancelled = await stack.request(CancelAnalysisDocument, { sessionId: id }, { token: org.owner.accessToken });
    expect(cancelled.data!.cancelAnalysis).toMatchObject({ status: 'CANCELLED', viewerCanCancel: false, tasks: [{ status: 'CANCELLED' }] });
    await eventually(() => controlled.aborted, (n) => n === 1, 'the running analyzer to be aborted');
    const session = await finished(stack, org.owner.accessToken, id);
    expect(session).toMatchObject({ status: 'CANCELLED', summary: { findings: 0 } });
    expect(session.tasks[0]).toMatchObject({ status: 'CANCELLED', attempts: 1, error: null });
  });

  it('retries a failed run with backoff, and a task that keeps failing ends FAILED with its session PARTIAL', async () => {
    const runsBefore = controlled.runs;
    const sarif = await uploaded(stack, org, project, 'SARIF', 'a.sarif', semgrepSarif());
    const id = await startWithSource({ kinds: ['STATIC', 'IMPORT'], reportUploadIds: [sarif] });
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await eventually(() => controlled.running, (n) => n === 1, `attempt ${attempt} to start`, 30_000);
      controlled.fail(`boom ${attempt} /secret/path`);
    }
    const session = await finished(stack, org.owner.accessToken, id);
    expect(controlled.runs - runsBefore).toBe(3);
    expect(session.status).toBe('PARTIAL');
    const [task, imported] = session.tasks;
    expect(task).toMatchObject({ status: 'FAILED', attempts: 3 });
    // What the task says is for users: nothing of the thrown message (paths, internals).
    expect(task!.error).toBe('The analyzer failed on this input; the run is retried, and the details are in the service log.');
    expect(imported).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    expect(session.summary).toMatchObject({ tasksFailed: 1, tasksSucceeded: 1, findings: 1 });
  });

  it('streams each state change to subscribers who may read the session, and refuses others', async () => {
    const id = await startWithSource();
    const events: { status: string; tasks: { status: string }[] }[] = [];
    const refused: unknown[] = [];
    const client = (token: string) => createClient({ url: stack.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const reader = client(org.owner.accessToken);
    const stranger = client(outsider.owner.accessToken);
    const query = 'subscription($s: ID!) { analysisProgress(sessionId: $s) { status tasks { status } } }';
    reader.subscribe({ query, variables: { s: id } }, { next: (value) => void events.push((value.data as { analysisProgress: (typeof events)[number] }).analysisProgress), error: () => undefined, complete: () => undefined });
    stranger.subscribe({ query, variables: { s: id } }, { next: () => undefined, error: (error) => void refused.push(error), complete: () => undefined });
    try {
      await eventually(() => controlled.running, (n) => n === 1, 'the controlled task to start');
      await eventually(() => refused.length, (n) => n === 1, 'the outsider to be refused');
      // Once the gateway listens for the reader, the run's end and the session's finish reach it.
      await eventually(() => stack.logLines.some((line) => line.includes(`Subscription started (field=analysisProgress, principal=user:${org.owner.id})`)), Boolean, 'the reader to be subscribed');
      controlled.release();
      await eventually(() => events.map((event) => event.status), (statuses) => statuses.includes('SUCCEEDED'), 'the session to finish on the subscription');
      expect(events.at(-1)).toEqual({ status: 'SUCCEEDED', tasks: [{ status: 'SUCCEEDED' }] });
      expect(JSON.stringify(refused)).toMatch(/NOT_FOUND|FORBIDDEN/);
    } finally {
      await reader.dispose();
      await stranger.dispose();
    }
  });
});
