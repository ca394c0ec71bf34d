/**
 * The subscribers of the fan-out bench (subscription-fanout.ts) in a process of their own, as a
 * thousand people's browsers are: their sockets, frames and JSON parsing do not run on the
 * gateway's event loop. Started with `fork` by `startSubscriberProcess`; the bench drives it over
 * IPC with requests answered one by one (open, status, arrivals, close). Arrival times are absolute
 * (`performance.timeOrigin + performance.now()`, ms), comparable with the bench's own.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** Connections opened at once while setting up a run. */
const CONNECT_CONCURRENCY = 10;

export interface OpenRequest {
  url: string;
  tokens: string[];
  subscription: string;
  organizationId: string;
}

/** What the subscribers have received so far. */
export interface SubscriberStatus {
  /** Whether every subscriber has had at least one result. */
  everyoneStarted: boolean;
  /** Results of every kind received, summed over subscribers. */
  results: number;
  /** Error results and failed subscriptions, with the first few. */
  errors: number;
  failures: unknown[];
  /** Whether every subscriber has received every id asked about. */
  everyoneHas: boolean;
}

type Request =
  | ({ kind: 'open' } & OpenRequest)
  | { kind: 'status'; ids: string[] }
  | { kind: 'arrivals'; ids: string[] }
  | { kind: 'close' };

const slug = (label: string) => label.replace(/[^a-z0-9]+/gi, '-');
const now = () => performance.timeOrigin + performance.now();

/** The child's side: the subscribers and their arrivals. */
function serve(): void {
  const clients: Client[] = [];
  /** Per subscriber: batch id → when it arrived (absolute ms). */
  const arrivals: Map<string, number>[] = [];
  const results: number[] = [];
  let errors = 0;
  const failures: unknown[] = [];

  const open = async (request: OpenRequest, index: number) => {
    const received = new Map<string, number>();
    arrivals[index] = received;
    results[index] = 0;
    const client = createClient({ url: request.url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${request.tokens[index]}` }, lazy: false, retryAttempts: 0 });
    clients.push(client);
    await new Promise<void>((resolve, reject) => {
      client.on('connected', () => resolve());
      client.on('closed', (event) => reject(new Error(`A subscriber's connection closed: ${JSON.stringify(event)}`)));
    });
    client.subscribe(
      { query: request.subscription, variables: { o: request.organizationId } },
      {
        next: (result) => {
          results[index] = results[index]! + 1;
          const id = (result.data as { usage?: { id?: string } } | null | undefined)?.usage?.id;
          if (id) received.set(id, now());
          if (result.errors) {
            errors += 1;
            if (failures.length < 3) failures.push(result.errors);
          }
        },
        error: (error) => {
          errors += 1;
          failures.push(error instanceof Error ? error.message : error);
        },
        complete: () => undefined,
      },
    );
  };

  const handle = async (request: Request): Promise<unknown> => {
    switch (request.kind) {
      case 'open':
        for (let start = 0; start < request.tokens.length; start += CONNECT_CONCURRENCY) {
          await Promise.all(Array.from({ length: Math.min(CONNECT_CONCURRENCY, request.tokens.length - start) }, (_, offset) => open(request, start + offset)));
        }
        return null;
      case 'status':
        return {
          everyoneStarted: results.every((n) => n > 0),
          results: results.reduce((sum, n) => sum + n, 0),
          errors,
          failures,
          everyoneHas: request.ids.every((id) => arrivals.every((received) => received.has(id))),
        } satisfies SubscriberStatus;
      case 'arrivals':
        return Object.fromEntries(request.ids.map((id) => [id, arrivals.map((received) => received.get(id)).filter((at) => at !== undefined)]));
      case 'close':
        await Promise.all(clients.map((client) => client.dispose()));
        return null;
    }
  };

  process.on('message', (message: { seq: number; request: Request }) => {
    // After `close`, the process exits once the answer is sent (writing its CPU profile, if asked for).
    const done = message.request.kind === 'close' ? () => process.exit(0) : () => undefined;
    handle(message.request).then(
      (value) => process.send!({ seq: message.seq, value }, done),
      (error: unknown) => process.send!({ seq: message.seq, error: error instanceof Error ? error.message : String(error) }, done),
    );
  });
}

/** The bench's handle on a subscriber process. */
export interface SubscriberProcess {
  open(request: OpenRequest): Promise<void>;
  status(ids: string[]): Promise<SubscriberStatus>;
  /** Per id: when each subscriber received it (absolute ms); subscribers that did not are left out. */
  arrivals(ids: string[]): Promise<Record<string, number[]>>;
  /** Closes the subscribers and ends the process. */
  close(): Promise<void>;
}

/** Forks a process for one run's subscribers; with FANOUT_CPU_PROF=<dir>, it writes a CPU profile to <dir>/<label>-subscribers/. */
export function startSubscriberProcess(label: string): SubscriberProcess {
  const profileDir = process.env.FANOUT_CPU_PROF;
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, `${slug(label)}-subscribers`)}`] : [];
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx', ...profiling], env: { ...process.env, FANOUT_SUBSCRIBER_PROCESS: '1' } });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let seq = 0;
  child.on('message', (message: { seq: number; value?: unknown; error?: string }) => {
    const waiter = pending.get(message.seq);
    pending.delete(message.seq);
    if (message.error !== undefined) waiter?.reject(new Error(message.error));
    else waiter?.resolve(message.value);
  });
  child.on('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`The subscriber process exited (code ${code}).`));
    pending.clear();
  });
  const ask = <T>(request: Request) =>
    new Promise<T>((resolve, reject) => {
      seq += 1;
      pending.set(seq, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ seq, request });
    });
  return {
    open: (request) => ask<void>({ kind: 'open', ...request }),
    status: (ids) => ask<SubscriberStatus>({ kind: 'status', ids }),
    arrivals: (ids) => ask<Record<string, number[]>>({ kind: 'arrivals', ids }),
    close: async () => {
      try {
        await ask<void>({ kind: 'close' });
        await exited;
      } finally {
        child.kill();
      }
    },
  };
}

/**
 * With FANOUT_CPU_PROF=<dir>, profiles this process until the returned function is called and
 * writes <dir>/<label>.cpuprofile; otherwise does nothing.
 */
export async function startProfile(label: string): Promise<() => Promise<void>> {
  const dir = process.env.FANOUT_CPU_PROF;
  if (!dir) return async () => undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${slug(label)}.cpuprofile`), JSON.stringify(profile));
  };
}

if (process.env.FANOUT_SUBSCRIBER_PROCESS === '1' && process.send) serve();
